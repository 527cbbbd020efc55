import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

@Suite("Desk: update")
struct DeskUpdateTests {
    @Test("A resolved contact takes two keys after the category word: Enter, Enter")
    func resolvedInTwoKeys() throws {
        var model = DeskFixtures.model()
        #expect(model.focus == .idle)
        model.type("förskla")
        #expect(model.focus == .search)
        #expect(model.categoryList.matches.first?.category.id == "forskoleplats")
        model.update(.tick(DeskFixtures.now.addingTimeInterval(95)))
        let afterWord = [Key.enter, .enter]
        let effects = afterWord.flatMap { model.update(.key($0)) }
        let contact = try #require(effects.savedContact)
        #expect(afterWord.count <= 6)
        #expect(contact.category == "forskoleplats")
        #expect(contact.sector == "forskola")
        #expect(contact.channel == .phone)
        #expect(contact.resolution == .resolved)
        #expect(contact.operatorUser == "anna")
        #expect(contact.handlingSeconds == 95)
        #expect(model.saving)
    }

    @Test("Forwarding needs a reason: 2, then 1–3, then the matter; the sector is the category's")
    func forwarded() throws {
        var model = DeskFixtures.model()
        model.type("altan")
        model.press(.enter, .character("2"))
        #expect(model.focus == .reason)
        #expect(model.press(.enter).savedContact == nil) // Enter is not a reason
        model.press(.character("1"))
        #expect(model.focus == .forwarding && model.handover.field == .matter)
        model.type("Behövs bygglov för altan?")
        model.press(.escape)
        #expect(model.focus == .outcome)
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .forwarded(to: "stadsbyggnad", reason: .needsCaseOfficer))
    }

    @Test("Saving a forwarded contact without a reason asks for it instead")
    func reasonRequired() {
        var model = DeskFixtures.model()
        model.type("altan")
        model.press(.enter, .character("2"), .escape) // back out of the reason without choosing
        #expect(model.form?.resolution == .resolved)
        model.press(.character("2"))
        model.update(.key(.function(9)))
        #expect(model.focus == .reason)
        #expect(model.notice?.kind == .warning)
    }

    @Test("Every change to the form is saved as a draft; moving in the list is not a change")
    func draftsOnEveryChange() {
        var model = DeskFixtures.model()
        #expect(model.type("sop").draftSaves == 3)
        #expect(model.press(.down, .up).draftSaves == 0)
        #expect(model.press(.enter).draftSaves == 1)
        #expect(model.press(.function(4)).draftSaves == 1)
        #expect(model.form?.digitalHelp == true)
        #expect(model.press(.function(6)).draftSaves == 0)
        #expect(model.type("åäö").draftSaves == 3)
        #expect(model.form?.note == "åäö")
    }

    @Test("Esc clears the search, then cancels the contact and its draft")
    func cancel() {
        var model = DeskFixtures.model()
        model.type("bygg")
        model.press(.escape)
        #expect(model.search.text.isEmpty)
        #expect(model.form != nil)
        #expect(model.press(.escape) == [.deleteDraft])
        #expect(model.form == nil)
        #expect(model.focus == .idle)
    }

    @Test("A failed save keeps the form and says why; a good one clears it and lists the contact")
    func saveOutcomes() throws {
        var model = DeskFixtures.model()
        model.type("sopor")
        let contact = try #require(model.press(.enter, .enter).savedContact)
        model.update(.saveFailed(.locked(database: "/tmp/x.sqlite", waitedMilliseconds: 5000)))
        #expect(model.form?.categoryID == "avfall")
        #expect(model.notice?.kind == .error)
        #expect(model.notice?.text.contains("låst") == true)
        #expect(!model.saving)

        #expect(model.press(.enter).savedContact != nil)
        #expect(model.update(.saved(id: 7, contact: contact)) == [], "the contact goes into the list as stored: no re-read")
        #expect(model.form == nil)
        #expect(model.focus == .idle)
        #expect(model.recent.first?.id == 7)
        #expect(model.notice?.text == "Kontakt 7 sparad.")
    }

    @Test("A draft left behind is offered: Enter resumes it where it was; Esc keeps it for later, Delete twice discards it")
    func resume() {
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-60), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        draft.note = "Ringer om altan"
        var model = DeskFixtures.model(draft: draft)
        #expect(model.focus == .resumeOffer)
        model.press(.enter)
        #expect(model.form == draft)
        #expect(model.focus == .outcome)
        #expect(model.note.text == "Ringer om altan")

        var later = DeskFixtures.model(draft: draft)
        #expect(later.press(.escape).isEmpty, "Esc keeps the stored draft")
        #expect(later.form == nil)
        #expect(later.laterDrafts == [draft])

        var declined = DeskFixtures.model(draft: draft)
        #expect(declined.press(.delete).isEmpty, "the first Delete only asks")
        #expect(declined.guards.confirming == .discardDraft)
        #expect(declined.press(.delete) == [.deleteDraft])
        #expect(declined.form == nil)
        #expect(declined.laterDrafts.isEmpty)
    }

    @Test("With no station remembered the shift starts by choosing one; a digit picks it")
    func station() {
        var model = DeskFixtures.model(station: nil)
        #expect(model.focus == .station)
        #expect(model.type("2") == [.rememberStation(Station(channel: .visit, desk: 1)), .loadRecent])
        #expect(model.station == Station(channel: .visit, desk: 1))
        #expect(model.focus == .idle)
        model.press(.function(3), .down, .down, .enter)
        #expect(model.station == Station(channel: .visit, desk: 3))
    }

    @Test("A digital station prefills e-mail; F5 changes the medium")
    func digital() throws {
        var model = DeskFixtures.model(station: Station(channel: .digital))
        model.type("sopor")
        #expect(model.form?.medium == .email)
        model.press(.enter, .function(5))
        #expect(model.form?.medium == .chat)
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.channel == .digital && contact.medium == .chat)
    }

    @Test("F1 and ? show help; ? is text while typing; any key closes help without acting")
    func help() {
        var model = DeskFixtures.model()
        model.press(.character("?"))
        #expect(model.helpVisible)
        model.press(.character("x"))
        #expect(!model.helpVisible)
        #expect(model.form == nil)
        model.type("bygg?")
        #expect(model.search.text == "bygg?")
        model.press(.function(1))
        #expect(model.helpVisible)
        model.press(.enter)
        #expect(model.focus == .search)
    }

    @Test("F8 reopens the last contact within ten minutes; saving updates it")
    func editLast() throws {
        var model = DeskFixtures.model()
        model.recent = [DeskFixtures.contact(id: 12, minutesAgo: 4)]
        model.press(.function(8))
        #expect(model.form?.editingContactID == 12)
        #expect(model.focus == .outcome)
        model.press(.character("3"))
        model.type("csn")
        model.press(.enter)
        let effects = model.press(.enter)
        guard case .updateContact(let updated) = effects.first else {
            Issue.record("expected an update, got \(effects)")
            return
        }
        #expect(updated.id == 12)
        #expect(updated.resolution == .referred(to: Referral(destination: "csn")))

        var late = DeskFixtures.model()
        late.recent = [DeskFixtures.contact(id: 3, minutesAgo: 11)]
        late.press(.function(8))
        #expect(late.form == nil)
        #expect(late.notice?.kind == .warning)
    }

    @Test("Resizing keeps everything typed")
    func resize() {
        var model = DeskFixtures.model()
        model.type("förs")
        model.update(.resized(Size(width: 50, height: 10)))
        model.update(.key(.resize))
        model.update(.resized(Size(width: 200, height: 60)))
        #expect(model.search.text == "förs")
        #expect(model.form?.search == "förs")
        #expect(model.size == Size(width: 200, height: 60))
    }

    @Test("F10 quits at once with nothing open; with a contact open it asks, and the second F10 quits keeping the draft")
    func quit() {
        var idle = DeskFixtures.model()
        #expect(idle.press(.function(10)) == [.quit])
        var model = DeskFixtures.model()
        model.type("bygg")
        #expect(model.press(.function(10)).isEmpty)
        #expect(model.guards.confirming == .quit)
        #expect(model.press(.function(10)) == [.quit])
        #expect(model.form != nil)
    }
}

