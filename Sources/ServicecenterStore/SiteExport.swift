import Foundation
import GRDB
import ServicecenterCore

/// A whole SQLite site read table by table, as plain values, for `migrate`: every row of every
/// table of the schema, in key order, from one snapshot, so a desk saving meanwhile either is
/// in the copy whole or not at all.
public struct SiteExport: Sendable {
    let store: SQLiteStore

    /// The site's tables, parents first (a hand-over after its contact, an event after its
    /// hand-over), as the schema holds them at its latest version.
    public static let tables = [
        "contact", "contact_hour_count", "handover", "handover_event", "handover_delivery", "queue_event", "queue_call",
        "desk_draft", "desk_station", "operator_status", "incident", "audit_event", "catalogue_gap", "database_identity",
        "operator_status_change",
        "contact_article", "knowledge_search",
    ]
    /// SQLite's own bookkeeping, which no other backend needs: its migrations, its id
    /// sequences, the report's counted days (`Migrations+CountedDays`) and the open hand-overs'
    /// counts (`Migrations+OpenHandovers`), which PostgreSQL counts each time and SQLite can
    /// count again from the rows.
    static let bookkeeping: Set<String> = ["grdb_migrations", "sqlite_sequence", "report_day", "report_day_contacts", "report_day_calls", "open_handover_count", "open_handover_sector"]
    /// Tables whose SQLite rowid carries meaning, under the name the other backend gives it:
    /// `queue_call`'s rowid is the calls' arrival order.
    static let rowidColumns = ["queue_call": "arrival"]

    /// Reads the site `store` holds (open it read-only: nothing here writes).
    public init(store: SQLiteStore) {
        self.store = store
    }

    /// Runs `body` with a reader over one snapshot of the database. Refuses a database with
    /// tables this program does not know, which no copy could carry whole.
    public func read<T>(_ body: (any SiteRowReader) throws -> T) throws -> T {
        let path = store.path
        do {
            return try store.pool.read { db in
                let present = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let unknown = Set(present).subtracting(Self.tables).subtracting(Self.bookkeeping)
                if !unknown.isEmpty {
                    throw StoreError.failed(
                        database: path, message: "it holds tables this version does not know (\(unknown.sorted().joined(separator: ", ")))")
                }
                return try body(Reader(db: db, path: path))
            }
        } catch let error as DatabaseError {
            throw SQLiteStore.translate(error, path: path, busyTimeout: store.busyTimeoutMilliseconds)
        }
    }

    /// The rows of one snapshot.
    struct Reader: SiteRowReader {
        let db: Database
        let path: String

        var tables: [String] { SiteExport.tables }

        func columns(of table: String) throws -> [String] {
            try translated {
                let own = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table]).map { $0[0] as String }
                return (SiteExport.rowidColumns[table].map { [$0] } ?? []) + own
            }
        }

        func count(of table: String) throws -> Int {
            try translated { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0 }
        }

        func rows(of table: String, batchSize: Int, _ body: ([[SiteValue]]) throws -> Void) throws {
            let name = table.quotedDatabaseIdentifier
            let selection = SiteExport.rowidColumns[table] == nil ? "*" : "rowid, *"
            // Key order: the primary key's columns, or the rowid where there is none.
            let keys = try translated {
                try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", arguments: [table])
                    .map { ($0[0] as String).quotedDatabaseIdentifier }
            }
            let order = keys.isEmpty ? "rowid" : keys.joined(separator: ", ")
            var batch: [[SiteValue]] = []
            batch.reserveCapacity(batchSize)
            let cursor = try translated { try Row.fetchCursor(db, sql: "SELECT \(selection) FROM \(name) ORDER BY \(order)") }
            while let row = try translated({ try cursor.next() }) {
                batch.append(row.databaseValues.map(Self.value))
                if batch.count == batchSize {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try body(batch) }
        }

        static func value(_ stored: DatabaseValue) -> SiteValue {
            switch stored.storage {
            case .null: .null
            case .int64(let number): .integer(number)
            case .double(let number): .real(number)
            case .string(let text): .text(text)
            // The schema keeps no blobs; one put there by hand travels as its bytes in hex.
            case .blob(let data): .text(data.map { String(format: "%02x", $0) }.joined())
            }
        }

        /// SQLite's failures named by this file, so the writer's backend does not take them for its own.
        func translated<T>(_ work: () throws -> T) throws -> T {
            do {
                return try work()
            } catch let error as DatabaseError {
                throw SQLiteStore.translate(error, path: path, busyTimeout: 0)
            }
        }
    }
}
