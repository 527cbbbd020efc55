/// The editing state of a one-line text field: its text and where the cursor stands.
///
/// A value type, so a screen's model holds it and tests drive it with keys; the cursor
/// counts characters (graphemes), so å or a combined é is one step.
public struct TextInput: Hashable, Sendable {
    public private(set) var text: String
    public private(set) var cursor: Int
    public var limit: Int

    public init(_ text: String = "", limit: Int = 2_000) {
        self.text = String(text.prefix(limit))
        self.cursor = self.text.count
        self.limit = limit
    }

    /// Applies an editing key; returns false for keys a text field does not use.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            guard text.count < limit, !character.isNewline else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text = ""
            cursor = 0
        case .control("w"):
            // Delete the word before the cursor, as shells do.
            let before = Array(text.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            text = String(before[..<start]) + String(text.dropFirst(cursor))
            cursor = start
        default:
            return false
        }
        return true
    }

    public mutating func set(_ newText: String) {
        text = String(newText.prefix(limit))
        cursor = text.count
    }
}

extension Buffer {
    /// Draws a one-line field showing the part of `input` around its cursor; when focused,
    /// places the terminal cursor there. Returns nothing: the cursor lives in the buffer.
    public mutating func textField(_ input: TextInput, in rect: Rect, style: Style, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        fill(rect.row(0), style: style)
        let characters = Array(input.text)
        // Scroll horizontally so the cursor stays in view, measuring in columns.
        var start = 0
        while CharacterWidth.of(String(characters[start..<input.cursor])) >= rect.width, start < input.cursor { start += 1 }
        let visible = String(characters[start...])
        write(visible, x: rect.x, y: rect.y, style: style, limit: rect.width)
        if focused {
            let column = Buffer.visible(String(characters[start..<input.cursor]), ascii: glyphs.isASCII).reduce(0) { $0 + $1.width }
            cursor = (rect.x + min(column, rect.width - 1), rect.y)
        }
    }
}
