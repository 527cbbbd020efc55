import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// What the owner's maintenance leaves on the server, read with SQL: `demo --remove` lets
/// itself past the history guard for its own transaction only, and a purge leaves no cleared
/// text in the tables' files.
@Suite("PostgreSQL store: maintenance past the history guard, and purged text off the disk")
struct PostgresMaintenanceTests {
    @Test(
        "demo --remove leaves no demo row nor orphaned history, the hourly counts follow, and history stays guarded after it",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func demoRemoval() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open(planner: HandoverStoreTests.planner)
        _ = try DemoRemovalStoreTests.demoBesideRealWork(in: store)
        _ = try store.removeDemo()
        let link = PostgresLink(address: database.address, setUp: ["SET search_path = servicecenter"])
        defer { link.close() }
        let counts = try link.run { db in
            [
                try db.value("SELECT COUNT(*) FROM queue_call WHERE call_id LIKE 'demo-%'", as: Int.self),
                try db.value("SELECT COUNT(*) FROM queue_event WHERE call_id LIKE 'demo-%'", as: Int.self),
                try db.value("SELECT COUNT(*) FROM handover_event WHERE handover_id NOT IN (SELECT id FROM handover)", as: Int.self),
                try db.value("SELECT SUM(contacts)::bigint FROM contact_hour_count", as: Int.self),
            ]
        }
        #expect(counts == [0, 0, 0, 2])
        // The maintenance setting ended with the removal's transaction: on the store's own
        // connection, a real hand-over's history still cannot be deleted.
        let own = try #require(store as? PostgresStore)
        #expect(try own.link.run { db in try db.value("SELECT current_setting('servicecenter.maintenance', true)", as: String?.self) ?? nil } != "on")
        #expect(try link.run { db in try db.value("SELECT COUNT(*) FROM handover_event", as: Int.self) } ?? 0 > 0)
        #expect(throws: (any Error).self) { try own.link.transaction { db in try db.execute("DELETE FROM handover_event") } }
    }

    @Test(
        "A purged note, referral text and hand-over note are in no table file afterwards; the rows and figures stay",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func purgedTextLeavesTheFiles() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open(planner: HandoverStoreTests.planner)
        _ = try store.save(contact("2025-01-10T10:00:00+01:00", note: "anteckning-som-ska-bort"))
        _ = try store.save(contact("2025-01-10T11:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Nämnden-som-ska-bort"))))
        _ = try store.save(contact("2025-01-10T12:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer)))
        let handover = try #require(try store.handovers().first)
        _ = try store.record(.acknowledged, on: handover.id, by: "erik", note: "överlämning-som-ska-bort", now: Timestamp.parse("2025-01-11T09:00:00+01:00")!)
        let needles = ["anteckning-som-ska-bort", "Nämnden-som-ska-bort", "överlämning-som-ska-bort"]
        // Written out to the files first, so the test shows they were there.
        #expect(needles.allSatisfy { database.filesHold($0) })
        let outcome = try store.purgeFreeText(before: LocalDay("2025-11-23")!, dryRun: false, by: "admin")
        #expect(outcome.notes == 1 && outcome.referrals == 1 && outcome.handoverNotes == 1)
        for needle in needles { #expect(!database.filesHold(needle), "a table file still holds \(needle)") }
        #expect(try store.contacts(from: LocalDay("2025-01-10")!, through: LocalDay("2025-01-10")!).count == 3)
        #expect(try store.history(of: handover.id).count == 2)
    }
}
