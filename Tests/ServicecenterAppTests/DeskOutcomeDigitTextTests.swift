import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: digits are the outcome step's commands, but "2 ansökningar" typed there is a note:
/// the digit and what follows it go into the note, the outcome stays what it was, and the guide
/// is told; no typed character is lost.
@Suite("Desk: a digit that begins text in the outcome step is text")
struct DeskOutcomeDigitTextTests {
    func atOutcome() -> DeskModel {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        return model
    }

    @Test("Typing \"2 ansökningar\" keeps the outcome Löst and the whole text in the note; Enter, Enter saves it so",
          arguments: ["2 ansökningar", "1 st kärl", "3, Skatteverket", "25 ansökningar"])
    func digitThenText(typed: String) throws {
        var model = atOutcome()
        model.type(typed)
        #expect(model.form?.resolution == .resolved)
        #expect(model.form?.reason == nil)
        #expect(model.note.text == typed)
        #expect(model.form?.note == typed)
        #expect(model.focus == .note)
        let contact = try #require(model.press(.enter, .enter).savedContact)
        #expect(contact.resolution.kind == .resolved)
        #expect(contact.note == typed)
    }

    @Test("The notice says the digit was text and the outcome stayed")
    func told() {
        var model = atOutcome()
        // After 3 the destination search takes digits ("1177"); once a destination is taken, the outcome step is back.
        model.press(.character("3"), .enter)
        model.type("2 ansökningar")
        #expect(model.form?.resolution == .referred, "the outcome chosen before the digit stays")
        #expect(model.note.text == "2 ansökningar")
        model = atOutcome()
        model.type("2 ")
        #expect(model.notice?.text == "2 var text: den skrivs i anteckningen; utfallet är kvar (Löst).")
    }

    @Test("Deliberate digits stay commands: 2 then 1 forwards with a reason, then the matter; 3 then letters search where it was referred")
    func commandsStay() {
        var model = atOutcome()
        model.press(.character("2"), .character("1"))
        #expect(model.form?.resolution == .forwarded && model.form?.reason != nil)
        model.type("x")
        #expect(model.form?.resolution == .forwarded && model.form?.matter == "x" && model.form?.note == "")
        var referred = atOutcome()
        referred.type("3Skatteverket")
        #expect(referred.form?.resolution == .referred && referred.focus == .referral && referred.form?.note == "")
        referred.press(.enter)
        #expect(referred.form?.referralDestination == "skatteverket" && referred.focus == .outcome)
    }

    @Test("Letters right after 2 go into the note (Överlämnat stays, the reason is asked at the save), none lost")
    func lettersAfterTwo() {
        var model = atOutcome()
        model.press(.character("2"))
        model.type("Skatteverket")
        #expect(model.form?.note == "Skatteverket")
        #expect(model.form?.resolution == .forwarded)
        #expect(model.press(.enter, .enter).savedContact == nil)
        #expect(model.focus == .reason)
        #expect(model.notice?.text == SwedishDeskStrings().chooseReasonFirst)
    }
}
