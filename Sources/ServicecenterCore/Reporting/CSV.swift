/// RFC 4180 CSV: fields with the separator, a quote or a line break are quoted, quotes
/// doubled, CRLF line ends. The separator is a comma, or a semicolon for spreadsheets in
/// locales where the comma is the decimal mark.
public enum CSV {
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    static func field(_ value: String, separator: Character) -> String {
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
