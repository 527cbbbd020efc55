import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// The hand-over carries the matter and the call-back details to the sector (issue 18): kept
/// on the hand-over, the matter masked like a note, the contact's note untouched by either.
@Suite("Store: a hand-over's matter and call-back")
struct HandoverCaseStoreTests {
    let path = temporaryDatabase()
    let now = Timestamp.parse("2026-04-02T10:05:00+02:00")!

    func forwarded(matter: String?, callback: Callback?, to sector: String = "teknik") -> Contact {
        var contact = contact("2026-04-02T10:00:00+02:00", resolution: .forwarded(to: sector, reason: .needsCaseOfficer))
        contact.matter = matter
        contact.callback = callback
        return contact
    }

    @Test("Saved and read back on the hand-over; the personnummer in the matter masked, the number kept")
    func roundTrip() throws {
        let store = try HandoverStoreTests.store(at: path)
        let callback = Callback(phone: "070-123 45 67", email: "anna@example.se", preferredTime: "förmiddag")
        let contactID = try store.save(forwarded(matter: "Gäller 811218-9876: vill veta beslutet", callback: callback), now: now).id
        let handover = try #require(try store.handovers().first)
        #expect(handover.contactID == contactID)
        #expect(handover.callback == callback)
        let matter = try #require(handover.matter)
        #expect(matter.hasPrefix("Gäller 811218-****") && matter.hasSuffix("vill veta beslutet"))
        #expect(try store.handover(handover.id) == handover)
        let note = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "SELECT note FROM contact WHERE id = ?", arguments: [contactID]) }
        #expect(note == nil)
    }

    @Test("A hand-over without call-back details reads as none, not an empty one")
    func noCallback() throws {
        let store = try HandoverStoreTests.store(at: path)
        _ = try store.save(forwarded(matter: "Fråga om taxa", callback: nil), now: now).id
        let handover = try #require(try store.handovers().first)
        #expect(handover.callback == nil)
        #expect(handover.matter == "Fråga om taxa")
    }

    @Test("Correcting the contact: the same sector's hand-over takes the new matter and number; a new sector's gets them")
    func correction() throws {
        let store = try HandoverStoreTests.store(at: path)
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

    @Test("The hand-over a contact made is its newest open one: none once a correction made the contact resolved")
    func madeByContact() throws {
        let store = try HandoverStoreTests.store(at: path)
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

    @Test("A database at v14 with a hand-over opens, gains the columns, and its hand-over reads with no matter or call-back")
    func migration() throws {
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v14 catalogue gaps counted per word")
        try old.close()
        _ = try HandoverStoreTests.store(at: path).save(forwarded(matter: nil, callback: nil), now: now)
        let store = try HandoverStoreTests.store(at: path)
        let columns = try DatabaseQueue(path: path).read { try $0.columns(in: "handover").map(\.name) }
        #expect(Set(["matter", "callback_phone", "callback_email", "callback_time"]).isSubset(of: Set(columns)))
        let handover = try #require(try store.handovers().first)
        #expect(handover.matter == nil && handover.callback == nil)
    }
}
