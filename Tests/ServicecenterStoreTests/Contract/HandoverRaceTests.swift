import Foundation
import ServicecenterCore
import Testing

/// Races between hosts (issue 20): two stores on one database, each with its own connections,
/// as two terminals on two hosts would have, started at the same instant. On SQLite the write
/// lock serialises them; on PostgreSQL the row locks must.
@Suite("Store: races between hosts over hand-overs and their deliveries")
struct HandoverRaceTests {
    let base = OutboxStoreTests()
    var now: Date { base.now }

    /// Runs each of `bodies` on its own thread, all released at once, and returns their results in order.
    static func atOnce<T: Sendable>(_ bodies: [@Sendable () -> T]) -> [T] {
        let results = Results<T>(count: bodies.count)
        let ready = DispatchGroup(), done = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for (index, body) in bodies.enumerated() {
            ready.enter()
            done.enter()
            Thread.detachNewThread {
                ready.leave()
                start.wait()
                results.set(index, body())
                done.leave()
            }
        }
        ready.wait()
        for _ in bodies { start.signal() }
        done.wait()
        return results.values
    }

    /// Results filled in by several threads.
    final class Results<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
        var values: [T] { lock.withLock { slots.map { $0! } } }
    }

    /// What one closer was told.
    enum Outcome: Equatable, Sendable {
        case closed
        case refused(status: HandoverStatus, since: Date, by: String)
        case failed(String)
    }

    @Test("Two hosts closing the same hand-overs at once: each time one closes it, the other is told who closed it and when", arguments: Backends.all)
    func closeRace(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: OutboxStoreTests.planner)
        let rounds = 12
        for _ in 0..<rounds { _ = try store.save(base.forwarded(), now: now) }
        let hosts = try [database.open(planner: OutboxStoreTests.planner), database.open(planner: OutboxStoreTests.planner)]
        let people = ["anna", "erik"]
        // Each closes at their own second, so the refusal's time tells whose close it names.
        let times = [now.addingTimeInterval(60), now.addingTimeInterval(120)]
        for id in Int64(1)...Int64(rounds) {
            let outcomes = Self.atOnce((0..<2).map { index in
                { @Sendable () -> Outcome in
                    do {
                        try hosts[index].record(.closed, on: id, by: people[index], now: times[index])
                        return .closed
                    } catch let HandoverChangeError.notAllowed(_, _, status, since, by) {
                        return .refused(status: status, since: since, by: by)
                    } catch {
                        return .failed("\(error)")
                    }
                }
            })
            let winners = outcomes.indices.filter { outcomes[$0] == .closed }
            try #require(winners.count == 1, "hand-over \(id): \(outcomes)")
            let winner = winners[0], loser = 1 - winner
            #expect(outcomes[loser] == .refused(status: .closed, since: times[winner], by: people[winner]), "hand-over \(id)")
            let history = try store.history(of: id)
            #expect(history.filter { $0.event == .closed }.map(\.by) == [people[winner]], "hand-over \(id)")
            let closed = try #require(try store.handover(id))
            #expect(closed.status == .closed && closed.statusBy == people[winner] && closed.statusAt == times[winner])
        }
    }

    @Test("Two hosts claiming deliveries at once: every row is claimed by exactly one of them, once", arguments: Backends.all)
    func claimRace(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: OutboxStoreTests.planner)
        let rows = 30
        for _ in 0..<rows { _ = try store.save(base.forwarded(), now: now) }
        let hosts = try [database.open(planner: OutboxStoreTests.planner), database.open(planner: OutboxStoreTests.planner)]
        let now = now, hold = now.addingTimeInterval(600)
        let claims = Self.atOnce(hosts.map { host in
            { @Sendable () -> Result<[Int64], any Error> in
                var claimed: [Int64] = []
                do {
                    // Claims until nothing is left, as `handovers deliver` does without sending.
                    while let entry = try host.claimDelivery(now: now, holdUntil: hold, includeFailed: true, ignoringBackoff: true) {
                        claimed.append(entry.eventID)
                    }
                    return .success(claimed)
                } catch {
                    return .failure(error)
                }
            }
        })
        let perHost = try claims.map { try $0.get() }
        let all = perHost.flatMap { $0 }
        let distinct = Set(all).count
        #expect(all.count == rows && distinct == rows, "claimed \(all.count), \(distinct) distinct: \(perHost)")
        #expect(Set(perHost[0]).isDisjoint(with: perHost[1]))
        let outbox = try store.outbox()
        #expect(outbox.count == rows && outbox.allSatisfy { $0.attempts == 1 && $0.claimedUntil == hold })
        // Held by the claims: nothing is left to claim until the hold passes.
        #expect(try store.claimDelivery(now: now, holdUntil: hold, includeFailed: true, ignoringBackoff: true) == nil)
    }
}
