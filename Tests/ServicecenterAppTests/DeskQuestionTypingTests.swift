import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: a letter at a question (DeskConfirmation) is no answer: it neither cancels the
/// question nor goes into the field behind it; it hints, and the Enter after it answers nothing.
@Suite("Desk: typing at a question only hints")
struct DeskQuestionTypingTests {
    static func asked(_ question: String) -> DeskModel {
        var model = DeskFixtures.model(station: DeskSafetyTests.visitDesk)
        switch question {
        case "transfer":
            model.update(.ticketCalled(DeskQueueTests.calledTicket()))
            model.type("bygg")
            model.press(.control("f"))
        case "quit":
            model.type("bygg")
            model.press(.function(10))
        case "cancel":
            model.type("bygg")
            model.press(.enter, .function(6))
            model.type("hej")
            model.press(.enter, .escape, .escape, .escape)
        case "discard":
            var draft = ContactForm(startedAt: DeskFixtures.now.addingTimeInterval(-60), channel: .visit, search: "altan")
            draft.categoryID = "bygglov"
            model = DeskFixtures.model(draft: draft)
            model.press(.delete)
        default:
            model.type("sopor")
            model.press(.enter, .function(7))
            model.update(.handoversLoaded([DeskHandoverTests.handover(7, due: "2026-11-25")]))
            model.press(.enter)
        }
        return model
    }

    @Test("At every question a typed word keeps the question, goes nowhere, hints; its Enter answers nothing; Esc still declines",
          arguments: ["transfer", "quit", "cancel", "discard", "callback"])
    func letterKeepsQuestion(question: String) {
        var model = Self.asked(question)
        let confirming = model.guards.confirming
        #expect(confirming != nil)
        let search = model.search.text, note = model.note.text, form = model.form
        #expect(model.type("ab").isEmpty)
        #expect(model.guards.confirming == confirming)
        #expect(model.search.text == search && model.note.text == note, "nothing typed behind the question")
        #expect(model.form == form)
        #expect(model.notice?.text.hasPrefix("Texten var inget svar. ") == true)
        #expect(model.press(.enter).isEmpty, "the Enter ending the word answers nothing")
        #expect(model.guards.confirming == confirming)
        #expect(model.notice?.text.hasPrefix("Enter svarade inte") == true)
        model.press(.escape)
        #expect(model.guards.confirming == nil)
    }

    @Test("At the transfer question, letters then Enter move nothing; a deliberate Enter moves the ticket")
    func transfer() {
        var model = Self.asked("transfer")
        model.type("skatt")
        #expect(model.search.text == "bygg")
        #expect(model.notice?.text == "Texten var inget svar. Flytta B042 till kön för Teckenspråk? Kontakten stängs. Enter: ja · Esc: nej.")
        let screen = model.view(theme: .monochrome).lines().joined(separator: " ")
        #expect(screen.contains("Enter: ja · Esc: nej."), "the question is read whole, not cut off")
        #expect(model.press(.enter).isEmpty)
        #expect(model.press(.enter) == [.transferTicket(ticket: "B042", to: .signLanguage)])
    }
}
