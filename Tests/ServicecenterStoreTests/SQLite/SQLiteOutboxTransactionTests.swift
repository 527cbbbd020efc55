import Foundation
import GRDB
import Testing
import ServicecenterCore
import ServicecenterStore

/// The outbox row is written in the contact's own transaction: shown by making SQLite refuse it.
@Suite("SQLite store: the outbox row and its contact commit together")
struct SQLiteOutboxTransactionTests {
    @Test("A row that cannot be written fails the save: no contact, no hand-over; once it can, both are written")
    func refusedRowFailsTheSave() throws {
        let path = temporaryDatabase()
        let suite = OutboxStoreTests()
        let store = try SQLiteStore(path: path, intake: Intake(zone: stockholm, planner: OutboxStoreTests.planner))
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON handover_delivery BEGIN SELECT RAISE(ABORT, 'no'); END") }
        #expect(throws: StoreError.self) { _ = try store.save(suite.forwarded(), now: suite.now) }
        #expect(try store.contactCount() == 0 && store.handovers().isEmpty)
        try queue.write { try $0.execute(sql: "DROP TRIGGER refuse") }
        _ = try store.save(suite.forwarded(), now: suite.now).id
        #expect(try store.outbox().count == 1)
    }
}
