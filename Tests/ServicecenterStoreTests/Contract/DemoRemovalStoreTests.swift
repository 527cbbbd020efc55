import Foundation
import ServicecenterCore
import Testing

@Suite("Store: demo data removed whole")
struct DemoRemovalStoreTests {
    /// What a site holds before `demo --remove`: ten days of the demo and, beside it, real work.
    struct DemoBesideRealWork {
        var days: [LocalDay]
        var added: Int
        var demoHandovers: [Int64]
        var realForwarded: Int64
        var handoversBefore: Int
    }

    /// Adds ten days of the demo, then a real forwarded contact (with its hand-over) and a real plain one.
    static func demoBesideRealWork(in store: any Store) throws -> DemoBesideRealWork {
        let configuration = HandoverStoreTests.configuration
        let now = Timestamp.parse("2026-11-23T23:00:00+01:00")!
        let days = DemoGenerator.openDays(count: 10, endingOn: LocalDay("2026-11-23")!, calendar: configuration.workingDays)
        let added = try store.addDemo(DemoGenerator(configuration: configuration, seed: 3), days: days, perDay: 60, now: now)
        let demoHandovers = try store.handovers(.init(includeClosed: true, externalIDPrefix: DemoGenerator.externalIDMark)).map(\.id)
        let realForwarded = try store.save(contact("2026-11-23T10:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))).id
        _ = try store.save(contact("2026-11-23T11:00:00+01:00")).id
        let handoversBefore = try store.handovers(.init(includeClosed: true)).count
        return DemoBesideRealWork(days: days, added: added, demoHandovers: demoHandovers, realForwarded: realForwarded, handoversBefore: handoversBefore)
    }

    @Test("demo --remove takes the demo's contacts, hand-overs with history and queue calls, and nothing real", arguments: Backends.all)
    func removesOnlyDemo(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let site = try Self.demoBesideRealWork(in: store)
        #expect(site.added > 300)
        #expect(site.demoHandovers.count > 10)

        let removed = try store.removeDemo()
        #expect(removed.contacts == site.added && removed.handovers == site.demoHandovers.count && removed.queueCalls > 0)
        #expect(try store.contactCount() == 2)
        #expect(try store.realContactCount() == 2)
        let left = try store.handovers(.init(includeClosed: true))
        #expect(left.count == site.handoversBefore - site.demoHandovers.count && left.allSatisfy { $0.contactID == site.realForwarded })
        // No demo call is left, and no history of a removed hand-over.
        let first = try #require(site.days.first), last = try #require(site.days.last)
        #expect(try store.queueCalls(from: first, through: last).filter { $0.callID.hasPrefix("demo-") }.isEmpty)
        for id in site.demoHandovers { #expect(try store.history(of: id).isEmpty) }
        // The live day's counts follow the removal.
        let counted = try site.days.reduce(0) { sum, day in
            sum + (try store.liveDay(day).contacts.values.reduce(0) { $0 + $1.contacts })
        }
        #expect(counted == 2)
        // Removing again finds nothing and changes nothing.
        #expect(try store.removeDemo() == DemoRemoval(contacts: 0, handovers: 0, queueCalls: 0))
    }
}
