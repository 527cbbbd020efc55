import Foundation
import ServicecenterCore
import Testing

/// The wallboard's counts per day, channel and hour are kept as contacts are written (not
/// counted on each refresh); whatever a backend keeps, they must agree with the contacts.
@Suite("Store: the live day's counts agree with the contacts")
struct LiveDayCountsTests {
    /// Each channel's contacts on `day`, counted from the contacts themselves.
    func counted(_ store: any Store, on day: LocalDay) throws -> [Channel: ChannelContacts] {
        var counts: [Channel: ChannelContacts] = [:]
        for contact in try store.contacts(from: day, through: day) {
            counts[contact.channel, default: ChannelContacts()].contacts += 1
            if contact.resolution == .resolved { counts[contact.channel, default: ChannelContacts()].resolved += 1 }
            counts[contact.channel, default: ChannelContacts()].byHour[localHour(of: contact.startedAt, in: stockholm)] += 1
        }
        return counts
    }

    /// Both days' live counts against the counted ones.
    func expectAgree(_ store: any Store, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for day in [LocalDay("2026-11-23")!, LocalDay("2026-11-24")!] {
            let kept = try store.liveDay(day).contacts.filter { $0.value.contacts > 0 }
            #expect(kept == (try counted(store, on: day)), "\(day)", sourceLocation: sourceLocation)
        }
    }

    @Test("Saves, an import and corrections of channel, time and outcome keep the counts exact", arguments: Backends.all)
    func keptExact(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        _ = try store.save(contact()).id
        _ = try store.save(contact("2026-11-23T09:30:00+01:00", resolution: .referred(to: Referral(destination: "forsakringskassan")))).id
        _ = try store.importContacts([
            contact("2026-11-23T14:10:00+01:00", channel: .visit, externalID: "a"),
            contact("2026-11-24T08:05:00+01:00", channel: .digital, externalID: "b"),
        ])
        try expectAgree(store)
        let day = LocalDay("2026-11-23")!
        #expect(try store.liveDay(day).contacts[.phone].map { [$0.contacts, $0.resolved, $0.byHour[9]] } == [2, 1, 2])

        // The guide corrects the first contact: another channel, an hour later, forwarded.
        var first = try store.contacts(from: day, through: day)[0]
        first.channel = .visit
        first.startedAt = first.startedAt.addingTimeInterval(3600)
        first.endedAt = first.endedAt.addingTimeInterval(3600)
        first.resolution = .forwarded(to: "social", reason: .needsCaseOfficer)
        try store.update(first, by: "anna")
        try expectAgree(store)
        let live = try store.liveDay(day)
        #expect(live.contacts[.phone]?.contacts == 1 && live.contacts[.phone]?.resolved == 0, "the phone hour lost the corrected contact")
        #expect(live.contacts[.visit]?.byHour[10] == 1 && live.contacts[.visit]?.byHour[14] == 1)
    }
}
