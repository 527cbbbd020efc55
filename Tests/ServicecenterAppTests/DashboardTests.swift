import Foundation
import GRDB
import Testing
import TestSupport
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

/// The wallboard as a supervisor sees it, from a fixed day of figures.
@Suite("Dashboard")
struct DashboardTests {
    static let zone = DeskFixtures.zone
    static let now = DeskFixtures.now
    static var supervisor: Operator { Operator(user: "maria", name: "Maria Nilsson", role: .supervisor) }

    static func at(_ text: String) -> Date { Timestamp.parse("2026-11-23T\(text)+01:00")! }

    static func call(_ id: String, _ channel: Channel, offered: String, answered: String? = nil, abandoned: String? = nil) -> QueueCall {
        var call = QueueCall(QueueEvent(at: at(offered), channel: channel, kind: .offered, callID: id))
        if let answered { call.apply(QueueEvent(at: at(answered), channel: channel, kind: .answered, callID: id, operatorUser: "anna")) }
        if let abandoned { call.apply(QueueEvent(at: at(abandoned), channel: channel, kind: .abandoned, callID: id)) }
        return call
    }

    /// A morning: phone mostly on target with one long abandon, two visitors waiting, an incident.
    static var live: LiveDay {
        var live = LiveDay(day: LocalDay(now, in: zone))
        live.calls = [
            call("p1", .phone, offered: "08:10:00", answered: "08:10:20"),
            call("p2", .phone, offered: "08:20:00", answered: "08:20:40"),
            call("p3", .phone, offered: "09:05:00", answered: "09:06:30"),
            call("p4", .phone, offered: "09:10:00", abandoned: "09:13:00"),
            call("p5", .phone, offered: "09:20:00", answered: "09:20:30"),
            call("b1", .visit, offered: "09:25:00"),
            call("b2", .visit, offered: "09:38:00"),
            call("d1", .digital, offered: "08:00:00", answered: "08:40:00"),
        ]
        var phone = ChannelContacts()
        phone.contacts = 12
        phone.resolved = 9
        phone.byHour[8] = 5
        phone.byHour[9] = 7
        var visit = ChannelContacts()
        visit.contacts = 4
        visit.resolved = 3
        visit.byHour[9] = 4
        live.contacts = [.phone: phone, .visit: visit]
        var average = [Double](repeating: 0, count: 24)
        average[8] = 6
        average[9] = 8
        average[10] = 9
        live.weekdayAverage = [.phone: average]
        live.staff = [
            OperatorPresence(user: "anna", status: .inContact, channel: .phone, station: "Telefon", since: at("09:38:30")),
            OperatorPresence(user: "erik", status: .paused, channel: .visit, station: "Besök disk 2", since: at("09:30:00")),
        ]
        live.overdueBySector = [(sector: "teknik", overdue: 4), (sector: "forskola", overdue: 1)]
        live.incidents = [Incident(id: 1, tag: "vattenlacka", title: "Vattenläcka i Adolfsberg", message: "Koka vattnet",
                                   startedAt: at("08:30:00"), startedBy: "maria")]
        live.incidentContacts = ["vattenlacka": 3]
        return live
    }

    static func model(size: Size = Size(width: 80, height: 24), viewer: Operator = supervisor, language: Language = .swedish) -> DashboardModel {
        var model = DashboardModel(configuration: DeskFixtures.configuration, viewer: viewer, text: dashboardStrings(for: language), now: now, size: size)
        _ = model.start()
        model.update(.loaded(live))
        return model
    }

