import Foundation
import GRDB
import GRDBSQLite

/// Whether a database was migrated by a newer version of the program, read through SQLite's
/// C API on a read-only connection of its own. It must be known before GRDB's pool opens the
/// file, because the pool writes to it on opening; a GRDB queue for the question cost 3 ms of
/// a 60 ms day's dump (its connection setup), this about 0.8 ms, most of it SQLite parsing
/// the schema as any first statement does.
enum NewerSchemaProbe {
    /// True when `grdb_migrations` names a migration this program does not have.
    static func isSuperseded(path: String, knownMigrations: [String], busyTimeoutMilliseconds: Int) throws -> Bool {
        var handle: OpaquePointer?
        defer { sqlite3_close_v2(handle) }
        let opened = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK, let handle else { throw failure(opened, handle, sql: nil) }
        sqlite3_busy_timeout(handle, Int32(busyTimeoutMilliseconds))
        let known = Set(knownMigrations)
        var superseded = false
        var migrated = false
        try step(handle, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'") { _ in migrated = true }
        guard migrated else { return false }
        try step(handle, "SELECT identifier FROM grdb_migrations") { statement in
            let identifier = sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? ""
            if !known.contains(identifier) { superseded = true }
        }
        return superseded
    }

    private static func step(_ handle: OpaquePointer, _ sql: String, row: (OpaquePointer) -> Void) throws {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard prepared == SQLITE_OK, let statement else { throw failure(prepared, handle, sql: sql) }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code, handle, sql: sql) }
            row(statement)
        }
    }

    /// SQLite's failure as GRDB would report it, so the store's translation (damaged,
    /// locked, unreadable) applies unchanged.
    private static func failure(_ code: Int32, _ handle: OpaquePointer?, sql: String?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: handle.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}
