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
        var cursor = TOMLCursor(text)
        let newline = UInt8(ascii: "\n")
        while let current = cursor.byte() {
            switch current {
            case 0:
                return cursor.line
            case newline:
                cursor.line += 1
                cursor.index += 1
            case UInt8(ascii: "#"):
                // A comment has no escapes; only a raw NUL matters in it.
                while let next = cursor.byte(), next != newline {
                    if next == 0 { return cursor.line }
                    cursor.index += 1
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if cursor.skipString(stoppingAtNul: true) { return cursor.line }
            default:
                cursor.index += 1
            }
        }
        return nil
    }
}
