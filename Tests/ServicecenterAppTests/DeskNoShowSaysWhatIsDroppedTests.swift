import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 17: recording a no-show closes the contact without saving it; when the form holds a
/// note or a category (or a repeat link), the no-show's question says they will not be kept.
@Suite("Desk: the no-show says what it will not keep")
struct DeskNoShowSaysWhatIsDroppedTests {
    func called() -> DeskModel {
        var model = DeskFixtures.model(station: DeskSafetyTests.visitDesk)
        model.update(.ticketCalled(DeskQueueTests.calledTicket()))
        return model
    }

    @Test("With a category and a note, Ctrl-X names both as not kept, on screen and again after a stray key")
    func categoryAndNote() {
        var model = called()
        model.type("bygglov")
        model.press(.enter)
        model.type("Ringer om altan")
        model.press(.enter, .control("x"))
        let expected = "B042 markerad utebliven: Enter registrerar och stänger · Ctrl-X/Esc ångrar."
            + " Sparas inte: anteckningen och ärendetypen (Bygglov)."
        #expect(model.notice?.text == expected)
        let screen = model.view(theme: .monochrome).lines().joined(separator: " ")
        #expect(screen.contains("Sparas inte: anteckningen"))
        model.type("a")
        #expect(model.notice?.text == expected)
        #expect(model.press(.enter).isEmpty)
        #expect(model.press(.enter) == [.markNoShow(ticket: "B042")])
    }

    @Test("With nothing filled in, the question is as before; English names what is dropped too")
    func nothingHeld() {
        var model = called()
        model.press(.control("x"))
        #expect(model.notice?.text == "B042 markerad utebliven: Enter registrerar och stänger · Ctrl-X/Esc ångrar.")
        let english = EnglishDeskSafetyStrings()
        #expect(english.noShowDrops(note: true, category: "Building permit", repeatOf: 4)
            == "Not kept: the note, the category (Building permit) and the link to contact 4.")
        #expect(english.noShowDrops(note: false, category: nil, repeatOf: nil) == "")
    }
}
