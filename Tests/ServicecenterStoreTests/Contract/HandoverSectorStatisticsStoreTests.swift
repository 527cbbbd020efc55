import Foundation
import ServicecenterCore
import Testing

/// The statistics read each hand-over's sector, for the quality report's hand-overs per sector.
@Suite("Store: the statistics' hand-overs carry their sector")
struct HandoverSectorStatisticsStoreTests {
    @Test("Two hand-overs to two sectors come back in the statistics input with their sectors", arguments: Backends.all)
    func sectors(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let now = Timestamp.parse("2026-11-23T10:00:00+01:00")!
        _ = try store.save(contact("2026-11-23T09:00:00+01:00", resolution: .forwarded(to: "social", reason: .needsCaseOfficer)), now: now)
        _ = try store.save(contact("2026-11-23T09:30:00+01:00", resolution: .forwarded(to: "teknik", reason: .couldNotAnswer)), now: now)
        let day = LocalDay("2026-11-23")!
        let input = try store.statisticsInput(from: day, through: day, includingOperators: false)
        #expect(input.handovers.timelines.map(\.sector).sorted() == ["social", "teknik"], "\(backend)")
    }
}
