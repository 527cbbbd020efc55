import Foundation
import ServicecenterCore
import Testing

@Suite("Store: queues, operator status and incidents")
struct QueueStoreTests {
    let day = LocalDay(year: 2026, month: 11, day: 23)

    @Test("Tickets are numbered per day and channel, called oldest first, and never twice", arguments: Backends.all)
    func tickets(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let first = try store.takeTicket(channel: .visit, service: nil, now: at("09:00:00"))
        let second = try store.takeTicket(channel: .visit, service: "teknik", now: at("09:01:00"))
        let sign = try store.takeTicket(channel: .signLanguage, service: nil, now: at("09:02:00"))
        #expect([first.number, second.number, sign.number] == ["B001", "B002", "T001"])
        #expect(second.ahead == 1 && sign.ahead == 0)
        // The next day starts at 1 again.
        #expect(try store.takeTicket(channel: .visit, service: nil, now: at("09:00:00").addingTimeInterval(86_400)).number == "B001")

        let called = try #require(try store.callNextTicket(channel: .visit, by: "anna", station: "Disk 1", now: at("09:07:30")))
        #expect(called.ticket == "B001" && called.wait == 450 && called.answeredBy == "anna")
        #expect(throws: QueueError.ticketNotWaiting("B001", outcome: .answered, by: "anna")) {
            try store.callTicket("B001", by: "erik", station: nil, now: at("09:08:00"))
        }
        #expect(throws: QueueError.unknownTicket("B099")) { try store.callTicket("b099", by: "erik", station: nil, now: at("09:08:00")) }
        #expect(throws: QueueError.notAHallChannel(.phone)) { try store.takeTicket(channel: .phone, service: nil) }
        #expect(try store.waitingCount(channel: .visit, on: day) == 1)
    }

    @Test("A no-show needs a called ticket; a transfer starts a new leg that keeps number and service", arguments: Backends.all)
    func noShowAndTransfer(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        _ = try store.takeTicket(channel: .visit, service: "teknik", now: at("10:00:00"))
        #expect(throws: QueueError.ticketNotCalled("B001")) { try store.markNoShow("B001", by: "anna", now: at("10:01:00")) }
        _ = try store.callTicket("B001", by: "anna", station: nil, now: at("10:05:00"))
        let moved = try store.transferTicket("B001", to: .signLanguage, service: nil, by: "anna", now: at("10:06:00"))
        #expect(moved.number == "B001" && moved.channel == .signLanguage && moved.service == "teknik")
        let waiting = try store.waitingTickets(channel: nil, on: day)
        #expect(waiting.map(\.callID) == ["ticket:2026-11-23:B001:2"])
        let again = try store.callTicket("B001", by: "sara", station: nil, now: at("10:09:00"))
        #expect(again.channel == .signLanguage && again.wait == 180)
        #expect(try store.markNoShow("B001", by: "sara", now: at("10:12:00")).outcome == .noShow)
        let calls = try store.queueCalls(on: day)
        #expect(calls.count == 2)
        #expect(QueueFigures(calls.filter { $0.channel == .visit }, target: .init(seconds: 600, percent: 80), now: at("11:00:00")).answered == 1)
    }

    @Test("A feed sent twice, out of order, with an unknown call's answer, counts each event once", arguments: Backends.all)
    func feedIdempotence(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let events = [
            QueueEvent(at: at("09:00:50"), channel: .phone, kind: .answered, callID: "c1", operatorUser: "anna"),
            QueueEvent(at: at("09:00:00"), channel: .phone, kind: .offered, callID: "c1"),
            QueueEvent(at: at("09:01:00"), channel: .phone, kind: .offered, callID: "c2"),
            QueueEvent(at: at("09:03:00"), channel: .phone, kind: .abandoned, callID: "c2"),
            QueueEvent(at: at("09:05:00"), channel: .phone, kind: .answered, callID: "ghost", operatorUser: "erik"),
        ]
        #expect(try store.recordQueueEvents(events, now: at("12:00:00")) == ImportOutcome(inserted: 5, alreadyPresent: 0))
        let once = try store.queueCalls(on: day).sorted { $0.callID < $1.callID }
        #expect(try store.recordQueueEvents(events.reversed(), now: at("12:01:00")) == ImportOutcome(inserted: 0, alreadyPresent: 5))
        #expect(try store.queueCalls(on: day).sorted { $0.callID < $1.callID } == once)
        let figures = QueueFigures(once, target: .init(seconds: 60, percent: 80), now: at("12:00:00"))
        #expect(figures.offered == 3 && figures.answered == 2 && figures.abandoned == 1)
        // c1 answered in 50 s; c2 abandoned after 120 s counts against; the ghost has no known wait.
        #expect(figures.serviceLevel == 0.5)
        #expect(figures.averageSpeedOfAnswer == 50)
    }

    @Test("A contact takes its wait from the call it names, or from the call the feed says its guide answered", arguments: Backends.all)
    func contactWaits(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        _ = try store.recordQueueEvents([
            QueueEvent(at: at("09:00:00"), channel: .phone, kind: .offered, callID: "c1"),
            QueueEvent(at: at("09:01:10"), channel: .phone, kind: .answered, callID: "c1", operatorUser: "anna"),
            QueueEvent(at: at("09:10:00"), channel: .phone, kind: .offered, callID: "c2"),
            QueueEvent(at: at("09:10:20"), channel: .phone, kind: .answered, callID: "c2", operatorUser: "erik"),
        ])
        var automatic = contact("2026-11-23T09:01:15+01:00")
        automatic.queueWaitSeconds = nil
        let first = try store.save(automatic).id
        var named = contact("2026-11-23T09:30:00+01:00")
        named.queueWaitSeconds = nil
        named.callID = "c2"
        let second = try store.save(named).id
        var unrelated = contact("2026-11-23T09:40:00+01:00")
        unrelated.queueWaitSeconds = nil
        let third = try store.save(unrelated).id
        let saved = Dictionary(uniqueKeysWithValues: try store.contacts(of: "anna", on: day).map { ($0.id!, $0) })
        #expect(saved[first]?.callID == "c1" && saved[first]?.queueWaitSeconds == 70)
        #expect(saved[second]?.callID == "c2" && saved[second]?.queueWaitSeconds == 20)
        // c1 is taken and c2 was erik's: nothing to link.
        #expect(saved[third]?.callID == nil && saved[third]?.queueWaitSeconds == nil)
    }

    @Test("Status keeps its start when only the place changes; logged-out guides leave the list", arguments: Backends.all)
    func presence(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        try store.setStatus(of: "anna", to: .available, channel: .phone, station: "Telefon", now: at("08:00:00"))
        try store.setStatus(of: "anna", to: .available, channel: .visit, station: "Disk 2", now: at("08:30:00"))
        try store.setStatus(of: "erik", to: .paused, channel: .phone, station: nil, now: at("08:10:00"))
        var staff = try store.presence()
        #expect(staff.map(\.user) == ["anna", "erik"])
        #expect(staff[0].since == at("08:00:00") && staff[0].channel == .visit && staff[0].station == "Disk 2")
        try store.setStatus(of: "erik", to: .loggedOut, channel: nil, station: nil, now: at("09:00:00"))
        staff = try store.presence()
        #expect(staff.map(\.user) == ["anna"])
    }

    @Test("An incident is started once, tagged contacts are counted, and ending it twice names who ended it", arguments: Backends.all)
    func incidents(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let incident = try store.startIncident(title: "  Vattenläcka ", message: "Koka vattnet", by: "maria", now: at("10:00:00"))
        #expect(incident.tag == "vattenlacka" && incident.isActive)
        #expect(throws: QueueError.emptyIncidentTitle) { try store.startIncident(title: " ", message: "", by: "maria") }
        var tagged = contact("2026-11-23T10:05:00+01:00")
        tagged.incident = incident.tag
        _ = try store.save(tagged).id
        let live = try store.liveDay(day)
        #expect(live.incidents.map(\.id) == [incident.id])
        #expect(live.incidentContacts["vattenlacka"] == 1)
        let ended = try store.endIncident(incident.id, by: "maria", now: at("15:00:00"))
        #expect(ended.endedBy == "maria")
        #expect(throws: QueueError.incidentEnded(id: incident.id, by: "maria", at: at("15:00:00"))) {
            try store.endIncident(incident.id, by: "admin")
        }
        #expect(throws: QueueError.unknownIncident(99)) { try store.endIncident(99, by: "admin") }
        #expect(try store.activeIncidents().isEmpty)
        #expect(try store.startIncident(title: "Vattenläcka", message: "", by: "maria").tag == "vattenlacka-2")
    }

    @Test("The live day holds contacts per channel and hour, the weekday average, and overdue hand-overs per sector", arguments: Backends.all)
    func liveDay(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        // Two Mondays before: 4 and 2 phone contacts at 09; today 3.
        for (weeksBack, count) in [(1, 4), (2, 2)] {
            for n in 0..<count {
                let start = day.adding(days: -7 * weeksBack).start(in: stockholm).addingTimeInterval(9 * 3600 + Double(n) * 60)
                _ = try store.save(Contact(startedAt: start, endedAt: start.addingTimeInterval(60), channel: .phone, category: "avfall",
                                           sector: "teknik", resolvable: true, operatorUser: "anna", resolution: .resolved))
            }
        }
        // Forwarded a week ago: overdue by today.
        _ = try store.save(contact("2026-11-16T09:30:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))).id
        for minute in 0..<3 {
            _ = try store.save(contact("2026-11-23T09:0\(minute):00+01:00", resolution: minute == 0 ? .referred(to: Referral(destination: "skatteverket")) : .resolved)).id
        }
        let live = try store.liveDay(day)
        let phone = try #require(live.contacts[.phone])
        #expect(phone.contacts == 3 && phone.resolved == 2 && phone.byHour[9] == 3)
        #expect(live.weekdayAverage[.phone]?[9] == 3.5)
        #expect(live.overdueBySector.map(\.sector) == ["teknik"] && live.overdueBySector.first?.overdue == 1)
    }
}
