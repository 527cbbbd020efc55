import Foundation
import GRDB
import GRDBSQLite

/// Binds values to a cached statement and steps it with SQLite's C API, for the writes an
/// import makes a million times: GRDB's `StatementArguments` box every value in an
/// existential and copy them into an array first, which was a sixth of the import's writing
/// thread (`perf`, a million contacts).
struct RawInsert {
    let statement: Statement
    private var index: Int32 = 0

    init(_ db: Database, cachedSQL sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String?) {
        index += 1
        guard let value else { return }
        // The byte count, not -1: a NUL inside the text is kept, as GRDB keeps it.
        sqlite3_bind_text(statement.sqliteStatement, index, value, Int32(value.utf8.count), Self.transient)
    }

    mutating func integer(_ value: Int?) {
        index += 1
        guard let value else { return }
        sqlite3_bind_int64(statement.sqliteStatement, index, Int64(value))
    }

    mutating func integer(_ value: Int64?) { integer(value.map(Int.init)) }

    mutating func boolean(_ value: Bool) { integer(value ? 1 : 0) }

    mutating func real(_ value: Double) {
        index += 1
        sqlite3_bind_double(statement.sqliteStatement, index, value)
    }

    /// Runs the statement once with the values bound, in the order of its placeholders.
    func run() throws {
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        let code = sqlite3_step(sqlite)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite))), sql: statement.sql)
        }
    }
}
