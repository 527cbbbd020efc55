/// Prose word-wrapped inside its area; what does not fit is cut with an ellipsis on the last
/// line (a message that must be read whole is `Prose`, which scrolls instead).
public struct Paragraph: Widget {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) { renderRows(into: &buffer, area: area) }

    /// Draws the paragraph and returns the rows used.
    @discardableResult
    public func renderRows(into buffer: inout Buffer, area rect: Rect) -> Int {
        guard rect.width > 0, rect.height > 0 else { return 0 }
        var lines: [String] = []
        for sourceLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in sourceLine.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if CharacterWidth.of(candidate) <= rect.width || current.isEmpty {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        for (index, line) in lines.prefix(rect.height).enumerated() {
            var text = line
            if index == rect.height - 1, lines.count > rect.height { text += String(repeating: " ", count: rect.width) }
            buffer.write(text, x: rect.x, y: rect.y + index, style: style, limit: rect.width)
        }
        return min(lines.count, rect.height)
    }
}

extension Buffer {
    /// Writes prose word-wrapped inside `rect` (see `Paragraph`). Returns the rows used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
        Paragraph(text, style: style).renderRows(into: &self, area: rect)
    }
}
