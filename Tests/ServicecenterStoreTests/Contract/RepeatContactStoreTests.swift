import Foundation
import ServicecenterCore
import Testing

@Suite("Store: repeat contacts")
struct RepeatContactStoreTests {

    func repeating(_ earlier: Int64, at start: String) -> Contact {
        var later = contact(start)
        later.repeatOf = earlier
        return later
    }

    @Test("A contact linked to a resolved one within the window counts as a repeat; older or forwarded ones do not", arguments: Backends.all)
    func window(backend: Backend) throws {
        let store = try backend.makeDatabase().open(repeatWindowDays: 14)
        let resolved = try store.save(contact("2026-11-02T09:00:00+01:00")).id
        let forwarded = try store.save(contact("2026-11-02T10:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .couldNotAnswer))).id
        _ = try store.save(repeating(resolved, at: "2026-11-16T09:02:00+01:00")) // 14 days minus a minute after it ended
        _ = try store.save(repeating(resolved, at: "2026-11-16T09:04:00+01:00")) // just outside
        _ = try store.save(repeating(forwarded, at: "2026-11-03T09:00:00+01:00")) // a chase, not a failed resolution
        let later = try store.contacts(from: LocalDay("2026-11-03")!, through: LocalDay("2026-11-16")!)
        #expect(later.map(\.repeatOf) == [forwarded, resolved, resolved])
        #expect(later.map(\.countsAsRepeat) == [false, true, false])
        let summary = ContactSummary(later)
        #expect(summary.repeats == 1)
        #expect(summary.repeatRate == 1.0 / 3.0)
    }

    @Test("A link to a contact that does not exist or is later is refused, and nothing is written", arguments: Backends.all)
    func unknown(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        #expect(throws: StoreError.unknownEarlierContact(id: 42)) {
            try store.save(repeating(42, at: "2026-11-02T09:00:00+01:00"))
        }
        let first = try store.save(contact("2026-11-02T09:00:00+01:00")).id
        #expect(throws: StoreError.unknownEarlierContact(id: first)) {
            try store.save(repeating(first, at: "2026-11-01T09:00:00+01:00"))
        }
        #expect(try store.contacts(from: LocalDay("2026-11-01")!, through: LocalDay("2026-11-30")!).count == 1)
    }

    @Test("Correcting a contact can add the link; the count follows", arguments: Backends.all)
    func correction(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        let first = try store.save(contact("2026-11-02T09:00:00+01:00")).id
        var second = contact("2026-11-03T09:00:00+01:00")
        second.id = try store.save(second).id
        second.repeatOf = first
        try store.update(second)
        let stored = try store.contacts(from: LocalDay("2026-11-03")!, through: LocalDay("2026-11-03")!)
        #expect(stored.first?.countsAsRepeat == true)
    }
}
