import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The questions and hints of the desk's safety rules as the guide sees them at 80×24.
@Suite("Desk: questions and hints on screen")
struct DeskSafetyViewTests {
    func atOutcome(_ language: Language = .swedish) -> DeskModel {
        var model = DeskFixtures.model(language: language)
        model.type("sopor")
        // 3 opens the destination search; Enter takes the first (Försäkringskassan) and is back at the outcome.
        model.press(.enter, .character("3"), .enter)
        return model
    }

    @Test("The quit question with a contact open, over the form's hint bar")
    func quitQuestion() {
        var model = atOutcome()
        model.press(.function(10))
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-quit-question-80x24")
        #expect(lines[22].contains("Kontakt öppen: F10 eller Ctrl-C igen avslutar (utkastet sparas) · Esc: stanna."))
    }

    @Test("Letters in the outcome step land in the note, and the line below says so")
    func lettersIntoNote() {
        var model = atOutcome()
        model.type("Skatteverket")
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-letters-into-note-80x24")
        #expect(lines.contains { $0.contains("Anteckning: Skatteverket") })
        #expect(lines.contains { $0.contains("Texten skrivs i anteckningen") })
        #expect(lines.contains { $0.contains("^RÅterkontakt") })
    }

    @Test("A no-show marked on a called ticket's form, in English")
    func noShowMarked() {
        var model = DeskFixtures.model(station: Station(channel: .visit, desk: 1), language: .english)
        model.update(.ticketCalled(DeskQueueTests.calledTicket()))
        model.press(.control("x"))
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-no-show-marked-en-80x24")
        #expect(lines.contains { $0.contains("B042 waited 7:30 · NO-SHOW") })
        #expect(lines.contains { $0.contains("B042 marked no-show: Enter records it and closes · Ctrl-X/Esc undoes.") })
    }

    @Test("A draft set aside waits on the idle screen with the key to bring it back")
    func draftWaiting() {
        var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-600), channel: .phone, search: "altan")
        draft.categoryID = "bygglov"
        var model = DeskFixtures.model(draft: draft)
        model.press(.escape)
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-draft-waiting-80x24")
        #expect(lines.last?.contains("^OUtkast") == true)
    }

    @Test("Every question and hint fits the notice line of an 80-column desk, in both languages, so none ends in …")
    func fitsEightyColumns() {
        for safety in [SwedishDeskSafetyStrings() as any DeskSafetyStrings, EnglishDeskSafetyStrings()] {
            var texts = [safety.quitQuestion, safety.draftSetAside, safety.discardQuestion, safety.draftDiscarded, safety.cancelQuestion,
                         safety.transferQuestion(ticket: "B042", channel: "Teckenspråk"), safety.callbackQuestion(id: 12345),
                         safety.noShowMarked("B042"), safety.noShowUndone("B042"), safety.typingGoesToNote, safety.noDraftWaiting,
                         safety.draftsWaiting(2, category: "Förskoleplats", started: "09:41"), safety.outcomeChosen("Överlämnat"),
                         safety.reasonChosen("Medborgarens val"), safety.backAtOutcome, safety.digitWasText("2", outcome: "Överlämnat")]
            for question in [DeskConfirmation.quit, .discardDraft, .cancelContact, .transferTicket, .callback(handoverID: 1)] {
                texts.append(safety.declined(question))
            }
            for focus in DeskModel.commandSteps {
                texts.append(safety.keysHere(focus))
                texts.append(safety.enterAfterStray(focus))
            }
            for text in texts { #expect(CharacterWidth.of(text) <= 78, "\(text)") }
        }
        // The offer's keys sit inside its frame: 76 columns at 80.
        for text in [SwedishDeskStrings(), EnglishDeskStrings() as any DeskStrings] {
            #expect(CharacterWidth.of(text.resumeHint) <= 74, "\(text.resumeHint)")
        }
    }
}
