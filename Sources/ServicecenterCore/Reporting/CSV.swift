/// RFC 4180 CSV: fields with the separator, a quote or a line break are quoted, quotes
/// doubled, CRLF line ends. The separator is a comma, or a semicolon for spreadsheets in
/// locales where the comma is the decimal mark. Control characters other than line breaks
/// and tabs (ESC, DEL, C1) and bidirectional overrides are written `\u001b` as in JSON
/// (`InertText.escaped`), so a file shown with `cat` cannot drive the terminal.
public enum CSV {
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        var out = ""
        append(fields, separator: separator, to: &out)
        return out
    }

    /// Appends one line to `out`: a year's tables are tens of megabytes, and a string per
    /// line and per field, with each field read as characters, cost a second of the dump.
    /// The separator must be ASCII.
    public static func append(_ fields: some Sequence<String>, separator: Character = ",", to out: inout String) {
        let separatorByte = separator.asciiValue!
        var first = true
        for field in fields {
            let value = InertText.escaped(field)
            if !first { out.append(separator) }
            first = false
            if value.utf8.contains(where: { $0 == separatorByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out += "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                out += value
            }
        }
        out += "\r\n"
    }
}
