import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: a hint says what the keys do in the step the guide is in, and what it says is true.
@Suite("Desk: hints match the step in focus and tell the truth")
struct DeskHintsMatchStepTests {
    func atOutcome() -> DeskModel {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        return model
    }

    @Test("After a note, Enter goes back to the outcome and the note's hint gives way to the outcome's: the next Enter saves")
    func noteHintReplaced() throws {
        var model = atOutcome()
        model.type("Ringer om kärl")
        #expect(model.notice?.text == "Texten skrivs i anteckningen (Enter: tillbaka till utfallet).")
        model.press(.enter)
        #expect(model.focus == .outcome)
        #expect(model.notice?.text == "Anteckningen är kvar. Utfall: 1 2 3 · Enter sparar kontakten · F6 skriver mer.")
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(!screen.contains("tillbaka till utfallet"))
        #expect(model.press(.enter).savedContact?.note == "Ringer om kärl")
    }

    @Test("Leaving a step clears the hint about its keys (Esc from the repeat picker, the reason step)")
    func stepHintCleared() {
        var model = atOutcome()
        model.press(.control("r"))
        model.type("x")
        #expect(model.notice?.text == SwedishDeskSafetyStrings().keysHere(.repeatLink))
        model.press(.escape)
        #expect(model.focus == .outcome)
        #expect(model.notice == nil)
    }

    @Test("Forwarded without a reason, the way back from the note says Enter asks for the reason")
    func noteBackToForwarded() {
        var model = atOutcome()
        model.press(.character("2"))
        model.type("Skatteverket")
        #expect(model.form?.resolution == .forwarded && model.form?.note == "Skatteverket")
        model.press(.enter)
        #expect(model.focus == .outcome)
        #expect(model.notice?.text == SwedishDeskStrings().chooseReasonFirst)
    }

    @Test("The Enter after a refused word says what the next Enter does, and it does it, in every command step",
          arguments: [DeskModel.Focus.outcome, .reason, .station, .queueList])
    func enterAgainIsTrue(step: DeskModel.Focus) {
        var model: DeskModel
        switch step {
        case .outcome:
            model = atOutcome()
            // Every printable character but a space is the outcome step's (1 2 3, or the note).
            model.type(" ")
        case .reason:
            model = atOutcome()
            model.press(.character("2"), .left)
            model.type("q")
        case .station:
            model = DeskFixtures.model(station: nil)
            model.type("q")
        default:
            model = DeskFixtures.model(station: DeskSafetyTests.visitDesk)
            model.press(.control("k"))
            model.update(.waitingTicketsLoaded([DeskQueueTests.calledTicket()]))
            model.type("q")
        }
        #expect(model.press(.enter).isEmpty)
        let said = model.notice?.text ?? ""
        #expect(said == SwedishDeskSafetyStrings().enterAfterStray(step))
        let next = model.press(.enter)
        switch step {
        case .outcome:
            #expect(said.hasSuffix("Enter igen sparar."))
            #expect(next.savedContact != nil)
        case .reason:
            #expect(!said.contains("Enter igen"), "Enter chooses no reason")
            #expect(next.isEmpty && model.focus == .reason)
        case .station:
            #expect(said.hasSuffix("Enter igen väljer station."))
            #expect(model.station != nil)
        default:
            #expect(said.hasSuffix("Enter igen ropar upp."))
            #expect(next == [.callTicket("B042")])
        }
    }
}
