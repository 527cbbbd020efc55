/// Finds a string that lacks its closing quote, before the TOML library sees the text.
///
/// toml++ reads on past the line break of `name = "Kommun` and reports the break as an
/// "unescaped control character", which sent a site looking for invisible characters in a
/// file whose only fault was a missing `"`. Walking the text as the parser does (comments,
/// every kind of string with its escapes) finds the string's opening line, so `config check`
/// can name the problem as what it is.
enum UnterminatedStringCheck {
    /// The 1-based line where the first unterminated string opens, and its quote, or nil.
    static func first(in text: String) -> (line: Int, quote: String)? {
        var cursor = TOMLCursor(text)
        let newline = UInt8(ascii: "\n")
        while let current = cursor.byte() {
            switch current {
            case newline:
                cursor.line += 1
                cursor.index += 1
            case UInt8(ascii: "#"):
                while let next = cursor.byte(), next != newline { cursor.index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let line = cursor.line
                let multiLine = cursor.byte(1) == current && cursor.byte(2) == current
                _ = cursor.skipString()
                if cursor.stringUnterminated {
                    let quote = String(repeating: current == UInt8(ascii: "\"") ? "\"" : "'", count: multiLine ? 3 : 1)
                    return (line, quote)
                }
            default:
                cursor.index += 1
            }
        }
        return nil
    }
}
