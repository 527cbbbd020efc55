import Foundation
import ServicecenterCore
import Testing

/// Two hosts logging the same external id at the same instant. On SQLite every writer waits
/// for the one before (`BEGIN IMMEDIATE`), so the second always finds the first; on PostgreSQL
/// both can pass the test for an existing id before either commits, and the unique index
/// decides: the loser must still be told `duplicateExternalID`, never a generic failure.
@Suite("Store: two hosts saving one external id at once")
struct ExternalIDRaceTests {
    /// Results gathered from threads that run at once.
    final class Outcomes<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Value] = []

        func add(_ result: Value) {
            lock.lock()
            defer { lock.unlock() }
            results.append(result)
        }

        var all: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return results
        }
    }

    /// Lets `count` threads through only together, so their saves start as close together as the machine allows.
    final class Barrier: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private var arrived = 0

        init(count: Int) {
            self.count = count
        }

        func wait() {
            condition.lock()
            defer { condition.unlock() }
            arrived += 1
            if arrived == count {
                condition.broadcast()
            } else {
                while arrived < count { condition.wait() }
            }
        }
    }

    @Test("Exactly one is stored; the other is refused with duplicateExternalID, round after round", arguments: Backends.all)
    func oneWins(backend: Backend) throws {
        let database = try backend.makeDatabase()
        // Each store is one host with its own connection.
        let hosts = [try database.open(), try database.open()]
        let rounds = 25
        for round in 0..<rounds {
            let outcomes = Outcomes<Result<Int64, StoreError>>(), barrier = Barrier(count: hosts.count)
            let externalID = "race-\(round)"
            DispatchQueue.concurrentPerform(iterations: hosts.count) { host in
                barrier.wait()
                outcomes.add(Result { () throws(StoreError) -> Int64 in try hosts[host].save(contact(externalID: externalID)).id })
            }
            let results = outcomes.all
            #expect(results.count == 2)
            #expect(results.filter { if case .success = $0 { true } else { false } }.count == 1, "round \(round): \(results)")
            let refusals = results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
            #expect(refusals == [.duplicateExternalID(database: database.name, id: externalID)], "round \(round)")
        }
        #expect(try hosts[0].contactCount() == rounds)
        let stored = try hosts[1].contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(Set(stored.compactMap(\.externalID)) == Set((0..<rounds).map { "race-\($0)" }))
    }

    @Test("Two hosts importing overlapping batches at once store each id once and count it once", arguments: Backends.all)
    func importsOverlap(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let hosts = [try database.open(), try database.open()]
        let batches = [(0..<30).map { contact(externalID: "imp-\($0)") }, (15..<45).map { contact(externalID: "imp-\($0)") }]
        let outcomes = Outcomes<Result<ImportOutcome, StoreError>>(), barrier = Barrier(count: hosts.count)
        DispatchQueue.concurrentPerform(iterations: hosts.count) { host in
            barrier.wait()
            outcomes.add(Result { () throws(StoreError) -> ImportOutcome in try hosts[host].importContacts(batches[host]) })
        }
        let results = try outcomes.all.map { try $0.get() }
        #expect(results.count == 2)
        #expect(results.map(\.inserted).reduce(0, +) == 45)
        #expect(results.map(\.alreadyPresent).reduce(0, +) == 15)
        #expect(try hosts[0].contactCount() == 45)
    }
}
