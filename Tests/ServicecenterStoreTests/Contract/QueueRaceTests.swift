import Foundation
import ServicecenterCore
import Testing

/// Issue 20, "race-free across hosts": kiosks and desks on several hosts write at once. Each
/// store here is one more host (its own connections); threads released together race them.
@Suite("Store: tickets taken and called at the same instant from several stores")
struct QueueRaceTests {
    let day = LocalDay(year: 2026, month: 11, day: 23)
    /// How many stores race, and how many tickets in all.
    let hosts = 8, tickets = 200

    @Test("Kiosks taking 200 tickets at once get 200 different numbers, 1 to 200", arguments: Backends.all)
    func ticketsTakenAtOnce(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let stores = try (0..<hosts).map { _ in try database.open(planner: HandoverStoreTests.planner) }
        let numbers = RaceLocked<[String]>([])
        let perHost = tickets / hosts
        let failures = raceAtOnce(hosts) { host in
            for n in 0..<perHost {
                let ticket = try stores[host].takeTicket(channel: .visit, service: nil, now: at("09:00:00").addingTimeInterval(Double(n)))
                numbers.withLock { $0.append(ticket.number) }
            }
        }
        for failure in failures { Issue.record(failure) }
        let taken = numbers.value
        #expect(taken.count == tickets)
        #expect(Set(taken) == Set((1...tickets).map { QueueTicket.number(prefix: "B", sequence: $0) }))
        #expect(try stores[0].waitingCount(channel: .visit, on: day) == tickets)
    }

    @Test("Desks calling the next ticket at once call each of 200 tickets once, and none is lost", arguments: Backends.all)
    func nextTicketCalledAtOnce(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let stores = try (0..<hosts).map { _ in try database.open(planner: HandoverStoreTests.planner) }
        for n in 0..<tickets {
            _ = try stores[n % hosts].takeTicket(channel: .visit, service: nil, now: at("09:00:00").addingTimeInterval(Double(n)))
        }
        let called = RaceLocked<[(ticket: String, by: String)]>([])
        let failures = raceAtOnce(hosts) { host in
            // Each desk calls until it finds nobody waiting that another desk is not calling.
            while let call = try stores[host].callNextTicket(channel: .visit, by: "desk\(host)", station: nil, now: at("10:00:00")) {
                called.withLock { $0.append((call.ticket ?? "?", "desk\(host)")) }
            }
        }
        for failure in failures { Issue.record(failure) }
        let calls = called.value
        #expect(calls.count == tickets)
        #expect(Set(calls.map(\.ticket)).count == tickets)
        #expect(try stores[0].waitingCount(channel: .visit, on: day) == 0)
        // The stored answer is the desk that was told it called the ticket, for every ticket.
        let stored = Dictionary(uniqueKeysWithValues: try stores[0].queueCalls(on: day).map { ($0.ticket ?? "?", $0.answeredBy) })
        #expect(stored.count == tickets)
        #expect(calls.allSatisfy { stored[$0.ticket] == $0.by })
    }

    @Test("Desks calling the same ticket at once: one calls it, every other is told who did", arguments: Backends.all)
    func sameTicketCalledAtOnce(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let stores = try (0..<hosts).map { _ in try database.open(planner: HandoverStoreTests.planner) }
        let ticket = try stores[0].takeTicket(channel: .visit, service: nil, now: at("09:00:00"))
        let winners = RaceLocked<[String]>([])
        let failures = raceAtOnce(hosts) { host in
            let call = try stores[host].callTicket(ticket.number, by: "desk\(host)", station: nil, now: at("09:05:00"))
            winners.withLock { $0.append(call.answeredBy ?? "?") }
        }
        let winner = try #require(winners.value.first)
        #expect(winners.value.count == 1)
        #expect(failures.count == hosts - 1)
        for failure in failures {
            #expect(failure as? QueueError == .ticketNotWaiting(ticket.number, outcome: .answered, by: winner))
        }
    }
}

/// A value several threads add to, behind a lock.
final class RaceLocked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) {
        stored = value
    }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&stored)
    }

    var value: Value { withLock { $0 } }
}

/// Runs `body(0)` … `body(count - 1)` each on a thread of its own, released together once all
/// are ready, and returns the errors they threw.
func raceAtOnce(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) -> [any Error] {
    let errors = RaceLocked<[any Error]>([])
    let ready = DispatchGroup(), finished = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    for index in 0..<count {
        ready.enter()
        finished.enter()
        Thread.detachNewThread {
            ready.leave()
            start.wait()
            do { try body(index) } catch { errors.withLock { $0.append(error) } }
            finished.leave()
        }
    }
    ready.wait()
    for _ in 0..<count { start.signal() }
    finished.wait()
    return errors.value
}
