import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

/// The desk with queues: calling a ticket, no-shows, status and incidents.
@Suite("Desk: queues, status and incidents")
struct DeskQueueTests {
    static let visitDesk = Station(channel: .visit, desk: 2)

    static func calledTicket(wait: TimeInterval = 450) -> QueueCall {
        var call = QueueCall(QueueEvent(at: DeskFixtures.now.addingTimeInterval(-wait), channel: .visit, kind: .offered,
                                        callID: "ticket:2026-11-23:B042"))
        call.ticket = "B042"
        call.apply(QueueEvent(at: DeskFixtures.now, channel: .visit, kind: .answered, callID: call.callID, operatorUser: "anna"))
        return call
    }

    static let incident = Incident(id: 7, tag: "vattenlacka", title: "Vattenläcka", message: "Koka vattnet",
                                   startedAt: DeskFixtures.now, startedBy: "maria")

    @Test("Ctrl-N calls the next ticket at a hall station; the called ticket opens a contact carrying its wait")
    func callNext() throws {
        var model = DeskFixtures.model(station: Self.visitDesk)
        #expect(model.press(.control("n")) == [.callNextTicket(.visit)])
        #expect(model.status == .available)
        model.update(.ticketCalled(Self.calledTicket()))
        #expect(model.focus == .search && model.status == .inContact)
        #expect(model.form?.ticket == "B042" && model.form?.queueWaitSeconds == 450)
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("B042 väntade 7:30"))
        #expect(screen.contains("B042 kallad till Besök disk 2"))
        #expect(model.press(.control("n")).isEmpty, "a contact is open")
        model.type("bygglov")
        let contact = try #require(model.press(.enter, .enter).savedContact)
        #expect(contact.callID == "ticket:2026-11-23:B042" && contact.queueWaitSeconds == 450)
    }

    @Test("Ctrl-K lists the waiting tickets; Enter calls the highlighted one out of order")
    func outOfOrder() {
        var model = DeskFixtures.model(station: Self.visitDesk)
        #expect(model.press(.control("k")) == [.loadWaitingTickets(.visit)])
        var second = Self.calledTicket()
        second = QueueCall(callID: "ticket:2026-11-23:B043", channel: .visit, firstAt: DeskFixtures.now.addingTimeInterval(-60),
                           service: "teknik", ticket: "B043", offeredAt: DeskFixtures.now.addingTimeInterval(-60))
        var first = second
        first.callID = "ticket:2026-11-23:B042"
        first.ticket = "B042"
        first.service = nil
        first.offeredAt = DeskFixtures.now.addingTimeInterval(-450)
        model.update(.waitingTicketsLoaded([first, second]))
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Kön · Besök · 2 väntar"))
        #expect(screen.contains("B043  09:40  1:00  Tekniska förvaltningen"))
        #expect(model.press(.down, .enter) == [.callTicket("B043")])
        #expect(model.focus == .idle)
        model.update(.queueRefused(.ticketNotWaiting("B043", outcome: .answered, by: "erik")))
        #expect(model.notice?.text == "Kölapp B043 väntar inte längre (kallad av erik).")
    }

    @Test("Phone and digital stations have no tickets to call; nobody waiting is said plainly")
    func noTickets() {
        var phone = DeskFixtures.model()
        #expect(phone.press(.control("n")).isEmpty)
        #expect(phone.notice?.text.contains("kölappar finns för besök och teckenspråk") == true)
        var visit = DeskFixtures.model(station: Self.visitDesk)
        #expect(visit.update(.ticketCalled(nil)) == [.loadLive])
        #expect(visit.form == nil && visit.notice?.text == "Ingen väntar i kön för besök.")
    }

    @Test("Ctrl-X marks the called visitor as a no-show, Enter records it and closes the contact; Ctrl-F asks, Enter moves the ticket")
    func noShowAndTransfer() {
        var model = DeskFixtures.model(station: Self.visitDesk)
        model.update(.ticketCalled(Self.calledTicket()))
        #expect(model.press(.control("x")).draftSaves == 1, "the mark is on the form, and kept with it")
        #expect(model.form?.noShowMarked == true)
        #expect(model.press(.enter) == [.markNoShow(ticket: "B042")])
        #expect(model.update(.ticketChanged("B042 markerad som utebliven.")) == [.deleteDraft, .loadLive])
        #expect(model.form == nil && model.focus == .idle && model.status == .available)
        model.update(.ticketCalled(Self.calledTicket()))
        #expect(model.press(.control("f")).isEmpty, "the first Ctrl-F only asks")
        #expect(model.guards.confirming == .transferTicket)
        #expect(model.press(.enter) == [.transferTicket(ticket: "B042", to: .signLanguage)])
        var walkIn = DeskFixtures.model(station: Self.visitDesk)
        walkIn.type("b")
        #expect(walkIn.press(.control("x")).isEmpty)
        #expect(walkIn.notice?.text == "Kontakten kommer inte från en kölapp.")
    }

    @Test("Ctrl-P steps the chosen status; an open contact keeps the guide in contact")
    func status() {
        var model = DeskFixtures.model()
        model.press(.control("p"))
        #expect(model.status == .afterContact)
        model.press(.control("p"))
        #expect(model.status == .paused)
        #expect(model.view(theme: .monochrome).lines()[0].contains("· Paus"))
        model.type("b")
        #expect(model.status == .inContact)
        model.press(.control("p"))
        #expect(model.status == .inContact && model.notice?.text.contains("Spara (F9)") == true)
        model.press(.escape, .escape)
        #expect(model.status == .paused)
    }

    @Test("An incident shows as a banner; Ctrl-T tags the contact with it and the saved contact carries the tag")
    func incident() throws {
        var model = DeskFixtures.model()
        model.update(.liveLoaded(waiting: 3, incidents: [Self.incident]))
        let screen = model.view(theme: .monochrome).lines()
        #expect(screen[1].contains("DRIFTSTÖRNING: Vattenläcka · Koka vattnet"))
        #expect(screen[2].contains("i kö (Telefon): 3"))
        model.type("bygglov")
        model.press(.control("t"))
        #expect(model.form?.incident == "vattenlacka")
        // A person reads the title (issue 17); the tag is what the contact stores.
        #expect(model.view(theme: .monochrome).lines().joined().contains("störning: Vattenläcka"))
        #expect(model.notice?.text.contains("Vattenläcka") == true)
        let contact = try #require(model.press(.enter, .enter).savedContact)
        #expect(contact.incident == "vattenlacka")
        var untagged = DeskFixtures.model()
        untagged.type("b")
        untagged.press(.control("t"))
        #expect(untagged.form?.incident == nil && untagged.notice?.text == "Ingen pågående driftstörning att koppla till.")
    }

    @Test("Against a real store: the guide's status follows the work and is logged out at the end")
    func runnerStatus() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: Self.visitDesk.storedValue)
        _ = try store.takeTicket(channel: .visit, service: nil, now: DeskFixtures.now.addingTimeInterval(-300))
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let runner = ProgramFixtures.desk(store: store, backend: backend, theme: .monochrome)
        runner.start()
        runner.press(.control("n"))
        #expect(try store.presence().first?.status == .inContact)
        #expect(try store.presence().first?.station == "Besök disk 2")
        runner.type("bygglov")
        runner.press(.enter, .enter)
        let saved = try store.contacts(of: "anna", on: LocalDay(DeskFixtures.now, in: DeskFixtures.zone))
        #expect(saved.first?.queueWaitSeconds == 300 && saved.first?.callID == "ticket:2026-11-23:B001")
        #expect(try store.presence().first?.status == .available)
        backend.keys = [.function(10)]
        #expect(runner.run() == 0)
        #expect(try store.presence().isEmpty, "logged out")
    }
}
