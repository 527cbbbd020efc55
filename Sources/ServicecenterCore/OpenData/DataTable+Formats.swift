/// A table as the files of the package hold it: standard CSV, JSON, and the variant a
/// Swedish-locale spreadsheet opens with a double-click.
extension DataTable {
    /// UTF-8 CSV (RFC 4180) with a header row of field names; empty for a missing value.
    public var csv: String {
        var out = CSV.line(fields.map(\.name))
        for row in rows { out += CSV.line(row.map { $0.plain ?? "" }) }
        return out
    }

    /// An array of objects, one row per line, keyed by field name; null for a missing value.
    public var json: String {
        var out = "["
        for (index, row) in rows.enumerated() {
            let members = zip(fields, row).map { field, value in (field.name, Self.json(value)) }
            out += (index == 0 ? "\n" : ",\n") + JSONText.object(members).compact
        }
        return out + (rows.isEmpty ? "]\n" : "\n]\n")
    }

    /// For Excel and LibreOffice in a Swedish locale: a byte-order mark so å, ä and ö survive,
    /// semicolons between fields, decimal commas, the field titles as the header, yes/no in words.
    public func excelCSV(_ language: Language) -> String {
        var out = "\u{FEFF}" + CSV.line(fields.map { $0.title.in(language) }, separator: ";")
        for row in rows {
            out += CSV.line(row.map { Self.spreadsheet($0, language) }, separator: ";")
        }
        return out
    }

    static func json(_ value: DataValue) -> JSONText {
        switch value {
        case .missing: .null
        case .text(let text): .string(text)
        case .integer, .share: .number(value.plain!)
        case .boolean(let flag): .bool(flag)
        case .date(let day): .string(day.description)
        }
    }

    static func spreadsheet(_ value: DataValue, _ language: Language) -> String {
        switch value {
        case .share: value.plain!.replacingOccurrences(of: ".", with: language == .swedish ? "," : ".")
        case .boolean(let flag): language == .swedish ? (flag ? "ja" : "nej") : (flag ? "yes" : "no")
        default: value.plain ?? ""
        }
    }
}
