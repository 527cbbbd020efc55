/// Finds table headers the TOML library cannot be trusted with, before it sees the text.
///
/// toml++ (inside TOMLKit) asserts, and so aborts the whole process, on a header whose name
/// does not start where a key may start: `[[[[x]]`, `[=x]`, a lone `[` at the end of a line.
/// Every command reads the configuration at start, so one stray bracket in any file took
/// every command down. The check walks the text as the parser does (strings, comments,
/// multi-line arrays), so a `[` inside a value is never taken for a header, and names the
/// first bad header's line so the loader reports it like any other syntax error.
enum TableHeaderCheck {
    /// The 1-based line of the first header the parser would abort on, or nil.
    static func firstUnsafeHeader(in text: String) -> Int? {
        var cursor = TOMLCursor(text)
        /// Brackets and braces open in the current value; a line break inside one does not end it.
        var depth = 0
        var atStatementStart = true

        func isBlank(_ byte: UInt8?) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        func skipBlanks() { while isBlank(cursor.byte()) { cursor.index += 1 } }
        func skipToEndOfLine() { while let next = cursor.byte(), next != UInt8(ascii: "\n") { cursor.index += 1 } }
        /// Whether a header name may start with this byte: a bare-key character, a quote, or
        /// `]` (an empty name, which the parser reports properly). End of text is safe too.
        func mayStartName(_ byte: UInt8?) -> Bool {
            guard let byte else { return true }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
                return true
            default:
                return false
            }
        }

        while let current = cursor.byte() {
            if current == UInt8(ascii: "\n") {
                cursor.line += 1
                cursor.index += 1
                if depth == 0 { atStatementStart = true }
                continue
            }
            if isBlank(current) || current == UInt8(ascii: "\r") {
                cursor.index += 1
                continue
            }
            if current == UInt8(ascii: "#") {
                skipToEndOfLine()
                continue
            }
            if atStatementStart, depth == 0, current == UInt8(ascii: "[") {
                // A header, read as toml++ reads it: '[', blanks, an optional second '[' right
                // after the first, blanks, then the name.
                cursor.index += 1
                let blanksFirst = isBlank(cursor.byte())
                skipBlanks()
                if cursor.byte() == UInt8(ascii: "["), !blanksFirst {
                    cursor.index += 1
                    skipBlanks()
                }
                if !mayStartName(cursor.byte()) { return cursor.line }
                // The rest of the header line cannot open a value; the parser checks its syntax.
                skipToEndOfLine()
                continue
            }
            atStatementStart = false
            switch current {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                _ = cursor.skipString()
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                cursor.index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                cursor.index += 1
            default:
                cursor.index += 1
            }
        }
        return nil
    }
}
