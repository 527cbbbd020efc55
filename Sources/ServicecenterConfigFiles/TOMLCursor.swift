/// A position in a TOML file's bytes, with its line, for the checks made before the TOML
/// library sees the text (`TableHeaderCheck`, `NulCharacterCheck`): both must walk strings
/// exactly as the parser does, so a bracket or an escape inside a value is read as a value.
struct TOMLCursor {
    let bytes: [UInt8]
    var index = 0
    /// The 1-based line `index` is on.
    var line = 1
    /// Whether the last string `skipString` walked ended without its closing quote (at a line
    /// break for a one-line string, at the end of the text for any): `UnterminatedStringCheck`.
    var stringUnterminated = false

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The byte `offset` past `index`, nil past the end.
    func byte(_ offset: Int = 0) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

    /// Skips the string whose opening quote is at `index`, counting the line breaks it holds:
    /// a basic string ("…" or """…""") with its escapes, a literal one ('…') without. With
    /// `stoppingAtNul` it stops on a NUL (a raw byte, or a `\u0000` / `\U00000000` escape)
    /// and returns true; otherwise it returns false at the string's end.
    mutating func skipString(stoppingAtNul: Bool = false) -> Bool {
        let backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        let quote = bytes[index]
        let escapes = quote == UInt8(ascii: "\"")
        let multiLine = byte(1) == quote && byte(2) == quote
        stringUnterminated = false
        index += multiLine ? 3 : 1
        while let next = byte() {
            if stoppingAtNul, next == 0 { return true }
            if escapes, next == backslash {
                if stoppingAtNul, isNulEscape() { return true }
                if byte(1) == newline { line += 1 }
                index += 2
                continue
            }
            if multiLine {
                if next == quote, byte(1) == quote, byte(2) == quote {
                    index += 3
                    // Up to two more quotes may belong to the string's content.
                    while byte() == quote { index += 1 }
                    return false
                }
            } else if next == quote {
                index += 1
                return false
            } else if next == newline {
                // An unterminated single-line string ends at the line break; the parser reports it.
                stringUnterminated = true
                return false
            }
            if next == newline { line += 1 }
            index += 1
        }
        stringUnterminated = true
        return false
    }

    /// Whether the escape at `index` is `\u0000` or `\U00000000`.
    private func isNulEscape() -> Bool {
        func zeros(_ count: Int) -> Bool { (2..<(2 + count)).allSatisfy { byte($0) == UInt8(ascii: "0") } }
        return (byte(1) == UInt8(ascii: "u") && zeros(4)) || (byte(1) == UInt8(ascii: "U") && zeros(8))
    }
}
