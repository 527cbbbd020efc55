import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// What `demo --remove` leaves in the file, read with SQL: no row of the demo in any table,
/// the hourly counts kept on write, and the history guard it lifts for itself put back.
@Suite("SQLite store: demo removal leaves no row and puts the guard back")
struct SQLiteDemoRemovalTests {
    @Test("No demo queue call or event, no orphaned history, the hourly counts follow; a real hand-over's history still cannot be deleted")
    func rowsAndGuard() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), intake: Intake(zone: stockholm, planner: HandoverStoreTests.planner))
        _ = try DemoRemovalStoreTests.demoBesideRealWork(in: store)
        _ = try store.removeDemo()
        let counts = try store.read { db in
            [
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM queue_call WHERE call_id LIKE 'demo-%'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM queue_event WHERE call_id LIKE 'demo-%'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM handover_event WHERE handover_id NOT IN (SELECT id FROM handover)"),
                // The hourly counts kept on write follow the removal.
                try Int.fetchOne(db, sql: "SELECT SUM(contacts) FROM contact_hour_count"),
            ]
        }
        #expect(counts == [0, 0, 0, 2])
        // The history guard is back: a real hand-over's history still cannot be deleted.
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "DELETE FROM handover_event") }
        }
    }
}