    @Test("80×24 shows the essentials: the channels against target, the hours, staff, overdue and the incident")
    func essentials() {
        let lines = Self.model().view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "dashboard-80x24")
        let screen = lines.joined(separator: "\n")
        // Phone: p1, p2 and p5 within 60 s; p3 (90 s) and p4 (abandoned after 180 s) missed → 3 of 5 = 60 %.
        #expect(screen.contains("✗ 60,0 %"))
        #expect(screen.contains("DRIFTSTÖRNING: Vattenläcka i Adolfsberg · 3 kontakter idag"))
        #expect(screen.contains("Paus"))
        #expect(screen.contains("Tekniska förvaltningen"))
    }

    @Test("A wall screen shows more: every column, the scale and the evenness per channel")
    func wallScreen() {
        let lines = Self.model(size: Size(width: 160, height: 48), language: .english).view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "dashboard-160x48-en")
        #expect(lines.joined().contains("1 of 2 hours on target · worst 09–10 (33.3%)"))
    }

    @Test("Below the smallest size the board says what it needs; in ASCII the symbols stay readable")
    func smallAndASCII() {
        #expect(Self.model(size: Size(width: 50, height: 10)).view(theme: .monochrome).lines().joined().contains("minst 60×16"))
        let ascii = Self.model().view(theme: .monochrome, glyphs: .ascii).lines().joined(separator: "\n")
        #expect(ascii.contains("x 60,0 %"))
    }

    @Test("I opens the incident form, Enter starts it; E asks before ending; guides cannot do either")
    func incidentKeys() {
        var model = Self.model()
        model.update(.key(.character("i")))
        #expect(model.focus == .incidentTitle)
        #expect(model.update(.key(.enter)).isEmpty, "no title, nothing started")
        for character in "Strömavbrott" { model.update(.key(.character(character))) }
        model.update(.key(.tab))
        for character in "Elen är tillbaka kl 14" { model.update(.key(.character(character))) }
        #expect(model.view(theme: .monochrome).lines().joined().contains("Att säga till medborgarna"))
        #expect(model.update(.key(.enter)) == [.startIncident(title: "Strömavbrott", message: "Elen är tillbaka kl 14")])
        #expect(model.focus == .board)

        model.update(.key(.character("e")))
        #expect(model.focus == .confirmEnd)
        #expect(model.view(theme: .monochrome).lines().joined().contains("Avsluta driftstörningen \"Vattenläcka i Adolfsberg\"?"))
        #expect(model.update(.key(.character("n"))).isEmpty)
        model.update(.key(.character("e")))
        #expect(model.update(.key(.character("j"))) == [.endIncident(id: 1)])

        var guide = Self.model(viewer: Operator(user: "anna", name: "Anna", role: .guide))
        guide.update(.key(.character("i")))
        #expect(guide.focus == .board)
        #expect(!guide.view(theme: .monochrome).lines().joined().contains("Paus"), "no per-person status for guides")
    }

    @Test("A failed read keeps the last figures up and says why; midnight asks for a new day")
    func staleAndMidnight() {
        var model = Self.model()
        model.update(.loadFailed(.locked(database: "/x.sqlite", waitedMilliseconds: 5000)))
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(screen.contains("Visar senast lästa siffror"))
        #expect(screen.contains("✗ 60,0 %"))
        #expect(model.update(.tick(Self.now.addingTimeInterval(60))).isEmpty)
        let midnight = Self.at("23:59:59").addingTimeInterval(2)
        #expect(model.update(.tick(midnight)) == [.reload, .loadPlan(LocalDay(midnight, in: Self.zone))])
    }

    @Test("Another process holding the write lock: the board keeps reading; an incident start says it is locked, then works")
    func survivesALock() throws {
        let path = TemporaryFolders.make("sc-dash-lock").appendingPathComponent("db.sqlite").path
        let store = try SQLiteStore(path: path, zone: Self.zone, busyTimeoutMilliseconds: 50)
        _ = try store.takeTicket(channel: .visit, service: nil, now: Self.now)
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let runner = ProgramFixtures.dashboard(store: store, backend: backend)
        runner.start()
        #expect(runner.model.live?.calls.count == 1)

        // A long import, say: another connection holds the write lock with a change not yet committed.
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO incident (tag, title, message, started_at, started_by) VALUES ('x', 'X', '', '2026-11-23T08:00:00Z', 'admin')")
            #expect(try store.liveDay(LocalDay(Self.now, in: Self.zone)).calls.count == 1, "WAL readers are not blocked")
            runner.receive(.key(.character("i")))
            for character in "Strömavbrott" { runner.receive(.key(.character(character))) }
            runner.receive(.key(.enter))
            #expect(runner.model.notice?.kind == .error)
            #expect(runner.model.notice?.text.contains("låst av en annan process") == true)
            #expect(runner.model.live?.calls.count == 1, "the figures stay up")
            #expect(runner.model.focus == .incidentTitle && runner.model.incidentTitle.text == "Strömavbrott", "nothing typed is lost")
            try db.execute(sql: "COMMIT")
        }
        runner.pollStore()
        #expect(runner.model.live?.incidents.map(\.title) == ["X"])
        runner.receive(.key(.enter))
        #expect(runner.model.live?.incidents.map(\.title) == ["Strömavbrott", "X"])
        #expect(runner.model.incidentTitle.text.isEmpty)
    }

    @Test("The program reads the day at the start, then again only when another process wrote")
    func runnerWatchesChanges() throws {
        let store = try ScriptedStore(zone: Self.zone)
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let runner = ProgramFixtures.dashboard(store: store, backend: backend)
        runner.start()
        #expect(store.count(.liveDay) == 1)
        runner.pollStore()
        #expect(store.count(.liveDay) == 1, "nothing changed, nothing read")
        let other = try SQLiteStore(path: store.path, zone: Self.zone)
        _ = try other.takeTicket(channel: .visit, service: nil, now: Self.now)
        runner.pollStore()
        #expect(store.count(.liveDay) == 2)
        #expect(runner.model.live?.calls.count == 1)
    }

    @Test("A failed read of the day is tried again at the next look, not only after the next change")
    func failedReadIsRetried() throws {
        let store = try ScriptedStore(zone: Self.zone)
        let runner = ProgramFixtures.dashboard(store: store, backend: TestBackend(size: Size(width: 80, height: 24)))
        store.fail(.liveDay, with: store.locked)
        runner.start()
        #expect(runner.model.staleReason != nil)
        store.recover(.liveDay)
        runner.pollStore()
        #expect(store.count(.liveDay) == 2)
        #expect(runner.model.staleReason == nil && runner.model.live != nil)
    }
}

