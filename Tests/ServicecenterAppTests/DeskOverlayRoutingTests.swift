import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// An overlay over the desk's form has the keys while it is open, and only it: nothing typed
/// there reaches the field behind it. Closing it leaves the form's step where it was, with what
/// was typed in it.
@Suite("Desk overlays take the keys")
struct DeskOverlayRoutingTests {
    @Test("Typing in the sector search goes to the search only; Esc empties it, Esc again gives the matter field its keys back")
    func sectorSearch() {
        var model = DeskForwardingTests.atMatter()
        model.type("Inglasad altan")
        model.press(.control("g"))
        model.type("tekn")
        #expect(model.sectorChoice?.query.text == "tekn")
        #expect(model.handover.matter.text == "Inglasad altan" && model.form?.matter == "Inglasad altan", "the matter behind took nothing")
        model.press(.escape)
        #expect(model.focus == .sectorChoice && model.sectorChoice?.query.text == "")
        model.press(.escape)
        #expect(model.sectorChoice == nil && model.focus == .forwarding && model.handover.field == .matter)
        model.type("!")
        #expect(model.handover.matter.text == "Inglasad altan!")
    }

    @Test("Digits in the repeat picker go to its id field, not the note behind; Esc closes it at the outcome")
    func repeatPicker() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .function(6))
        model.type("Ringer om tunnan")
        model.press(.control("r"))
        #expect(model.focus == .repeatLink)
        model.type("42")
        #expect(model.repeatPicker?.input.text == "42")
        #expect(model.note.text == "Ringer om tunnan" && model.form?.note == "Ringer om tunnan")
        model.press(.escape)
        #expect(model.repeatPicker == nil && model.focus == .outcome && model.note.text == "Ringer om tunnan")
    }

    @Test("The help over the hand-over list takes the key that closes it (no filter changes); Esc then closes the list, back at the note")
    func helpOverTheBoard() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .function(6))
        model.type("Hej")
        model.press(.function(7))
        model.update(.handoversLoaded([]))
        #expect(model.focus == .handovers)
        model.press(.function(1))
        #expect(model.helpVisible && model.focus == .handovers)
        model.press(.character("s"))
        #expect(!model.helpVisible && model.focus == .handovers && model.board.sector == nil, "the s only closed the help")
        model.press(.escape)
        #expect(model.focus == .note && model.note.text == "Hej")
    }

    @Test("F3 over an open contact: a digit chooses a station, not text; Esc or a choice returns to the contact's search")
    func stationPicker() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.function(3))
        #expect(model.focus == .station && model.stationPicker?.selection == 0)
        model.press(.escape)
        #expect(model.focus == .search && model.search.text == "sopor")
        model.press(.function(3))
        model.type("2")
        #expect(model.station == Station(channel: .visit, desk: 1) && model.stationPicker == nil)
        #expect(model.focus == .search && model.search.text == "sopor" && model.form?.channel == .visit)
    }

    @Test("The queue list's own update answers what the desk does: Enter calls the highlighted ticket, Esc closes")
    func ticketListUpdate() {
        var list = TicketList()
        list.show([DeskQueueTests.calledTicket()])
        #expect(list.update(.down) == .none && list.selection == 0, "one ticket: the selection stays on it")
        #expect(list.update(.enter) == .call(DeskQueueTests.calledTicket().ticket ?? ""))
        #expect(list.update(.escape) == .close)
        #expect(list.update(.function(9)) == .desk(.save))
    }
}
