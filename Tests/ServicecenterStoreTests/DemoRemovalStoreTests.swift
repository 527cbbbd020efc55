import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

@Suite("Store: demo data removed whole")
struct DemoRemovalStoreTests {
    @Test("demo --remove takes the demo's contacts, hand-overs with history and queue calls, and nothing real")
    func removesOnlyDemo() throws {
        let path = temporaryDatabase()
        let store = try HandoverStoreTests.store(at: path)
        let configuration = HandoverStoreTests.configuration
        let now = Timestamp.parse("2026-11-23T23:00:00+01:00")!
        let days = DemoGenerator.openDays(count: 10, endingOn: LocalDay("2026-11-23")!, calendar: configuration.workingDays)
        let added = try store.addDemo(DemoGenerator(configuration: configuration, seed: 3), days: days, perDay: 60, now: now)
        #expect(added > 300)
        let demoHandovers = try store.handovers(.init(includeClosed: true, externalIDPrefix: DemoGenerator.externalIDMark)).count
        #expect(demoHandovers > 10)
        // Real work beside it: a forwarded contact (with its hand-over) and a plain one.
        let realForwarded = try store.save(contact("2026-11-23T10:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))).id
        _ = try store.save(contact("2026-11-23T11:00:00+01:00")).id
        let handoversBefore = try store.handovers(.init(includeClosed: true)).count

        let removed = try store.removeDemo()
        #expect(removed.contacts == added && removed.handovers == demoHandovers && removed.queueCalls > 0)
        #expect(try store.contactCount() == 2)
        #expect(try store.realContactCount() == 2)
        let left = try store.handovers(.init(includeClosed: true))
        #expect(left.count == handoversBefore - demoHandovers && left.allSatisfy { $0.contactID == realForwarded })
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
        // Removing again finds nothing and changes nothing.
        #expect(try store.removeDemo() == DemoRemoval(contacts: 0, handovers: 0, queueCalls: 0))
    }
}
