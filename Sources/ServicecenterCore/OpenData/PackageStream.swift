import Foundation

/// Where a package's files go as they are written: memory (`DataPackage.files`) or the
/// partial folder on disk (`PackageWriter`). Text is appended to a file, which is made by
/// its first append.
public protocol PackageFiles {
    mutating func append(_ text: String, to path: String) throws(PackageWriter.Failure)
}

/// A package's files in memory, in the order they were first written.
struct MemoryFiles: PackageFiles {
    var files: [(path: String, contents: String)] = []
    private var positions: [String: Int] = [:]

    mutating func append(_ text: String, to path: String) {
        if let position = positions[path] {
            files[position].contents += text
        } else {
            positions[path] = files.count
            files.append((path, text))
        }
    }
}

/// The tables of a package written a part of the period at a time: each part's rows go to
/// their files as soon as they are made, so a period of years is never held whole (the
/// nightly package of ten years was gigabytes of rows). A part is a run of whole days in
/// order; the tables' rows are per day, so the parts' rows one after the other are the
/// period's tables exactly.
public struct PackageStream: Sendable {
    public let options: DataPackage.Options
    let formats: [DataPackage.Format]
    /// Each table as its first part made it (its fields and texts), without rows.
    private(set) var tables: [DataTable] = []
    /// Per file: the bytes written, for the descriptor's counts; and per table, whether any row came.
    private(set) var bytes: [String: Int] = [:]
    private var hasRows: [String: Bool] = [:]

    public init(options: DataPackage.Options) {
        self.options = options
        formats = DataPackage.Format.allCases.filter(options.formats.contains)
    }

    /// Writes the rows of `tables` (one part's, each in the package's order) after those before.
    public mutating func add(_ tables: [DataTable], to files: inout some PackageFiles) throws(PackageWriter.Failure) {
        let first = self.tables.isEmpty
        if first { self.tables = tables.map { var empty = $0; empty.rows = []; return empty } }
        // Each table's text in each format, made side by side on the cores there are.
        var jobs: [@Sendable () -> (path: String, text: String)] = []
        for table in tables {
            let opens = hasRows[table.name] != true
            for format in formats {
                let path = table.name + "." + format.rawValue
                switch format {
                case .csv: jobs.append { (path, (first ? table.csvHeader : "") + table.csvRows(table.rows[...])) }
                case .json: jobs.append { (path, table.jsonRows(table.rows[...], first: opens)) }
                }
            }
            if options.excel {
                let language = options.language
                jobs.append { ("excel/" + table.name + ".csv", (first ? table.excelHeader(language) : "") + table.excelRows(table.rows[...], language)) }
            }
            if !table.rows.isEmpty { hasRows[table.name] = true }
        }
        for (path, text) in DataPackage.concurrently(jobs) {
            try files.append(text, to: path)
            bytes[path, default: 0] += text.utf8.count
        }
    }

    /// Closes the tables' files, then writes `page` (report.html) and the descriptor, made
    /// from the counts the parts were written with.
    public mutating func finish(
        page: String?, configuration: Configuration, first: LocalDay, last: LocalDay, to files: inout some PackageFiles
    ) throws(PackageWriter.Failure) {
        var resources: [JSONText] = []
        for table in tables {
            for format in formats {
                let path = table.name + "." + format.rawValue
                if format == .json {
                    let end = hasRows[table.name] == true ? DataTable.jsonEnd : table.jsonWithoutRows
                    try files.append(end, to: path)
                    bytes[path, default: 0] += end.utf8.count
                }
                // Both formats of one table are two resources; the CSV keeps the plain name.
                let name = format == .csv || !formats.contains(.csv) ? table.name : table.name + "_json"
                resources.append(DataPackage.resource(table, name: name, path: path, format: format, bytes: bytes[path] ?? 0, options.language))
            }
        }
        if let page { try files.append(page, to: "report.html") }
        let descriptor = DataPackage.descriptor(configuration: configuration, first: first, last: last, resources: resources, options: options)
        try files.append(descriptor.pretty, to: "datapackage.json")
    }
}
