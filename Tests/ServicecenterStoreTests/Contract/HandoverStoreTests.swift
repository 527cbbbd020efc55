import Foundation
import ServicecenterCore
import Testing

@Suite("Store: hand-overs")
struct HandoverStoreTests {
    static let configuration = Configuration(
        sectors: [
            Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2),
            Sector(id: "social", name: "Socialförvaltningen", handoverWorkingDays: 5),
        ],
        categories: [Category(id: "avfall", name: "Avfall", sector: "teknik", resolvable: true)],
        operators: [Operator(user: "anna", name: "Anna", role: .guide)])

    /// Hands forwarded contacts over with this suite's sectors, for every suite whose contacts
    /// need hand-overs.
    static let planner = HandoverPlanner(configuration: configuration)

    /// Forwarded on the Thursday before Easter 2026, 10:00.
    func forwarded(to sector: String = "teknik", externalID: String? = nil) -> Contact {
        contact("2026-04-02T10:00:00+02:00", resolution: .forwarded(to: sector, reason: .needsCaseOfficer), externalID: externalID)
    }

    let easterThursday = Timestamp.parse("2026-04-02T10:05:00+02:00")!

    @Test("A forwarded contact makes a hand-over due in the sector's working days; others make none", arguments: Backends.all)
    func creation(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        let id = try store.save(forwarded(), now: easterThursday).id
        _ = try store.save(contact(), now: easterThursday).id
        let handovers = try store.handovers()
        #expect(handovers.count == 1)
        let handover = try #require(handovers.first)
        #expect(handover.contactID == id)
        #expect(handover.sector == "teknik")
        #expect(handover.dueDate == LocalDay("2026-04-08")) // skips långfredagen and annandag påsk
        #expect(handover.status == .open)
        #expect(handover.category == "avfall")
        #expect(try store.history(of: handover.id).map(\.event) == [.created])
        _ = try store.save(forwarded(to: "social"), now: easterThursday).id
        #expect(try store.handovers(.init(sector: "social")).first?.dueDate == LocalDay("2026-04-13"))
    }

    @Test("E-mail contacts are due in the digital reply target; imports make hand-overs too", arguments: Backends.all)
    func emailAndImport(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        var email = forwarded(externalID: "mail-1")
        email.channel = .digital
        email.medium = .email
        #expect(try store.importContacts([email, forwarded(externalID: "tel-1")], now: easterThursday).inserted == 2)
        #expect(try store.importContacts([email], now: easterThursday).inserted == 0)
        let dueDates = try store.handovers().map(\.dueDate)
        #expect(dueDates == [LocalDay("2026-04-08")!, LocalDay("2026-04-08")!]) // both 2 working days here
        #expect(try store.handovers().count == 2)
    }

    @Test("open → acknowledged → called back → closed, each recorded with who and when; closing twice is refused", arguments: Backends.all)
    func lifecycle(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        _ = try store.save(forwarded(), now: easterThursday).id
        let id = try #require(try store.handovers().first?.id)
        let later = Timestamp.parse("2026-04-07T09:00:00+02:00")!
        #expect(try store.record(.acknowledged, on: id, by: "bygg.anna", now: later).status == .acknowledged)
        #expect(try store.record(.calledBack, on: id, by: "bygg.anna", note: "Ringt 9.15", now: later).status == .calledBack)
        let closed = try store.record(.closed, on: id, by: "bygg.anna", now: later)
        #expect(closed.status == .closed)
        #expect(closed.closedOnTime)
        #expect(throws: HandoverChangeError.notAllowed(id: id, event: .closed, status: .closed, since: later, by: "bygg.anna")) {
            try store.record(.closed, on: id, by: "erik", now: later)
        }
        #expect(try store.record(.reopened, on: id, by: "maria", note: "Medborgaren ringde igen", now: later).status == .open)
        let history = try store.history(of: id)
        #expect(history.map(\.event) == [.created, .acknowledged, .calledBack, .closed, .reopened])
        #expect(history[2].note == "Ringt 9.15")
        #expect(history[4].by == "maria")
        #expect(throws: HandoverChangeError.notFound(id: 999)) { try store.record(.closed, on: 999, by: "x") }
        #expect(try store.handovers(.init(includeClosed: true)).count == 1)
    }

    @Test("Two people closing the same hand-over at once: one closes it, the other is told who did", arguments: Backends.all)
    func concurrentClose(backend: Backend) async throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: Self.planner)
        _ = try store.save(forwarded(), now: easterThursday).id
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            for person in ["anna", "erik"] {
                group.addTask {
                    // Separate connections, as two terminals would have.
                    let own = try database.open()
                    do {
                        try own.record(.closed, on: 1, by: person)
                        return "closed by \(person)"
                    } catch let HandoverChangeError.notAllowed(_, _, status, _, by) {
                        return "refused: \(status.rawValue) by \(by)"
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0.hasPrefix("closed by") }.count == 1)
        let winner = outcomes.first { $0.hasPrefix("closed by") }!.dropFirst("closed by ".count)
        #expect(outcomes.contains("refused: closed by \(winner)"))
        #expect(try store.history(of: 1).filter { $0.event == .closed }.count == 1)
    }

    @Test("Correcting a forwarded contact to resolved closes its hand-over with a note; the reverse makes one", arguments: Backends.all)
    func corrections(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        let id = try store.save(forwarded(), now: easterThursday).id
        var corrected = forwarded()
        corrected.id = id
        corrected.resolution = .resolved
        try store.update(corrected, now: easterThursday)
        #expect(try store.handovers().isEmpty)
        #expect(try store.history(of: 1).last?.note == "Kontakten rättades")
        corrected.resolution = .forwarded(to: "social", reason: .citizenRequest)
        try store.update(corrected, now: easterThursday)
        #expect(try store.handovers().map(\.sector) == ["social"])
        #expect(try store.contacts(from: LocalDay("2026-04-02")!, through: LocalDay("2026-04-02")!).first?.resolution
            == .forwarded(to: "social", reason: .citizenRequest))
    }

    @Test("Figures per sector: made, closed on time and late, open, overdue; overdue lists agree", arguments: Backends.all)
    func figures(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        for _ in 0..<3 { _ = try store.save(forwarded(), now: easterThursday) }
        _ = try store.save(forwarded(to: "social"), now: easterThursday).id
        try store.record(.closed, on: 1, by: "x", now: Timestamp.parse("2026-04-07T10:00:00+02:00")!) // on time
        try store.record(.closed, on: 2, by: "x", now: Timestamp.parse("2026-04-09T10:00:00+02:00")!) // late
        let asOf = LocalDay("2026-04-09")!
        let figures = try store.handoverFigures(from: LocalDay("2026-04-01")!, through: LocalDay("2026-04-30")!, asOf: asOf)
        #expect(figures == [
            HandoverFigures(sector: "social", made: 1, closedOnTime: 0, closedLate: 0, open: 1, overdue: 0),
            HandoverFigures(sector: "teknik", made: 3, closedOnTime: 1, closedLate: 1, open: 1, overdue: 1),
        ])
        let overdue = try store.handovers(.init(overdueOn: asOf))
        #expect(overdue.map(\.id) == [3])
        #expect(overdue.allSatisfy { $0.isOverdue(on: asOf) })
    }

    @Test("Steps that already happened are applied in order with their own times; ones that do not fit are skipped", arguments: Backends.all)
    func applySteps(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: Self.planner)
        _ = try store.save(forwarded(externalID: "demo-1-a"), now: easterThursday).id
        _ = try store.save(forwarded(externalID: "other-a"), now: easterThursday).id
        let demo = try store.handovers(.init(externalIDPrefix: "demo-1-"))
        #expect(demo.map(\.id) == [1])
        let tuesday = Timestamp.parse("2026-04-07T09:00:00+02:00")!
        let applied = try store.apply([
            HandoverStep(handoverID: 1, event: .calledBack, at: tuesday, by: "teknik.handläggare", note: "Ringt upp"),
            HandoverStep(handoverID: 1, event: .closed, at: tuesday.addingTimeInterval(600), by: "teknik.handläggare"),
            HandoverStep(handoverID: 1, event: .acknowledged, at: tuesday.addingTimeInterval(900), by: "x"), // closed: skipped
            HandoverStep(handoverID: 99, event: .closed, at: tuesday, by: "x"), // no such hand-over: skipped
        ])
        #expect(applied == 2)
        let closed = try #require(try store.handover(1))
        #expect(closed.status == .closed && closed.closedOn == LocalDay("2026-04-07") && closed.closedOnTime)
        #expect(try store.history(of: 1).map(\.event) == [.created, .calledBack, .closed])
        #expect(try store.history(of: 1).first?.at == Timestamp.parse("2026-04-02T10:03:00+02:00")) // made when the contact ended
    }
}
