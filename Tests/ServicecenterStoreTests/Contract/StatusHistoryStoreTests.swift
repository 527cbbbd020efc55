import Foundation
import ServicecenterCore
import Testing

/// Every status change is kept (who was on which channel when), and the live day carries the
/// day's changes and each guide's contacts: both backends alike.
@Suite("Store: the status history and the guides' day")
struct StatusHistoryStoreTests {
    let monday = LocalDay("2026-11-23")!

    @Test("setStatus appends a change when the status or channel changes, not for a station alone", arguments: Backends.all)
    func changesKept(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        try store.setStatus(of: "anna", to: .available, channel: .phone, station: "Disk 1", now: at("09:00:00"))
        try store.setStatus(of: "anna", to: .available, channel: .phone, station: "Disk 2", now: at("09:05:00"))
        try store.setStatus(of: "anna", to: .paused, channel: .phone, station: nil, now: at("09:10:00"))
        try store.setStatus(of: "anna", to: .available, channel: .visit, station: nil, now: at("09:20:00"))
        try store.setStatus(of: "bo", to: .available, channel: .phone, station: nil, now: at("09:15:00"))
        try store.setStatus(of: "bo", to: .available, channel: .phone, station: nil, now: Timestamp.parse("2026-11-24T09:00:00+01:00")!)
        let changes = try store.liveDay(monday).statusChanges
        #expect(changes.map(\.user) == ["anna", "anna", "bo", "anna"])
        #expect(changes.map(\.status) == [.available, .paused, .available, .available])
        #expect(changes.map(\.channel) == [.phone, .phone, .phone, .visit])
        #expect(changes.map(\.since) == [at("09:00:00"), at("09:10:00"), at("09:15:00"), at("09:20:00")])
        #expect(changes.allSatisfy { $0.station == nil }, "the station is free text and not kept in the history")
        // Bo's repeat the next day is no change (same status and channel): nothing on Tuesday.
        #expect(try store.liveDay(LocalDay("2026-11-24")!).statusChanges.isEmpty)
        // The staffing review reads the changes alone, without the rest of the live day.
        #expect(try store.statusChanges(on: monday) == changes)
        #expect(try store.statusChanges(on: LocalDay("2026-11-24")!).isEmpty)
        // Who was on the phone 09:00–09:30 by the history: anna (until 09:20, paused counts not) and bo.
        let logged = StaffingReview(
            plan: StaffingPlan(day: monday, intervals: [StaffingInterval(channel: .phone, start: at("09:00:00"), end: at("09:30:00"))]),
            contacts: [], calls: [], targets: Targets(), statusChanges: changes)
        #expect(logged.rows.first?.loggedIn == 2)
    }

    @Test("The live day has each guide's contacts, resolved and handling time", arguments: Backends.all)
    func guides(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        _ = try store.save(contact())
        _ = try store.save(contact("2026-11-23T10:00:00+01:00", minutes: 5, resolution: .referred(to: Referral(destination: "forsakringskassan"))))
        _ = try store.save(contact("2026-11-24T10:00:00+01:00"))
        let guides = try store.liveDay(monday).guides
        #expect(guides == [GuideDay(user: "anna", contacts: 2, resolved: 1, handlingSeconds: 480)])
        #expect(try store.liveDay(LocalDay("2026-11-22")!).guides.isEmpty)
    }
}
