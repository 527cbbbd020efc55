import Foundation
import ServicecenterCore
import Testing

/// A mail transport that keeps what it was given and fails while told to.
final class RecordingTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    private var failure: String?
    let delay: useconds_t

    init(failing failure: String? = nil, delay: useconds_t = 0) {
        self.failure = failure
        self.delay = delay
    }

    func send(_ message: String) -> String? {
        if delay > 0 { usleep(delay) }
        return lock.withLock {
            if let failure { return failure }
            messages.append(message)
            return nil
        }
    }

    func fail(with reason: String?) { lock.withLock { failure = reason } }
    var sent: [String] { lock.withLock { messages } }
    /// The Message-ID header of each message taken, in order.
    var messageIDs: [String] {
        sent.compactMap { message in
            message.split(separator: "\n").first { $0.hasPrefix("Message-ID: ") }.map { String($0.dropFirst("Message-ID: ".count)) }
        }
    }
}

@Suite("Store: the hand-over outbox")
struct OutboxStoreTests {
    /// A Message-ID without its database token, which is random per database.
    static func plain(_ id: String) -> String {
        id.replacingOccurrences(of: #"\.[0-9a-f]{16}@"#, with: "@", options: .regularExpression)
    }

    @Test("Message-IDs carry the database's own token: the same on every try, different in another database", arguments: Backends.all)
    func messageIDsPerDatabase(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let first = try database.open(planner: Self.planner)
        _ = try first.save(forwarded(), now: now).id
        let id = try #require(try first.outbox().first?.messageID)
        #expect(id.range(of: #"^<handover-1-event-1\.[0-9a-f]{16}@orebro\.se>$"#, options: .regularExpression) != nil, "\(id)")
        #expect(try database.open(planner: Self.planner).outbox().first?.messageID == id, "a store opened again on the same file keeps the token")
        let other = try backend.makeDatabase().open(planner: Self.planner)
        _ = try other.save(forwarded(), now: now).id
        let otherID = try #require(try other.outbox().first?.messageID)
        #expect(Self.plain(otherID) == Self.plain(id) && otherID != id)
    }

    static let configuration: ServicecenterCore.Configuration = {
        var configuration = ServicecenterCore.Configuration(
            sectors: [
                Sector(id: "teknik", name: "Tekniska förvaltningen", handoverWorkingDays: 2, mailbox: "teknik@orebro.se"),
                Sector(id: "social", name: "Socialförvaltningen", handoverWorkingDays: 5),
            ],
            categories: [Category(id: "avfall", name: "Avfall", sector: "teknik", resolvable: true)],
            operators: [Operator(user: "anna", name: "Anna", role: .guide)])
        configuration.delivery = DeliverySettings(from: "servicecenter@orebro.se", maxAttempts: 3)
        return configuration
    }()

    let now = Timestamp.parse("2026-11-24T10:05:00+01:00")!

    static let planner = HandoverPlanner(configuration: configuration)

    /// A store on a new database of `backend`, handing over with this suite's sectors.
    func store(_ backend: Backend) throws -> any Store {
        try backend.makeDatabase().open(planner: Self.planner)
    }

    func forwarded(to sector: String = "teknik", externalID: String? = nil, wait: Int? = 42) -> Contact {
        var made = contact("2026-11-24T10:00:00+01:00", resolution: .forwarded(to: sector, reason: .needsCaseOfficer), externalID: externalID)
        made.queueWaitSeconds = wait
        return made
    }

    func deliver(_ store: any Store, _ transport: RecordingTransport, _ round: DeliveryRound = .afterCommand, at time: Date? = nil) throws -> DeliveryReport {
        try store.deliver(round, configuration: Self.configuration, transport: transport, clock: { time ?? self.now })
    }

    @Test("A hand-over to a sector with a mailbox gets one pending row with a stable Message-ID; one without a mailbox gets none", arguments: Backends.all)
    func written(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.save(forwarded(), now: now).id
        _ = try store.save(forwarded(to: "social"), now: now).id
        _ = try store.save(contact(), now: now).id
        let outbox = try store.outbox()
        try #require(outbox.count == 1)
        #expect(outbox[0].sector == "teknik" && outbox[0].mailbox == "teknik@orebro.se" && outbox[0].state == .pending)
        #expect(Self.plain(outbox[0].messageID) == "<handover-1-event-1@orebro.se>")
        #expect(outbox[0].attempts == 0 && outbox[0].event == .created)
        // The feed still has both hand-overs' events.
        #expect(try store.handoverNotices(after: 0).map(\.handover.sector) == ["teknik", "social"])
    }

    @Test("Same transaction: an import rolled back by a bad contact leaves no row", arguments: Backends.all)
    func sameTransaction(backend: Backend) throws {
        let store = try store(backend)
        #expect(throws: StoreError.self) {
            _ = try store.importContacts([self.forwarded(externalID: "a"), self.forwarded(wait: -1)], now: self.now)
        }
        #expect(try store.outbox().isEmpty && store.handovers().isEmpty && store.contactCount() == 0)
    }

    @Test("Sent once: a round sends every due row, a second round sends nothing", arguments: Backends.all)
    func sentOnce(backend: Backend) throws {
        let store = try store(backend)
        for _ in 0..<3 { _ = try store.save(forwarded(), now: now) }
        let transport = RecordingTransport()
        #expect(try deliver(store, transport) == DeliveryReport(sent: 3))
        #expect(try deliver(store, transport, .everything) == DeliveryReport())
        #expect(transport.messageIDs.map(Self.plain) == (1...3).map { "<handover-\($0)-event-\($0)@orebro.se>" })
        #expect(try store.outbox().isEmpty)
        #expect(try store.outbox(includeSent: true).allSatisfy { $0.state == .sent && $0.sentAt == now && $0.attempts == 1 })
    }

