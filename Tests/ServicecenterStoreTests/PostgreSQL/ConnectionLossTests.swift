import Foundation
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// A connection the server drops (a restart, a fail-over, an administrator's
/// `pg_terminate_backend`): the next call connects again; the change signal says it is down
/// until it is back, then counts a change, since notices sent meanwhile were lost.
@Suite("PostgreSQL: dropped connections", .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct ConnectionLossTests {
    /// Ends every server process of `database` whose last statement starts with `prefix` (all when nil).
    static func terminate(_ database: String, statementPrefix prefix: String? = nil) throws {
        let filter = prefix.map { " AND query LIKE '\($0)%'" } ?? ""
        try TestServer.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)'\(filter)")
    }

    @Test("After the server drops the store's connection, the next save connects again and is stored")
    func saveAfterDrop() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open()
        _ = try store.save(contact())
        try Self.terminate(database.database)
        Thread.sleep(forTimeInterval: 0.2)
        _ = try store.save(contact("2026-11-23T10:00:00+01:00"))
        #expect(try store.contactCount() == 2)
    }

    @Test("A dropped listener: the mark reports the connection lost, then comes back changed, without blocking")
    func listenerDrop() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let watcher = try database.open()
        let first = try watcher.changeMark()
        try Self.terminate(database.database, statementPrefix: "LISTEN")
        var losses: [StoreError] = []
        var recovered: ChangeMark?
        var longestWait = 0.0
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, recovered == nil {
            let started = Date()
            switch Result(catching: { () throws(StoreError) -> ChangeMark in try watcher.changeMark() }) {
            case .success(let mark): if mark != first { recovered = mark }
            case .failure(let error): losses.append(error)
            }
            longestWait = max(longestWait, Date().timeIntervalSince(started))
            Thread.sleep(forTimeInterval: 0.02)
        }
        // Never waits for the network while the listener is down.
        #expect(longestWait < 0.5)
        #expect(!losses.isEmpty)
        #expect(losses.allSatisfy { $0 == .connectionLost(database: database.name) })
        #expect(recovered != nil)
        // Listening again: another commit moves the mark once more.
        _ = try database.open().takeTicket(channel: .visit, service: nil)
        #expect(try waitForChange(of: watcher, from: recovered ?? first, seconds: 1))
    }
}
