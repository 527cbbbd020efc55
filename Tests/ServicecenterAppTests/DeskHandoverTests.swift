import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

@Suite("Desk: hand-over list and repeat contacts")
struct DeskHandoverTests {
    static func handover(_ id: Int64, due: String, status: HandoverStatus = .open, sector: String = "teknik") -> Handover {
        Handover(
            id: id, contactID: id * 10, sector: sector, reason: .needsCaseOfficer,
            createdAt: Timestamp.parse("2026-11-17T10:00:00+01:00")!, dueDate: LocalDay(due)!, status: status,
            statusAt: Timestamp.parse("2026-11-17T10:00:00+01:00")!, statusBy: "anna", closedOn: nil,
            category: sector == "teknik" ? "avfall" : "bygglov", channel: .phone)
    }

    static let items = [
        handover(7, due: "2026-11-19"), // two working days late on Monday the 23rd
        handover(8, due: "2026-11-25", status: .acknowledged, sector: "stadsbyggnad"),
    ]

    func supervisor() -> DeskModel {
        DeskModel(
            configuration: DeskFixtures.configuration, guide: Operator(user: "maria", name: "Maria", role: .supervisor),
            text: SwedishDeskStrings(), now: DeskFixtures.now, size: Size(width: 80, height: 24), station: Station(channel: .phone),
            draft: nil)
    }

    @Test("F7 lists a guide's own hand-overs; filters reload; all sectors only for supervisors")
    func guideBoard() {
        var model = DeskFixtures.model()
        let opened = model.press(.function(7))
        #expect(model.focus == .handovers)
        #expect(opened == [.loadHandovers(.init(sector: nil, status: .notClosed, overdueOnly: false, madeBy: "anna"))])
        #expect(model.press(.character("o")) == [.loadHandovers(.init(sector: nil, status: .notClosed, overdueOnly: true, madeBy: "anna"))])
        #expect(model.press(.character("t")) == [.loadHandovers(.init(sector: nil, status: .only(.open), overdueOnly: true, madeBy: "anna"))])
        #expect(model.press(.character("s")) == [.loadHandovers(.init(sector: "forskola", status: .only(.open), overdueOnly: true, madeBy: "anna"))])
        #expect(model.press(.character("a")).isEmpty)
        #expect(model.notice?.text == SwedishDeskStrings().onlySupervisorsSeeAll)
        model.press(.function(7))
        #expect(model.focus == .idle)

        var boss = supervisor()
        #expect(boss.press(.function(7)) == [.loadHandovers(.init(sector: nil, status: .notClosed, overdueOnly: false, madeBy: nil))])
        #expect(boss.press(.character("a")) == [.loadHandovers(.init(sector: nil, status: .notClosed, overdueOnly: false, madeBy: "maria"))])
    }

    @Test("Enter asks, Enter again records a callback on the selected hand-over; the outcome is told and the list reloads")
    func callback() {
        var model = supervisor()
        model.press(.function(7))
        model.update(.handoversLoaded(Self.items))
        model.press(.down)
        #expect(model.press(.character("c")).isEmpty, "C is no command: it only hints")
        #expect(model.press(.enter).isEmpty, "the Enter after a stray letter chooses nothing")
        #expect(model.press(.enter).isEmpty, "the first deliberate Enter asks")
        #expect(model.guards.confirming == .callback(handoverID: 8))
        #expect(model.press(.enter) == [.recordCallback(handoverID: 8)])
        var changed = Self.items[1]
        changed.status = .calledBack
        #expect(model.update(.handoverChanged(changed)) == [.loadHandovers(.init(sector: nil, status: .notClosed, overdueOnly: false, madeBy: nil))])
        #expect(model.notice?.text == "Ärende 8: återkoppling till medborgaren registrerad.")
        model.update(.handoverRefused(.notAllowed(id: 8, event: .calledBack, status: .closed, since: DeskFixtures.now, by: "erik")))
        #expect(model.notice?.kind == .warning)
        #expect(model.notice?.text.contains("erik") == true)
        // The selection stays on the same hand-over when the list comes back in another order.
        model.update(.handoversLoaded(Self.items.reversed()))
        #expect(model.board.selectedHandover?.id == 8)
    }

    @Test("The list at 80×24: overdue rows marked with working days late, the selected one's detail below")
    func boardView() {
        var model = supervisor()
        model.press(.function(7))
        model.update(.handoversLoaded(Self.items))
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-handovers-80x24")
        #expect(lines.contains { $0.contains("7  2026-11-19  Öppet") && $0.contains("+2") })
        #expect(lines.contains { $0.contains("FÖRSENAT 2 arbetsdagar") })
    }

    @Test("Ctrl-R links the contact to one of the guide's earlier contacts, same category first; the save carries it")
    func repeatFromRecent() throws {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter)
        #expect(model.press(.control("r")) == [.loadRepeatCandidates])
        #expect(model.focus == .repeatLink)
        model.update(.repeatCandidatesLoaded([
            DeskFixtures.contact(id: 5, minutesAgo: 30), DeskFixtures.contact(id: 4, minutesAgo: 60 * 24 * 3, category: "avfall"),
        ]))
        #expect(model.repeatPicker?.candidates.map(\.id) == [4, 5])
        model.press(.enter)
        #expect(model.form?.repeatOf == 4)
        #expect(model.focus == .outcome)
        #expect(model.view(theme: .monochrome).lines().contains { $0.contains("Återkontakt till 4 (^R") })
        let effects = model.press(.enter)
        guard case .saveContact(let contact) = effects.last else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(contact.repeatOf == 4)
    }

    @Test("Ctrl-R with # and a hand-over id links to that hand-over's contact; an unknown id is told; Ctrl-R again unlinks")
    func repeatByHandoverID() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .control("r"))
        model.type("#7")
        #expect(model.repeatPicker?.input.text == "#7")
        #expect(model.press(.enter) == [.lookUpHandover(7)])
        model.update(.handoverLookedUp(id: 7, nil))
        #expect(model.notice?.text == "Det finns inget ärende med id 7.")
        #expect(model.focus == .repeatLink)
        model.update(.handoverLookedUp(id: 7, Self.items[0]))
        #expect(model.form?.repeatOf == 70)
        model.press(.control("r"))
        #expect(model.form?.repeatOf == nil)
        #expect(model.notice?.text == SwedishDeskStrings().repeatUnlinked)
    }
}
