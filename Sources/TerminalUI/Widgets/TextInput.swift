/// The editing state of a one-line text field: its text and where the cursor stands.
///
/// A value type, so a screen's model holds it and tests drive it with keys. The cursor
/// counts grapheme clusters (what a reader sees as one character), so å, a decomposed é or a
/// family emoji is one step for the arrows and one for backspace. Terminals deliver a
/// combining mark or a zero-width joiner as a key of its own, after the character it belongs
/// to; inserted, it joins that cluster, so the text does not always grow by one when a key
/// is typed and the cursor is recounted rather than stepped.
public struct TextInput: Hashable, Sendable {
    public private(set) var text: String
    /// Clusters before the cursor; always within `0...text.count`.
    public private(set) var cursor: Int
    public var limit: Int

    /// Scalars one field may hold, as a multiple of its limit in clusters: a cluster can stack
    /// any number of combining marks, and without a bound a paste of them grows without end.
    static let scalarsPerCluster = 8

    public init(_ text: String = "", limit: Int = 2_000) {
        self.text = String(text.prefix(limit))
        self.cursor = self.text.count
        self.limit = limit
    }

    /// Applies an editing key; returns false for keys a text field does not use.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        defer { clampCursor() }
        switch key {
        case .character(let character):
            insert(character)
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
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

    /// Inserts a typed character at the cursor; a combining mark or joiner merges into the
    /// cluster before it. Control characters are kept (a paste may hold them) and drawn as
    /// placeholders, never sent to the terminal; a line break is not part of a one-line field.
    mutating func insert(_ character: Character) {
        guard !character.isNewline,
              text.unicodeScalars.count + character.unicodeScalars.count <= limit * Self.scalarsPerCluster
        else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = String(text[..<index]) + String(character)
        let joined = before + text[index...]
        guard joined.count <= limit else { return }
        text = joined
        // Counted in the new text: the typed scalar may have joined the cluster before it.
        cursor = before.count
    }

    /// Removing a cluster can let its neighbours join (two regional indicators, Hangul jamo),
    /// so after any edit the cursor is brought back inside the text.
    mutating func clampCursor() {
        cursor = min(max(cursor, 0), text.count)
    }
}

/// A one-line text field showing the part of its input around the cursor; when focused, it
/// places the terminal cursor there (the cursor lives in the buffer).
public struct TextField: Widget {
    public var input: TextInput
    public var style: Style
    public var focused: Bool

    public init(_ input: TextInput, style: Style, focused: Bool) {
        self.input = input
        self.style = style
        self.focused = focused
    }

    public func render(into buffer: inout Buffer, area rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect.row(0), style: style)
        let characters = Array(input.text)
        let position = min(max(input.cursor, 0), characters.count)
        // Each cluster's width as it will be drawn (placeholders and ASCII folds included), so
        // the scroll and the cursor agree with what `write` puts on the screen.
        let widths = characters.map { buffer.displayWidth(of: String($0)) }
        // Scroll horizontally so the cursor stays in view: the first cluster from which the
        // text up to the cursor fits in the field with a column to spare for the cursor. A field
        // not being typed in shows its start. Text hidden at either end is marked "…" there,
        // so a cut number or address never reads as a whole, different one.
        func fit(_ room: Int) -> (start: Int, column: Int) {
            var start = position
            var column = 0
            while start > 0, column + widths[start - 1] < room {
                start -= 1
                column += widths[start]
            }
            return (start, column)
        }
        var (start, column) = focused ? fit(rect.width) : (0, 0)
        var x = rect.x
        if start > 0, rect.width > 2 {
            (start, column) = fit(rect.width - 1)
            buffer[rect.x, rect.y] = Cell(text: String(buffer.glyphs.ellipsis), style: style)
            x += 1
        }
        // `write` ends a text longer than its room with the mark.
        buffer.write(String(characters[start...]), x: x, y: rect.y, style: style, limit: rect.maxX - x)
        if focused {
            buffer.cursor = (x + min(column, rect.maxX - x - 1), rect.y)
        }
    }
}

extension Buffer {
    /// Draws a one-line field for `input` in the first row of `rect` (see `TextField`).
    public mutating func textField(_ input: TextInput, in rect: Rect, style: Style, focused: Bool) {
        render(TextField(input, style: style, focused: focused), in: rect)
    }
}
