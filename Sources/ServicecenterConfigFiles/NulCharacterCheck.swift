/// Finds a NUL character in a TOML file before the TOML library sees the text.
///
/// TOMLKit hands strings over as C strings, so a `\u0000` escape ended the value there:
/// `name = "Kommun\u0000x"` became "Kommun" and `config check` said all was well. Every other
/// control character is refused by TableReader after parsing, but a NUL never reaches it. A raw
/// NUL byte is worse still: the whole rest of the file is cut off. So both are refused here, at
/// their line, like any other syntax error.
enum NulCharacterCheck {
    /// The 1-based line of the first NUL byte, or of the first `\u0000` / `\U00000000` escape in a
    /// basic string ("…" or """…"""), or nil. Literal strings ('…') have no escapes, so a
    /// `\u0000` there is six harmless characters; `\\u0000` is an escaped backslash.
    static func firstNul(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        let backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
        var index = 0
        var line = 1

        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        /// Whether the bytes after `index` + 1 are `count` zeros, as in `\u0000`.
        func zeros(_ count: Int) -> Bool { (2..<(2 + count)).allSatisfy { byte($0) == UInt8(ascii: "0") } }
        /// Walks a string starting at `index`; returns true at a NUL escape (index on it).
        func skipString() -> Bool {
            let quote = bytes[index]
            let escapes = quote == doubleQuote
            let multiLine = byte(1) == quote && byte(2) == quote
            index += multiLine ? 3 : 1
            while let next = byte(0) {
                if next == 0 { return true }
                if escapes, next == backslash {
                    if byte(1) == UInt8(ascii: "u"), zeros(4) { return true }
                    if byte(1) == UInt8(ascii: "U"), zeros(8) { return true }
                    if byte(1) == newline { line += 1 }
                    index += 2
                    continue
                }
                if multiLine {
                    if next == quote, byte(1) == quote, byte(2) == quote {
                        index += 3
                        // Up to two more quotes may belong to the string's content.
                        while byte(0) == quote { index += 1 }
                        return false
                    }
                } else if next == quote {
                    index += 1
                    return false
                } else if next == newline {
                    // An unterminated string ends at the line break; the parser reports it.
                    return false
                }
                if next == newline { line += 1 }
                index += 1
            }
            return false
        }

        while index < bytes.count {
            let current = bytes[index]
            switch current {
            case 0:
                return line
            case newline:
                line += 1
                index += 1
            case UInt8(ascii: "#"):
                // A comment has no escapes; only a raw NUL matters in it.
                while let next = byte(0), next != newline {
                    if next == 0 { return line }
                    index += 1
                }
            case doubleQuote, singleQuote:
                if skipString() { return line }
            default:
                index += 1
            }
        }
        return nil
    }
}
