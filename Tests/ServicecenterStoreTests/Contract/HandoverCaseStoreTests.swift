import Foundation
import ServicecenterCore
import Testing

/// The hand-over carries the matter and the call-back details to the sector (issue 18): kept
/// on the hand-over, the matter masked like a note, the contact's note untouched by either.
@Suite("Store: a hand-over's matter and call-back")
struct HandoverCaseStoreTests {
    let now = Timestamp.parse("2026-04-02T10:05:00+02:00")!

    func forwarded(matter: String?, callback: Callback?, to sector: String = "teknik") -> Contact {
        var contact = contact("2026-04-02T10:00:00+02:00", resolution: .forwarded(to: sector, reason: .needsCaseOfficer))
        contact.matter = matter
        contact.callback = callback
        return contact
    }

    @Test("Saved and read back on the hand-over; the personnummer in the matter masked, the number kept", arguments: Backends.all)
    func roundTrip(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let callback = Callback(phone: "070-123 45 67", email: "anna@example.se", preferredTime: "förmiddag")
        let contactID = try store.save(forwarded(matter: "Gäller 811218-9876: vill veta beslutet", callback: callback), now: now).id
        let handover = try #require(try store.handovers().first)
        #expect(handover.contactID == contactID)
        #expect(handover.callback == callback)
        let matter = try #require(handover.matter)
        #expect(matter.hasPrefix("Gäller 811218-****") && matter.hasSuffix("vill veta beslutet"))
        #expect(try store.handover(handover.id) == handover)
        // The contact's own note is untouched by the matter.
        #expect(try store.contact(id: contactID)?.note == nil)
    }

    @Test("A hand-over without call-back details reads as none, not an empty one", arguments: Backends.all)
    func noCallback(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        _ = try store.save(forwarded(matter: "Fråga om taxa", callback: nil), now: now).id
        let handover = try #require(try store.handovers().first)
        #expect(handover.callback == nil)
        #expect(handover.matter == "Fråga om taxa")
    }

    @Test("Correcting the contact: the same sector's hand-over takes the new matter and number; a new sector's gets them", arguments: Backends.all)
    func correction(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        var contact = forwarded(matter: "Första", callback: Callback(phone: "0701111111"))
        contact.id = try store.save(contact, now: now).id
        contact.matter = "Rättad"
        contact.callback = Callback(phone: "0702222222")
        try store.update(contact, now: now)
        var open = try store.handovers()
        #expect(open.count == 1)
        #expect(open.first?.matter == "Rättad" && open.first?.callback?.phone == "0702222222")
        contact.resolution = .forwarded(to: "social", reason: .needsCaseOfficer)
        contact.matter = "Till social"
        try store.update(contact, now: now)
        open = try store.handovers()
        #expect(open.map(\.sector) == ["social"])
        #expect(open.first?.matter == "Till social" && open.first?.callback?.phone == "0702222222")
    }

    @Test("The hand-over a contact made is its newest open one: none once a correction made the contact resolved", arguments: Backends.all)
    func madeByContact(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        var contact = forwarded(matter: "Första", callback: nil)
        contact.id = try store.save(contact, now: now).id
        let id = try #require(contact.id)
        #expect(try store.handover(madeByContact: id)?.matter == "Första")
        contact.resolution = .forwarded(to: "social", reason: .needsCaseOfficer)
        try store.update(contact, now: now)
        #expect(try store.handover(madeByContact: id)?.sector == "social")
        contact.resolution = .resolved
        contact.matter = nil
        try store.update(contact, now: now)
        #expect(try store.handover(madeByContact: id) == nil)
    }
}
