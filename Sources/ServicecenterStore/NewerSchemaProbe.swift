import Foundation
import GRDB
import GRDBSQLite

/// Whose a database file is, and whether its schema is behind, level with or ahead of this
/// program, read through SQLite's C API on a read-only connection of its own. It must be
/// known before GRDB's pool opens the file, because the pool writes to it on opening (and
/// migrating another program's database would add our tables to it); a GRDB queue for the
/// question cost 3 ms of a 60 ms day's dump (its connection setup), this about 0.8 ms, most
/// of it SQLite parsing the schema as any first statement does.
enum NewerSchemaProbe {
    /// What the probe found.
    enum Finding: Equatable {
        /// No tables at all: a new database, ours to set up.
        case empty
        /// Our migration history, all known to us; `pending` when some are still to run.
        case ours(pending: Bool)
        /// Our migration history with migrations this program does not have.
        case newer
        /// Tables, but no history of ours: another program's database.
        case foreign
    }

    /// Reads the schema without leaving anything behind. A read-only connection on a WAL
    /// database whose log is gone creates `-wal` and `-shm` files (mode as the database) and
    /// cannot remove them; with no log, the file alone is the whole database, so it is read
    /// `immutable` then (no locks, no side files). With a log present, another connection is
    /// or was writing, its files exist, and the plain read-only connection shares them.
    static func probe(path: String, knownMigrations: [String], busyTimeoutMilliseconds: Int) throws -> Finding {
        let quiet = !FileManager.default.fileExists(atPath: path + "-wal") && !FileManager.default.fileExists(atPath: path + "-journal")
        do {
            return try probe(path: path, immutable: quiet, knownMigrations: knownMigrations, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch let error as DatabaseError where quiet && [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            // A writer that started after the look for a log may have changed the file under
            // the unlocked read: ask again with locks before calling the file damaged.
            return try probe(path: path, immutable: false, knownMigrations: knownMigrations, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        }
    }

    private static func probe(path: String, immutable: Bool, knownMigrations: [String], busyTimeoutMilliseconds: Int) throws -> Finding {
        var handle: OpaquePointer?
        defer { sqlite3_close_v2(handle) }
        let name = immutable ? SQLiteStore.uri(path, parameters: "immutable=1") : path
        let opened = sqlite3_open_v2(name, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        guard opened == SQLITE_OK, let handle else { throw failure(opened, handle, sql: nil) }
        sqlite3_busy_timeout(handle, Int32(busyTimeoutMilliseconds))
        var tables: [String] = []
        try step(handle, "SELECT name FROM sqlite_master WHERE type = 'table'") { statement in
            tables.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
        guard tables.contains("grdb_migrations") else { return tables.isEmpty ? .empty : .foreign }
        var applied = Set<String>()
        try step(handle, "SELECT identifier FROM grdb_migrations") { statement in
            applied.insert(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
        let known = Set(knownMigrations)
        if applied.isEmpty {
            // GRDB makes its history table before the first migration commits: with nothing
            // else beside it, a first run stopped there; with other tables, it is not ours.
            return tables == ["grdb_migrations"] ? .ours(pending: true) : .foreign
        }
        // Another GRDB program keeps its history in the same table, under names not ours.
        if applied.isDisjoint(with: known) { return .foreign }
        if !applied.isSubset(of: known) { return .newer }
        return .ours(pending: applied != known)
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
