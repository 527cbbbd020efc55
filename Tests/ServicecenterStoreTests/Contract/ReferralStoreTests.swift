import Foundation
import ServicecenterCore
import Testing

/// A referral in the store: the destination id (a figure, kept) and annan's words (free text:
/// masked, purged), and the free text of databases from before destinations, migrated in v16.
@Suite("Store: referral destinations")
struct ReferralStoreTests {

    @Test("A destination and annan's words come back as saved; the words are masked, the id is not", arguments: Backends.all)
    func roundTrip(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let csn = try store.save(contact("2026-11-23T09:00:00+01:00", resolution: .referred(to: Referral(destination: "csn")))).id
        let other = try store.save(contact("2026-11-23T09:10:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden, ring 070-123 45 67")))).id
        let none = try store.save(contact("2026-11-23T09:20:00+01:00", resolution: .referred(to: nil))).id
        let day = LocalDay("2026-11-23")!
        let back = Dictionary(uniqueKeysWithValues: try store.contacts(from: day, through: day).map { ($0.id!, $0.resolution) })
        #expect(back[csn] == .referred(to: Referral(destination: "csn")))
        #expect(back[other] == .referred(to: Referral(destination: "annan", text: "Hyresnämnden, ring 070-*** ** **")))
        #expect(back[none] == .referred(to: nil))
        // Statistics read the destination (a figure) but never the words.
        let input = try store.statisticsInput(from: day, through: day, includingOperators: false)
        #expect(input.contacts.map(\.resolution).contains(.referred(to: Referral(destination: "annan"))))
        #expect(input.contacts.map(\.resolution).contains(.referred(to: Referral(destination: "csn"))))
        // A correction to another destination drops the words.
        var edited = contact("2026-11-23T09:10:00+01:00", resolution: .referred(to: Referral(destination: "polisen")))
        edited.id = other
        try store.update(edited)
        #expect(try store.contact(id: other)?.resolution == .referred(to: Referral(destination: "polisen")))
    }

    @Test("Purge clears annan's words and keeps every destination, so the figures stay", arguments: Backends.all)
    func purge(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        _ = try store.save(contact("2025-01-10T09:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))).id
        _ = try store.save(contact("2025-01-10T09:10:00+01:00", resolution: .referred(to: Referral(destination: "skatteverket")))).id
        let outcome = try store.purgeFreeText(before: LocalDay("2025-06-01")!, dryRun: false, by: "admin")
        #expect(outcome.referrals == 1)
        let day = LocalDay("2025-01-10")!
        #expect(try store.contacts(from: day, through: day).map(\.resolution)
            == [.referred(to: Referral(destination: "annan")), .referred(to: Referral(destination: "skatteverket"))])
    }
}