@Suite("Desk: personal data in the note")
struct DeskPersonalDataTests {
    /// A desk on a store, its station kept, with a note typed for a waste contact.
    func deskWithNote(_ note: String) throws -> (Program<DeskScreen>, ScriptedStore) {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let program = ProgramFixtures.desk(store: store, backend: TestBackend(size: Size(width: 80, height: 24)))
        program.start()
        program.type("sop")
        program.press(.enter, .function(6))
        program.type(note)
        return (program, store)
    }

    @Test("A personnummer typed into the note is saved masked, and the guide is told so")
    func personalIdentityNumberMasked() throws {
        let (program, store) = try deskWithNote("Ringer för 811218-9876 om kärlbyte")
        program.press(.function(9))
        #expect(try Program<DeskScreen>.stored(in: store).map(\.note) == ["Ringer för 811218-**** om kärlbyte"])
        let notice = try #require(program.model.notice)
        #expect(notice.kind == .warning)
        #expect(notice.text.contains("Kontakt 1 sparad."))
        #expect(notice.text == "Kontakt 1 sparad. Personnummer maskerades i anteckningen.")
        #expect(notice.text.count <= 78)
        #expect(program.model.recent.first?.note == "Ringer för 811218-**** om kärlbyte")
    }

    @Test("A note without personal data is saved as typed, with the usual message")
    func plainNote() throws {
        let (program, store) = try deskWithNote("Ringer om kärlbyte, ärende 2026-0412")
        program.press(.function(9))
        #expect(try Program<DeskScreen>.stored(in: store).map(\.note) == ["Ringer om kärlbyte, ärende 2026-0412"])
        #expect(program.model.notice?.kind == .success)
        #expect(program.model.notice?.text == "Kontakt 1 sparad.")
    }
}