    @Test("Retry after failure: pending with the reason and a backoff, failed after max_attempts, then sent by deliver", arguments: Backends.all)
    func retry(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.save(forwarded(), now: now).id
        let transport = RecordingTransport(failing: "exit 75: connection refused")
        #expect(try deliver(store, transport) == DeliveryReport(failed: 1))
        var row = try #require(try store.outbox().first)
        #expect(row.state == .pending && row.attempts == 1 && row.lastError == "exit 75: connection refused")
        #expect(row.nextAttemptAt == now.addingTimeInterval(60))
        // Not due yet: the next command leaves it alone.
        #expect(try deliver(store, transport, at: now.addingTimeInterval(30)) == DeliveryReport())
        #expect(try deliver(store, transport, at: now.addingTimeInterval(61)) == DeliveryReport(failed: 1))
        row = try #require(try store.outbox().first)
        #expect(row.attempts == 2 && row.nextAttemptAt == now.addingTimeInterval(61 + 120))
        #expect(try deliver(store, transport, at: now.addingTimeInterval(200)) == DeliveryReport(failed: 1))
        row = try #require(try store.outbox().first)
        #expect(try row.state == .failed && row.attempts == 3 && store.failingDeliveryCount() == 1)
        // A failed row is no longer tried after each command, but `handovers deliver` tries it.
        transport.fail(with: nil)
        #expect(try deliver(store, transport, at: now.addingTimeInterval(10_000)) == DeliveryReport())
        #expect(try deliver(store, transport, .everything, at: now.addingTimeInterval(10_000)) == DeliveryReport(sent: 1))
        #expect(try transport.sent.count == 1 && store.failingDeliveryCount() == 0 && store.outbox().isEmpty)
    }

    @Test("After a command, the first failure ends the round (a hanging command costs one time limit); deliver tries every row", arguments: Backends.all)
    func afterCommandStopsAtFailure(backend: Backend) throws {
        let store = try store(backend)
        for _ in 0..<3 { _ = try store.save(forwarded(), now: now) }
        let transport = RecordingTransport(failing: "timed out")
        #expect(try deliver(store, transport) == DeliveryReport(failed: 1, leftOver: 2))
        #expect(try deliver(store, transport, .everything) == DeliveryReport(failed: 3))
        #expect(try store.outbox().map(\.attempts) == [2, 1, 1])
    }

    @Test("Never twice: two stores on one file delivering 40 rows at once send each Message-ID exactly once", arguments: Backends.all)
    func neverTwice(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let first = try database.open(planner: Self.planner)
        for _ in 0..<40 { _ = try first.save(forwarded(), now: now) }
        let second = try database.open(planner: Self.planner)
        let transport = RecordingTransport(delay: 2_000)
        let group = DispatchGroup()
        for store in [first, second, first] {
            DispatchQueue.global().async(group: group) {
                _ = try? store.deliver(.everything, configuration: Self.configuration, transport: transport, clock: { self.now })
            }
        }
        group.wait()
        let ids = transport.messageIDs
        #expect(ids.count == 40 && Set(ids).count == 40, "\(ids.count) sent, \(Set(ids).count) distinct")
        #expect(try first.outbox().isEmpty)
    }

    @Test("At least once: a sender that died after claiming leaves the row held; once the hold passes it is sent, same Message-ID", arguments: Backends.all)
    func crashBetweenSendAndRecord(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.save(forwarded(), now: now).id
        let hold = now.addingTimeInterval(TimeInterval(Self.configuration.delivery.timeoutSeconds + 30))
        let claimed = try #require(try store.claimDelivery(now: now, holdUntil: hold, includeFailed: true, ignoringBackoff: true))
        // …the process dies here, before recording anything. Meanwhile nobody else takes it, and
        // the round says it left it to the process holding it, until when:
        let transport = RecordingTransport()
        #expect(try deliver(store, transport, .everything, at: now.addingTimeInterval(5)) == DeliveryReport(heldElsewhere: 1, heldUntil: hold))
        #expect(transport.sent.isEmpty)
        // After the hold it goes (again, for all the store knows), with the same id.
        #expect(try deliver(store, transport, at: hold.addingTimeInterval(1)) == DeliveryReport(sent: 1))
        #expect(transport.messageIDs == [claimed.messageID])
        #expect(try store.outbox(includeSent: true).first?.attempts == 2)
    }

    @Test("Reopening mails the sector again; acknowledging and closing do not; the demo's hand-overs are never mailed", arguments: Backends.all)
    func whichEvents(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.save(forwarded(), now: now).id
        try store.record(.acknowledged, on: 1, by: "teknik-eva", now: now)
        try store.record(.closed, on: 1, by: "teknik-eva", now: now)
        _ = try store.record(.reopened, on: 1, by: "anna", note: "Medborgaren ringde igen", now: now)
        #expect(try store.outbox().map(\.event) == [.created, .reopened])
        #expect(try store.outbox().map { Self.plain($0.messageID) } == ["<handover-1-event-1@orebro.se>", "<handover-1-event-4@orebro.se>"])
        _ = try store.importContacts([forwarded(externalID: DemoGenerator.externalIDPrefix(seed: 7) + "1")], now: now)
        #expect(try store.outbox().count == 2)
        #expect(try store.handovers().count == 2)
    }

    @Test("The dashboard's day carries the failing count", arguments: Backends.all)
    func dashboardCount(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.save(forwarded(), now: now).id
        let transport = RecordingTransport(failing: "nej")
        for minutes in [0.0, 2, 10] { _ = try deliver(store, transport, at: now.addingTimeInterval(minutes * 60)) }
        #expect(try store.liveDay(LocalDay("2026-11-24")!).failingDeliveries == 1)
    }
}