/// An idle wallboard must not cost CPU: it draws when the minute on its clock turns, and
/// every second only while something on it counts seconds.
@Suite("Dashboard: redraws")
struct DashboardRedrawTests {
    func run(waitingTicket: Bool) throws -> TestBackend {
        let path = TemporaryFolders.make("sc-dash-idle").appendingPathComponent("db.sqlite").path
        let store = try SQLiteStore(path: path, zone: DashboardTests.zone)
        if waitingTicket { _ = try store.takeTicket(channel: .visit, service: nil, now: DashboardTests.now) }
        // Two simulated minutes from 09:41:00, and the half second it takes to draw the last.
        let clock = SimulatedClock(from: DashboardTests.now, for: 120.5)
        let backend = clock.backend(size: Size(width: 100, height: 30))
        let runner = ProgramFixtures.dashboard(store: store, backend: backend, clock: { clock.now }, signals: ProgramSignals(stop: { clock.stopWhenDone }))
        #expect(runner.run() == 128 + SIGTERM)
        return backend
    }

    @Test("Nobody waiting and nobody on duty: one draw per minute, and the clock still turns")
    func idleBoard() throws {
        let backend = try run(waitingTicket: false)
        #expect(backend.drawCount == 3, "the first picture, then 09:42 and 09:43")
        #expect(backend.drawn?.lines().first?.contains("09:43") == true)
    }

    @Test("A citizen waiting: the wait grows on screen every second")
    func waitingCitizen() throws {
        let backend = try run(waitingTicket: true)
        #expect(backend.drawCount >= 120)
        #expect(backend.drawn?.lines().contains { $0.contains("2:00") } == true, "the longest wait after two minutes")
    }
}
