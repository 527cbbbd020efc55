/// One resource of the open-data package: a table with a Table Schema (field names, types,
/// units, Swedish and English titles) and its rows.
public struct DataTable: Sendable {
    /// The resource's name and file name: lower-case ASCII, as Frictionless requires.
    public var name: String
    public var title: Bilingual
    public var description: Bilingual
    public var fields: [DataField]
    /// The fields that identify a row (date, channel, …).
    public var primaryKey: [String]
    public var rows: [[DataValue]]

    public init(name: String, title: Bilingual, description: Bilingual, fields: [DataField], primaryKey: [String], rows: [[DataValue]] = []) {
        self.name = name
        self.title = title
        self.description = description
        self.fields = fields
        self.primaryKey = primaryKey
        self.rows = rows
    }
}

/// A text in both languages the package speaks: open data is read in Swedish and in English.
public struct Bilingual: Hashable, Sendable {
    public var sv: String
    public var en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public func `in`(_ language: Language) -> String { language == .swedish ? sv : en }
}

/// A column of a `DataTable`, as its Table Schema describes it.
public struct DataField: Sendable {
    /// Table Schema types this package uses.
    public enum Kind: String, Sendable {
        case string, integer, number, boolean, date
    }

    public var name: String
    public var kind: Kind
    public var title: Bilingual
    public var description: Bilingual?
    /// "s" for seconds, "share" for a fraction 0–1, "count" for a number of things.
    public var unit: String?
    /// The values a string field may take (channel ids, for example).
    public var allowed: [String]?
    /// Whether every row has a value: keys do, figures may be empty.
    public var required: Bool

    public init(
        _ name: String, _ kind: Kind, title: Bilingual, description: Bilingual? = nil, unit: String? = nil,
        allowed: [String]? = nil, required: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.title = title
        self.description = description
        self.unit = unit
        self.allowed = allowed
        self.required = required
    }

    /// A count of things: an integer of at least zero.
    public static func count(_ name: String, sv: String, en: String, description: Bilingual? = nil) -> DataField {
        DataField(name, .integer, title: Bilingual(sv: sv, en: en), description: description, unit: "count")
    }

    /// A fraction from 0 to 1 (not a percentage), with four decimals.
    public static func share(_ name: String, sv: String, en: String, description: Bilingual? = nil) -> DataField {
        DataField(name, .number, title: Bilingual(sv: sv, en: en), description: description, unit: "share")
    }

    /// Whole seconds.
    public static func seconds(_ name: String, sv: String, en: String, description: Bilingual? = nil) -> DataField {
        DataField(name, .integer, title: Bilingual(sv: sv, en: en), description: description, unit: "s")
    }
}

/// One cell, written the same way in every format so that a rerun gives the same bytes.
public enum DataValue: Hashable, Sendable {
    /// Unknown, not applicable or withheld: empty in CSV, null in JSON.
    case missing
    case text(String)
    case integer(Int)
    /// A fraction 0–1, written with four decimals.
    case share(Double)
    case boolean(Bool)
    case date(LocalDay)

    public static func share(_ value: Double?) -> DataValue { value.map(DataValue.share) ?? .missing }
    /// A number that is not a share (a forecast's 12.5 contacts), written as a share is: four decimals.
    public static func decimal(_ value: Double?) -> DataValue { share(value) }
    /// Seconds rounded to whole ones.
    public static func seconds(_ value: Double?) -> DataValue { value.map { .integer(Int($0.rounded())) } ?? .missing }

    /// The value as the standard CSV and the JSON files write it (decimal point, ISO dates).
    public var plain: String? {
        switch self {
        case .missing: nil
        case .text(let text): text
        case .integer(let value): String(value)
        case .share(let value): Self.fourDecimals(value)
        case .boolean(let value): value ? "true" : "false"
        case .date(let day): day.description
        }
    }

    /// Four decimals without going through a locale: the same digits on every machine.
    static func fourDecimals(_ value: Double, decimalMark: String = ".") -> String {
        let scaled = Int((value * 10_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = abs(scaled) / 10_000
        let fraction = String(abs(scaled) % 10_000)
        return sign + String(whole) + decimalMark + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
