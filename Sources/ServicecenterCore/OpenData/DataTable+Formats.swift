/// A table as the files of the package hold it: standard CSV, JSON, and the variant a
/// Swedish-locale spreadsheet opens with a double-click. Each format is its header and its
/// rows' text apart, so a long period's table can be written a part at a time (`PackageStream`).
extension DataTable {
    /// UTF-8 CSV (RFC 4180) with a header row of field names; empty for a missing value.
    public var csv: String { csvHeader + csvRows(rows[...]) }

    var csvHeader: String { CSV.line(fields.map(\.name)) }

    func csvRows(_ rows: ArraySlice<[DataValue]>) -> String {
        var out = ""
        for row in rows { CSV.append(row.lazy.map { $0.plain ?? "" }, to: &out) }
        return out
    }

    /// An array of objects, one row per line, keyed by field name; null for a missing value.
    /// Written straight into one string: a year's 60,000 rows through a JSON tree took seconds.
    ///
    /// A table without rows is its header alone, `[["date","channel",…]]`: an empty array has
    /// no first row to tell the columns by, and Frictionless rejects it ("cannot extract JSON
    /// tabular data"), while an array of arrays whose first row names the fields is the other
    /// tabular form it reads, and it checks those names against the schema.
    public var json: String {
        rows.isEmpty ? jsonWithoutRows : jsonRows(rows[...], first: true) + Self.jsonEnd
    }

    var jsonWithoutRows: String { "[\n[" + jsonKeys.joined(separator: ",") + "]\n]\n" }

    static let jsonEnd = "\n]\n"

    var jsonKeys: [String] {
        fields.map { field -> String in
            var key = ""
            JSONText.quote(field.name, into: &key)
            return key
        }
    }

    /// `rows` as the JSON array's members; `first`: they open the array.
    func jsonRows(_ rows: ArraySlice<[DataValue]>, first: Bool) -> String {
        let keys = jsonKeys
        var out = ""
        for (index, row) in rows.enumerated() {
            out += first && index == 0 ? "[\n{" : ",\n{"
            for (column, value) in row.enumerated() {
                if column > 0 { out += "," }
                out += keys[column] + ":"
                switch value {
                case .missing: out += "null"
                case .text(let text): JSONText.quote(text, into: &out)
                case .integer, .share: out += value.plain!
                case .boolean(let flag): out += flag ? "true" : "false"
                case .date(let day): out += "\"" + day.description + "\""
                }
            }
            out += "}"
        }
        return out
    }

    /// For Excel and LibreOffice in a Swedish locale: a byte-order mark so å, ä and ö survive,
    /// semicolons between fields, decimal commas, the field titles as the header, yes/no in words.
    public func excelCSV(_ language: Language) -> String { excelHeader(language) + excelRows(rows[...], language) }

    func excelHeader(_ language: Language) -> String {
        "\u{FEFF}" + CSV.line(fields.map { $0.title.in(language) }, separator: ";")
    }

    func excelRows(_ rows: ArraySlice<[DataValue]>, _ language: Language) -> String {
        var out = ""
        for row in rows {
            CSV.append(row.lazy.map { Self.spreadsheet($0, language) }, separator: ";", to: &out)
        }
        return out
    }

    static func spreadsheet(_ value: DataValue, _ language: Language) -> String {
        switch value {
        case .share(let share): DataValue.fourDecimals(share, decimalMark: language == .swedish ? "," : ".")
        case .boolean(let flag): language == .swedish ? (flag ? "ja" : "nej") : (flag ? "yes" : "no")
        default: value.plain ?? ""
        }
    }
}
