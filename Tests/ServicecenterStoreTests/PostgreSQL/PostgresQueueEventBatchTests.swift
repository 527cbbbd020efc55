import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// PostgreSQL folds a feed's events into their calls a batch at a time, where SQLite folds
/// them one by one. Whatever the events (out of order, sent twice in one batch or across
/// batches, answering calls made by an earlier batch or never offered, every kind), both
/// must store the same calls, field for field, and make new calls in the order their first
/// events came (SQLite's rowid order, PostgreSQL's `arrival`).
@Suite("PostgreSQL store: a batch of queue events folds into the calls SQLite's one-by-one fold makes",
       .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct PostgresQueueEventBatchTests {
    func events(_ random: inout SeededGenerator, count: Int, calls: Int) -> [QueueEvent] {
        let start = Timestamp.parse("2026-11-23T08:00:00+01:00")!
        let kinds: [QueueEvent.Kind] = [.offered, .answered, .abandoned, .noShow, .transferred]
        return (0..<count).map { _ in
            let call = Int.random(in: 0..<calls, using: &random)
            let at = start.addingTimeInterval(Double(call * 30 + Int.random(in: 0...900, using: &random)) + 0.25)
            let kind = kinds.randomElement(using: &random)!
            return QueueEvent(
                at: at, channel: call % 5 == 0 ? .signLanguage : .phone, kind: kind, callID: "c\(call)",
                operatorUser: kind == .answered ? ["anna", "erik"].randomElement(using: &random)! : nil)
        }
    }

    @Test("30 random feeds in batches: the same calls on both backends")
    func sameCalls() throws {
        var random = SeededGenerator(seed: 31)
        let day = LocalDay(year: 2026, month: 11, day: 23)
        for round in 0..<30 {
            let sqlite = try UseCaseSite.store(on: .sqlite), server = try UseCaseSite.store(on: .postgreSQL)
            var outcomes: [[ImportOutcome]] = [[], []]
            var firstSeen: [String] = [], seen = Set<String>()
            for _ in 0..<3 {
                let feed = events(&random, count: Int.random(in: 1...1_200, using: &random), calls: round % 2 == 0 ? 40 : 600)
                for event in feed where seen.insert(event.callID).inserted { firstSeen.append(event.callID) }
                for (index, store) in [sqlite, server].enumerated() {
                    outcomes[index].append(try store.recordQueueEvents(feed, now: UseCaseSite.now))
                }
            }
            #expect(outcomes[0] == outcomes[1], "round \(round)")
            let calls = { (store: any Store) in
                try store.queueCalls(from: day.adding(days: -1), through: day.adding(days: 1)).map { call in
                    [call.callID, call.channel.rawValue, "\(call.firstAt)", "\(String(describing: call.offeredAt))",
                     "\(String(describing: call.answeredAt))", call.answeredBy ?? "", "\(String(describing: call.abandonedAt))",
                     "\(String(describing: call.noShowAt))", "\(String(describing: call.transferredAt))", "\(call.outcome)"]
                }.sorted { $0[0] < $1[0] }
            }
            let (a, b) = (try calls(server), try calls(sqlite))
            let firstDifference = zip(a, b).first { $0 != $1 }.map { "server \($0.0)\nsqlite \($0.1)" } ?? "counts \(a.count) \(b.count)"
            #expect(a == b, "round \(round): \(firstDifference)")
            let postgres = try #require(server as? PostgresStore)
            let arrival = try postgres.link.run { db in
                try db.query("SELECT call_id FROM servicecenter.queue_call ORDER BY arrival").map { try $0.decode(String.self) }
            }
            #expect(arrival == firstSeen, "round \(round)")
        }
    }
}
