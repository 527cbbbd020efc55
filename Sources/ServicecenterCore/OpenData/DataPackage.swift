import Foundation

/// The nightly statistics as a Frictionless Tabular Data Package: `datapackage.json`
/// describing every table with a Table Schema, the tables as CSV and/or JSON, optionally a
/// spreadsheet variant for a Swedish locale, and `report.html` to look at.
///
/// Everything here is a pure function of the figures and the options: the same data gives
/// the same bytes, so a rerun changes nothing and a diff shows real changes only.
public struct DataPackage: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case csv, json
    }

    public struct Options: Sendable {
        public var formats: [Format]
        /// Also write `excel/<table>.csv`: semicolons, decimal commas, a byte-order mark.
        public var excel: Bool
        public var includeOperators: Bool
        public var language: Language
        /// Write report.html. Always, from the command line; the dump benchmark leaves it out to
        /// measure what the report adds to a dump.
        public var report: Bool

        public init(
            formats: [Format] = [.csv], excel: Bool = false, includeOperators: Bool = false, language: Language = .swedish, report: Bool = true
        ) {
            self.formats = formats
            self.excel = excel
            self.includeOperators = includeOperators
            self.language = language
            self.report = report
        }
    }

    /// The files, by path inside the package directory, in the order they are written.
    public var files: [(path: String, contents: String)]

    /// `comparisons`: the periods report.html sets beside this one, as read from the store.
    public init(_ statistics: OpenStatistics, options: Options, comparisons: ReportComparisons = .none) {
        // Independent work, run side by side on the cores there are: the tables and the page,
        // then each table's text in each format (`PackageStream`).
        let page: [@Sendable () -> Built] = options.report
            ? [{ Built.page(StatisticsPage(statistics, language: options.language, comparisons: comparisons).html) }] : []
        let built = Self.concurrently(page + statistics.tableBuilders(includingOperators: options.includeOperators).map { build in { Built.table(build()) } })
        let tables = built.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let html = built.compactMap { if case .page(let html) = $0 { html } else { nil } }.first
        var stream = PackageStream(options: options)
        var memory = MemoryFiles()
        // Appending to memory cannot fail.
        try! stream.add(tables, to: &memory)
        try! stream.finish(page: html, configuration: statistics.configuration, first: statistics.first, last: statistics.last, to: &memory)
        // The descriptor, written last, comes first in the list: the order they are written in.
        files = [memory.files.last!] + memory.files.dropLast()
    }

    /// What the first round of jobs makes.
    enum Built: Sendable {
        case table(DataTable)
        case page(String)
    }

    /// Runs the jobs on all cores and returns their results in the jobs' order.
    static func concurrently<T: Sendable>(_ jobs: [@Sendable () -> T]) -> [T] {
        let results = ConcurrentResults<T>()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let value = jobs[index]()
            results.lock.lock()
            results.values[index] = value
            results.lock.unlock()
        }
        return jobs.indices.map { results.values[$0]! }
    }

    /// The folder name of a period: the day, or "first_last".
    public static func periodName(first: LocalDay, last: LocalDay) -> String {
        first == last ? first.description : "\(first)_\(last)"
    }

    static func descriptor(configuration: Configuration, first: LocalDay, last: LocalDay, resources: [JSONText], options: Options) -> JSONText {
        let period = periodName(first: first, last: last)
        let language = options.language
        let title = language == .swedish
            ? "\(configuration.site.name): statistik \(period.replacingOccurrences(of: "_", with: " – "))"
            : "\(configuration.site.name): statistics \(period.replacingOccurrences(of: "_", with: " – "))"
        var description = OpenStatistics.suppressionRule(configuration).in(language)
        description += language == .swedish
            ? " report.html visar perioden i diagram. Katalogen excel/ (om den finns) har samma tabeller för ett kalkylark med svenska inställningar: semikolon, decimalkomma."
            : " report.html shows the period in charts. The folder excel/ (when present) holds the same tables for a spreadsheet in a Swedish locale: semicolons, decimal commas."
        return .object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("servicecenter-" + period.replacingOccurrences(of: "_", with: "-"))),
            ("title", .string(title)),
            ("description", .string(description)),
            ("licenses", .array([.object([
                ("name", .string(configuration.statistics.license)),
                ("path", .string("https://spdx.org/licenses/\(configuration.statistics.license).html")),
            ])])),
            ("temporal", .object([("start", .string(first.description)), ("end", .string(last.description))])),
            ("sources", .array([.object([("title", .string(configuration.site.name))])])),
            ("resources", .array(resources)),
        ])
    }

    static func resource(_ table: DataTable, name: String, path: String, format: Format, bytes: Int, _ language: Language) -> JSONText {
        var members: [(String, JSONText)] = [
            ("name", .string(name)),
            ("path", .string(path)),
            ("profile", .string("tabular-data-resource")),
            ("title", .string(table.title.in(language))),
            ("description", .string(table.description.in(language))),
            ("format", .string(format.rawValue)),
            ("mediatype", .string(format == .csv ? "text/csv" : "application/json")),
            ("encoding", .string("utf-8")),
        ]
        if format == .csv {
            // The byte count lets a reader check it has the whole file. Frictionless counts
            // bytes only while parsing CSV, so JSON resources would fail the check.
            members.append(("bytes", .number(String(bytes))))
            members.append(("dialect", .object([
                ("delimiter", .string(",")), ("lineTerminator", .string("\r\n")), ("quoteChar", .string("\"")),
                ("doubleQuote", .bool(true)), ("header", .bool(true)),
            ])))
        }
        members.append(("schema", .object([
            ("fields", .array(table.fields.map { field($0, language) })),
            ("missingValues", .array([.string("")])),
            ("primaryKey", .array(table.primaryKey.map(JSONText.string))),
        ])))
        return .object(members)
    }

    static func field(_ field: DataField, _ language: Language) -> JSONText {
        var members: [(String, JSONText)] = [
            ("name", .string(field.name)),
            ("type", .string(field.kind.rawValue)),
            ("title", .string(field.title.in(language))),
        ]
        if let description = field.description { members.append(("description", .string(description.in(language)))) }
        members.append(("titles", .object([("sv", .string(field.title.sv)), ("en", .string(field.title.en))])))
        if let unit = field.unit { members.append(("unit", .string(unit))) }
        var constraints: [(String, JSONText)] = []
        if field.required { constraints.append(("required", .bool(true))) }
        if let allowed = field.allowed { constraints.append(("enum", .array(allowed.map(JSONText.string)))) }
        switch field.unit {
        case "count", "s": constraints.append(("minimum", .number("0")))
        case "share": constraints += [("minimum", .number("0")), ("maximum", .number("1"))]
        default: break
        }
        if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
        return .object(members)
    }
}

/// Results written by concurrent jobs, each under the lock.
final class ConcurrentResults<T: Sendable>: @unchecked Sendable {
    let lock = NSLock()
    var values: [Int: T] = [:]
}
