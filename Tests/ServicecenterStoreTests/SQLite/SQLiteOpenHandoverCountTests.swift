import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// SQLite keeps the open hand-overs counted per due date and sector (`open_handover_count`)
/// and per sector (`open_handover_sector`), through triggers, so the statistics need not read each one. The contract test makes the
/// changes the store's own methods make; this one writes to `handover` directly, statement by
/// statement, and after each the counts must be those of the table itself.
@Suite("SQLite store: the open hand-overs' counts follow every write to the hand-overs")
struct SQLiteOpenHandoverCountTests {
    func difference(_ db: Database) throws -> [String] {
        var found: [String] = []
        for (kept, counted) in [
            ("SELECT sector, due_date, open FROM open_handover_count ORDER BY 1, 2",
             "SELECT sector, due_date, COUNT(*) AS open FROM handover WHERE status != 'closed' GROUP BY 1, 2 ORDER BY 1, 2"),
            ("SELECT sector, open FROM open_handover_sector ORDER BY 1",
             "SELECT sector, COUNT(*) AS open FROM handover WHERE status != 'closed' GROUP BY 1 ORDER BY 1"),
        ] {
            let keptRows = try Row.fetchAll(db, sql: kept), countedRows = try Row.fetchAll(db, sql: counted)
            if keptRows != countedRows { found += ["kept \(keptRows)", "counted \(countedRows)"] }
        }
        return found
    }

    @Test("Inserts, status changes both ways, a new sector or due date, deletes")
    func everyWrite() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, intake: Intake(configuration: UseCaseSite.configuration))
        try ReportCountsStoreTests().fill(store, seed: 5)
        let statements = OpenHandoverWrites.statements
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT SUM(open) FROM open_handover_count") ?? 0 } > 0)
        for (what, sql) in statements {
            let found = try queue.write { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: sql)
                return try difference(db)
            }
            #expect(found == [], "\(what)")
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM open_handover_count WHERE open <= 0") } == 0)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM open_handover_sector WHERE open <= 0") } == 0)
    }
}
