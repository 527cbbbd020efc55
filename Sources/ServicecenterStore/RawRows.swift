import Foundation
import GRDB
import GRDBSQLite
import ServicecenterCore

/// Steps a query and hands each row's columns over straight from SQLite, for the reads that
/// carry hundreds of thousands of rows (a year's statistics). GRDB's `Row` decodes each column
/// through generic conversions, which cost a year's dump about four seconds more than SQLite's
/// own scan; here a column is one C call, timestamps are parsed from SQLite's bytes without
/// making a `String`, and repeated ids share one string.
struct RawRows {
    let statement: Statement

    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
    }

    /// Each row, made into a value by `transform`.
    func map<T>(_ transform: (RawRow) throws -> T) throws -> [T] {
        var values: [T] = []
        try forEach { values.append(try transform($0)) }
        return values
    }

    /// Calls `body` with each row in turn.
    func forEach(_ body: (RawRow) throws -> Void) throws {
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        let strings = StringPool()
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite))), sql: statement.sql)
            }
            try body(RawRow(sqlite: sqlite, strings: strings))
        }
    }
}

/// A row's columns by position, whichever way the row was read: the record mappings
/// (`ContactRow`, `QueueCallRow`) decode through this, so a row means the same either way.
protocol Columns {
    func isNull(_ column: Int) -> Bool
    func int64(_ column: Int) -> Int64
    func double(_ column: Int) -> Double
    func string(_ column: Int) -> String
    /// A text column whose values repeat from row to row (a category, a sector, a guide).
    func sharedString(_ column: Int) -> String
    /// A timestamp column; nil when NULL or not a timestamp.
    func timestamp(_ column: Int) -> Date?
}

extension Columns {
    func int(_ column: Int) -> Int { Int(int64(column)) }
    func bool(_ column: Int) -> Bool { int64(column) != 0 }
    func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }
    func optionalInt64(_ column: Int) -> Int64? { isNull(column) ? nil : int64(column) }
    func optionalString(_ column: Int) -> String? { isNull(column) ? nil : string(column) }
    func optionalSharedString(_ column: Int) -> String? { isNull(column) ? nil : sharedString(column) }
}

/// The current row of a `RawRows` query; valid only inside the call it is passed to.
struct RawRow: Columns {
    let sqlite: SQLiteStatement
    let strings: StringPool

    func isNull(_ column: Int) -> Bool { sqlite3_column_type(sqlite, Int32(column)) == SQLITE_NULL }
    func int64(_ column: Int) -> Int64 { sqlite3_column_int64(sqlite, Int32(column)) }
    func double(_ column: Int) -> Double { sqlite3_column_double(sqlite, Int32(column)) }

    func string(_ column: Int) -> String { bytes(column).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// A long value seen before in this query comes back as the same string.
    func sharedString(_ column: Int) -> String { bytes(column).map { strings.string($0) } ?? "" }

    /// Parsed from SQLite's bytes, with no `String` in between.
    func timestamp(_ column: Int) -> Date? { bytes(column).flatMap(Timestamp.parse(bytes:)) }

    private func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(sqlite, Int32(column)) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqlite, Int32(column))))
    }
}

extension Row: Columns {
    func isNull(_ column: Int) -> Bool { hasNull(atIndex: column) }
    func int64(_ column: Int) -> Int64 { self[column] }
    func double(_ column: Int) -> Double { self[column] }
    func string(_ column: Int) -> String { self[column] }
    func sharedString(_ column: Int) -> String { self[column] }
    func timestamp(_ column: Int) -> Date? { (self[column] as String?).flatMap(Timestamp.parse) }
}

/// The strings a query has met, so that six hundred thousand rows naming the same fifty
/// categories hold fifty strings, not six hundred thousand copies.
final class StringPool {
    private var byHash: [Int: [String]] = [:]

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes, Swift keeps a string inline: there is nothing to share.
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        if let known = byHash[hash]?.first(where: { $0.utf8.elementsEqual(bytes) }) { return known }
        let string = String(decoding: bytes, as: UTF8.self)
        byHash[hash, default: []].append(string)
        return string
    }
}
