import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: no key throws work away, and no typed word changes the record behind the guide's back.
@Suite("Desk: typed words and single keys never change or throw away the record")
struct DeskSafetyTests {
    static let visitDesk = Station(channel: .visit, desk: 1)

    /// A contact with "sopor" chosen, in the outcome step.
    func atOutcome() -> DeskModel {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        return model
    }

    @Test("After 3, typing \"Skatteverket\" searches the destinations, links nothing; Enter takes it, Enter saves it referred there")
    func skatteverket() throws {
        var model = atOutcome()
        model.press(.character("3"))
        #expect(model.notice?.text == "Utfall: Hänvisat.")
        let effects = model.type("Skatteverket")
        #expect(!effects.contains(.loadRepeatCandidates), "r must not open the repeat picker")
        #expect(model.focus == .referral)
        #expect(model.referralPicker.query.text == "Skatteverket", "the word is kept, in the field on screen")
        #expect(model.form?.repeatOf == nil)
        #expect(model.press(.enter).savedContact == nil, "the Enter ending the word saves nothing")
        #expect(model.focus == .outcome)
        #expect(model.notice?.text == "Hänvisat till Skatteverket. Enter sparar.")
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .referred(to: Referral(destination: "skatteverket")))
        #expect(contact.repeatOf == nil)
    }

    @Test("D, M and N are no longer hidden commands in the outcome step: digital help stays off, the letters are kept")
    func oldLetterCommands() {
        var model = atOutcome()
        model.type("dmn")
        #expect(model.form?.digitalHelp == false)
        #expect(model.form?.note == "dmn")
        model.press(.function(4))
        #expect(model.form?.digitalHelp == true, "F4 still toggles it")
    }

    @Test("In the reason step letters only hint (once it has had a key of its own), and the Enter after them chooses nothing")
    func reasonStep() {
        var model = atOutcome()
        model.press(.character("2"))
        #expect(model.focus == .reason)
        // A key that does nothing here: the letters after it are no longer right after the 2.
        model.press(.left)
        #expect(model.type("Skatteverket").isEmpty)
        #expect(model.form?.reason == nil)
        #expect(model.notice?.text.hasPrefix("Välj orsak med 1, 2 eller 3") == true)
        #expect(model.press(.enter).isEmpty)
        #expect(model.notice?.text.hasPrefix("Enter valde ingenting") == true)
        #expect(model.focus == .reason)
        model.press(.character("1"))
        #expect(model.form?.reason == .needsCaseOfficer)
        #expect(model.notice?.text.hasPrefix("Orsak: Handläggarbeslut. Skriv ärendet") == true)
    }

    @Test("The repeat picker: letters hint, the Enter after them links nothing; a deliberate Enter links visibly; Ctrl-R undoes")
    func repeatPicker() {
        var model = atOutcome()
        #expect(model.press(.control("r")) == [.loadRepeatCandidates])
        model.update(.repeatCandidatesLoaded([DeskFixtures.contact(id: 5, minutesAgo: 30)]))
        model.type("Skatteverket")
        #expect(model.press(.enter).isEmpty)
        #expect(model.form?.repeatOf == nil)
        #expect(model.focus == .repeatLink)
        model.press(.enter)
        #expect(model.form?.repeatOf == 5)
        #expect(model.notice?.text.contains("kontakt 5") == true)
        #expect(model.view(theme: .monochrome).lines().contains { $0.contains("Återkontakt till 5 (^R tar bort)") })
        model.press(.control("r"))
        #expect(model.form?.repeatOf == nil)
    }

    @Test("Ctrl-C with a contact open asks; Esc carries on; Ctrl-C twice (key or signal) quits with the draft kept")
    func quitAsks() {
        var model = atOutcome()
        #expect(model.press(.control("c")).isEmpty)
        #expect(model.guards.confirming == .quit)
        #expect(model.notice?.text.hasPrefix("Kontakt öppen: F10 eller Ctrl-C igen") == true)
        #expect(model.press(.escape).isEmpty)
        #expect(model.guards.confirming == nil)
        #expect(model.form != nil && model.focus == .outcome)
        #expect(model.update(.interrupted).isEmpty)
        #expect(model.update(.interrupted) == [.quit])
        #expect(model.draftKeptOnExit == model.form)
        #expect(model.exitNotice?.contains("Utkastet från 09:41 (Avfall och sophämtning) är sparat") == true)
        // With nothing open there is nothing to lose: Ctrl-C quits at once.
        var idle = DeskFixtures.model()
        #expect(idle.update(.interrupted) == [.quit])
        #expect(idle.exitNotice == nil)
    }

    @Test("Ctrl-C as a signal while the help is shown closes the help, so the question is seen")
    func quitOverHelp() {
        var model = atOutcome()
        model.press(.function(1))
        #expect(model.update(.interrupted).isEmpty)
        #expect(!model.helpVisible)
        #expect(model.focus == .outcome)
        #expect(model.view(theme: .monochrome).lines()[22].hasPrefix(" Kontakt öppen: F10 eller Ctrl-C igen"))
    }

    @Test("Typing at the quit question only hints: the question stays, the letters answer nothing, Esc carries on")
    func quitQuestionNotDismissedByTyping() {
        var model = DeskFixtures.model()
        model.type("sop")
        model.press(.function(10))
        #expect(model.type("or").isEmpty)
        #expect(model.guards.confirming == .quit)
        #expect(model.search.text == "sop")
        #expect(model.notice?.text == "Texten var inget svar. " + SwedishDeskSafetyStrings().quitQuestion)
        #expect(model.press(.escape).isEmpty)
        #expect(model.guards.confirming == nil)
        #expect(model.press(.function(10)).isEmpty, "asked again, not quit")
    }

    @Test("Esc at the draft offer keeps it for later: a new contact's drafts carry it, the save puts it back, Ctrl-O offers it")
    func draftForLater() throws {
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-600), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        draft.note = "Ringer om altan"
        var model = DeskFixtures.model(draft: draft)
        model.press(.escape)
        #expect(model.focus == .idle)
        #expect(model.notice?.text.hasPrefix("Utkastet är sparat till senare") == true)
        #expect(model.view(theme: .monochrome).lines().contains { $0.contains("Ett utkast väntar (09:31, Bygglov): Ctrl-O tar fram det.") })
        // A new contact: every draft write holds the one set aside too.
        let effects = model.type("s")
        guard case .saveDraft(let written)? = effects.first else {
            Issue.record("expected a draft save, got \(effects)")
            return
        }
        #expect(written.search == "s")
        #expect(written.setAside == [draft])
        #expect(model.form?.setAside == nil, "the open form itself stays as the guide filled it")
        model.type("opor")
        let contact = try #require(model.press(.enter, .enter).savedContact)
        // The store cleared the draft with the save: the one set aside goes back.
        #expect(model.update(.saved(id: 3, contact: contact)) == [.saveDraft(draft)])
        model.press(.control("o"))
        #expect(model.focus == .resumeOffer)
        #expect(model.offeredDraft == draft)
        model.press(.enter)
        #expect(model.form == draft)
        #expect(model.laterDrafts.isEmpty)
    }

    @Test("A stored draft that carries one set aside starts with both: the open one offered, the other waiting")
    func startWithSetAside() {
        var first = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-900), channel: .phone, search: "förskola")
        first.note = "Kö till förskola"
        var open = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-60), channel: .phone, search: "sop")
        open.setAside = [first]
        let decoded = ContactForm.decoded(open.encoded())
        #expect(decoded == open)
        let model = DeskFixtures.model(draft: decoded)
        var plain = open
        plain.setAside = nil
        #expect(model.offeredDraft == plain)
        #expect(model.laterDrafts == [first])
    }

    @Test("A draft written before these fields decodes as it did")
    func oldDraftDecodes() {
        let old = #"{"startedAt":785579460,"channel":"phone","search":"sop","resolution":"resolved","digitalHelp":false,"note":""}"#
        let form = ContactForm.decoded(old)
        #expect(form?.search == "sop")
        #expect(form?.noShowMarked == nil && form?.setAside == nil)
    }

    @Test("Esc at an empty search: a contact holding a note asks, Delete discards, Esc keeps; an empty one just closes")
    func cancelAsks() {
        var model = atOutcome()
        model.type("Ringer om kärl")
        model.press(.enter, .escape) // back to the search
        model.press(.escape)         // clears the search
        #expect(model.press(.escape).isEmpty)
        #expect(model.guards.confirming == .cancelContact)
        #expect(model.notice?.text.hasPrefix("Kasta kontakten och det som är ifyllt") == true)
        model.press(.escape)
        #expect(model.form?.note == "Ringer om kärl")
        #expect(model.notice?.text == "Kontakten är kvar.")
        model.press(.escape)
        #expect(model.press(.delete) == [.deleteDraft])
        #expect(model.form == nil)

        var empty = DeskFixtures.model()
        empty.type("x")
        empty.press(.escape)
        #expect(empty.press(.escape) == [.deleteDraft], "nothing typed is kept in it: no question")
    }

    @Test("Ctrl-X marks a no-show on the form; Ctrl-X or Esc undo it while the contact is open; letters and their Enter record nothing")
    func noShowUndo() throws {
        var model = DeskFixtures.model(station: Self.visitDesk)
        model.update(.ticketCalled(DeskQueueTests.calledTicket()))
        model.press(.control("x"))
        #expect(model.form?.noShowMarked == true)
        #expect(model.view(theme: .monochrome).lines().contains { $0.contains("UTEBLIVEN") })
        model.press(.control("x"))
        #expect(model.form?.noShowMarked == nil)
        #expect(model.notice?.text == "B042 är inte längre markerad som utebliven.")
        model.press(.control("x"))
        model.press(.escape)
        #expect(model.form?.noShowMarked == nil)
        model.press(.control("x"))
        #expect(model.type("hej").isEmpty)
        #expect(model.press(.enter).isEmpty, "the Enter ending a word records nothing")
        #expect(model.form?.noShowMarked == true)
        #expect(model.press(.enter) == [.markNoShow(ticket: "B042")])
    }

    @Test("Ctrl-F asks before the ticket moves; Esc keeps the contact")
    func transferAsks() {
        var model = DeskFixtures.model(station: Self.visitDesk)
        model.update(.ticketCalled(DeskQueueTests.calledTicket()))
        #expect(model.press(.control("f")).isEmpty)
        #expect(model.notice?.text == "Flytta B042 till kön för Teckenspråk? Kontakten stängs. Enter: ja · Esc: nej.")
        model.press(.escape)
        #expect(model.form?.ticket == "B042")
        #expect(model.notice?.text == "Kölappen flyttades inte.")
    }

    @Test("Letters in the station choice, the queue list and the offer only hint; the Enter after them chooses nothing")
    func listSteps() {
        var station = DeskFixtures.model(station: nil)
        station.type("Skatteverket")
        #expect(station.press(.enter).isEmpty)
        #expect(station.station == nil)
        #expect(station.notice?.text.hasPrefix("Enter valde ingenting") == true)

        var queue = DeskFixtures.model(station: Self.visitDesk)
        queue.press(.control("k"))
        queue.update(.waitingTicketsLoaded([DeskQueueTests.calledTicket()]))
        #expect(queue.type("Anna").isEmpty)
        #expect(queue.press(.enter).isEmpty)
        #expect(queue.focus == .queueList)
        #expect(queue.press(.enter) == [.callTicket("B042")])

        let draft = ContactForm(startedAt: DeskFixtures.now, channel: .phone, search: "altan")
        var offer = DeskFixtures.model(draft: draft)
        offer.type("ja")
        #expect(offer.press(.enter).isEmpty)
        #expect(offer.form == nil && offer.focus == .resumeOffer)
    }

    @Test("English words for the questions")
    func english() {
        var model = DeskFixtures.model(language: .english)
        model.type("sop")
        model.press(.function(10))
        #expect(model.notice?.text.hasPrefix("A contact is open: F10 or Ctrl-C again") == true)
    }
}
