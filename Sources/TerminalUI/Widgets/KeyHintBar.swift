/// One entry of the key-hint bar: the key as printed ("F2", "Ctrl-S") and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom bar of htop and Midnight Commander: keys highlighted, labels plain; hints
/// that do not fit are left out whole rather than cut in half.
public struct KeyHintBar: Widget {
    public var hints: [KeyHint]
    public var keyStyle: Style
    public var labelStyle: Style

    public init(_ hints: [KeyHint], keyStyle: Style, labelStyle: Style) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    public func render(into buffer: inout Buffer, area rect: Rect) {
        buffer.fill(rect.row(0), style: labelStyle)
        var x = rect.x
        for hint in hints {
            let needed = buffer.displayWidth(of: hint.key) + buffer.displayWidth(of: hint.label) + 1
            guard x + needed <= rect.maxX else { break }
            x += buffer.write(hint.key, x: x, y: rect.y, style: keyStyle)
            x += buffer.write(hint.label, x: x, y: rect.y, style: labelStyle)
            x += 1
        }
    }
}

extension Buffer {
    /// Draws the key-hint bar in the first row of `rect` (see `KeyHintBar`).
    public mutating func keyHints(_ hints: [KeyHint], in rect: Rect, keyStyle: Style, labelStyle: Style) {
        render(KeyHintBar(hints, keyStyle: keyStyle, labelStyle: labelStyle), in: rect)
    }
}
