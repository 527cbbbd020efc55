import Foundation
import GRDB
import Testing
import ServicecenterCore
import ServicecenterStore

/// What is only ever appended (a hand-over's history, the audit log) is guarded in the file
/// itself by triggers, so not even SQL against the file can rewrite it.
@Suite("SQLite store: history and audit log are append-only in the file")
struct SQLiteAppendOnlyTests {
    let path = temporaryDatabase()
    let easterThursday = Timestamp.parse("2026-04-02T10:05:00+02:00")!

    func store() throws -> SQLiteStore {
        try SQLiteStore(path: path, intake: Intake(zone: stockholm, planner: HandoverStoreTests.planner))
    }

    @Test("History cannot be rewritten, even with SQL against the file")
    func appendOnly() throws {
        let store = try store()
        _ = try store.save(contact("2026-04-02T10:00:00+02:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer)), now: easterThursday).id
        let queue = try DatabaseQueue(path: path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "UPDATE handover_event SET by = 'someone'") } }
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM handover_event") } }
        try queue.close()
        #expect(try store.history(of: 1).count == 1)
    }

    @Test("The audit log refuses to be changed or deleted, even with SQL against the file")
    func auditAppendOnly() throws {
        let store = try store()
        let incident = try store.startIncident(title: "Vattenläcka", message: "Koka vattnet", by: "maria")
        _ = try store.endIncident(incident.id, by: "maria")
        try store.recordAudit(.refused, by: "anna", details: "purge: needs admin, has guide")
        let queue = try DatabaseQueue(path: path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "UPDATE audit_event SET actor = 'x'") } }
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM audit_event") } }
        #expect(try store.auditLog().count == 3)
    }
}
