extension Buffer {
    /// Writes prose word-wrapped inside `rect`; what does not fit is cut with an ellipsis on the last line.
    /// Returns the rows used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
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
            write(text, x: rect.x, y: rect.y + index, style: style, limit: rect.width)
        }
        return min(lines.count, rect.height)
    }
}
