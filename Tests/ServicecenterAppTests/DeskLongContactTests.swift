import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore

@Suite("Desk: a contact left open longer than the limit")
struct DeskLongContactTests {
    @Test("Saved with the limit as its handling time, and the guide is told, instead of a save that keeps failing")
    func cappedAndSaid() throws {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        let started = try #require(model.form?.startedAt)
        // Left open over lunch and beyond: five hours later.
        model.update(.tick(DeskFixtures.now.addingTimeInterval(5 * 3600)))
        let contact = try #require(model.press(.enter).savedContact, "\(String(describing: model.notice))")
        #expect(contact.startedAt == started)
        #expect(contact.endedAt == started.addingTimeInterval(240 * 60))
        model.update(.saved(id: 21, contact: contact))
        #expect(model.notice?.kind == .warning)
        #expect(model.notice?.text == "Kontakt 21 sparad. Kontakten var öppen i 300 min; handläggningstiden sparades som gränsen 240 min ([site] max_contact_minutes).")
        #expect(model.cappedOnSave == nil)
    }

    @Test("Within the limit nothing changes: the end is now and the usual message")
    func withinLimit() throws {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        let later = DeskFixtures.now.addingTimeInterval(239 * 60)
        model.update(.tick(later))
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.endedAt == later)
        model.update(.saved(id: 22, contact: contact))
        #expect(model.notice?.text == "Kontakt 22 sparad.")
    }
}
