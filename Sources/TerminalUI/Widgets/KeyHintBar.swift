/// One entry of the key-hint bar: the key as printed ("F2", "Ctrl-S") and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

extension Buffer {
    /// The bottom bar of htop and Midnight Commander: keys highlighted, labels plain; hints
    /// that do not fit are left out whole rather than cut in half.
    public mutating func keyHints(_ hints: [KeyHint], in rect: Rect, keyStyle: Style, labelStyle: Style) {
        fill(rect.row(0), style: labelStyle)
        var x = rect.x
        for hint in hints {
            let needed = CharacterWidth.of(hint.key) + CharacterWidth.of(hint.label) + 1
            guard x + needed <= rect.maxX else { break }
            x += write(hint.key, x: x, y: rect.y, style: keyStyle)
            x += write(hint.label, x: x, y: rect.y, style: labelStyle)
            x += 1
        }
    }
}
