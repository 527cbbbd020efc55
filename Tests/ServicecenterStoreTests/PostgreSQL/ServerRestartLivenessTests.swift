import Foundation
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing
import TestSupport

/// The server stops and starts again at any moment of a screen's work (an update, a fail-over):
/// every call the desk makes on every key press returns, with its answer or an error, and never
/// waits on a connection the server has gone from. A screen that hangs there loses the guide's
/// next keys; one that traps loses the form. A cluster of the test's own, since stopping the
/// shared one would fail other tests.
@Suite("PostgreSQL: calls across server restarts", .serialized, .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct ServerRestartLivenessTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/postgres-test-cluster").path

    /// Runs the cluster script; its standard output. `Spawn` starts it with no signal blocked
    /// (the server it starts would otherwise never hear its stop) and its output in files (a
    /// pipe would stay open as long as the server runs).
    @discardableResult
    static func cluster(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(script, arguments)
        guard result.status == 0 else {
            throw StoreError.failed(database: "cluster", message: "\(arguments) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What the worker saw, shared with the test's thread.
    final class Calls: @unchecked Sendable {
        let lock = NSLock()
        var startedAt: Date?
        var longest = 0.0
        var succeeded = 0
        var failed = 0
        var lastSuccess = Date.distantPast
        var stop = false
        var finished = false

        func begin() { lock.withLock { startedAt = Date() } }
        func end(_ ok: Bool) {
            lock.withLock {
                longest = max(longest, Date().timeIntervalSince(startedAt ?? Date()))
                startedAt = nil
                if ok { succeeded += 1; lastSuccess = Date() } else { failed += 1 }
            }
        }
        /// How long the call in progress has been waiting.
        var waiting: Double { lock.withLock { startedAt.map { Date().timeIntervalSince($0) } ?? 0 } }
    }

    @Test("Saving a draft on every key while the server stops and starts ten times: every call returns, and saves resume")
    func draftsAcrossRestarts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sc-restart-\(UUID().uuidString)").path
        let url = try Self.cluster(["start", folder])
        defer { _ = try? Self.cluster(["stop", folder]) }
        var address = try PostgresAddress.parse(url, loginName: "postgres")
        address.connectTimeoutSeconds = 2
        let store = try PostgresStore(address: address, intake: Intake(zone: stockholm))
        let calls = Calls()
        let worker = Thread {
            var key = 0
            while !calls.lock.withLock({ calls.stop }) {
                key += 1
                calls.begin()
                do {
                    try store.saveDraft(of: "anna", payload: "{\"search\":\"byg\(key)\"}", freeText: [], verbatim: [], now: Date())
                    calls.end(true)
                } catch {
                    calls.end(false)
                }
                calls.begin()
                calls.end((try? store.changeMark()) != nil)
                Thread.sleep(forTimeInterval: 0.005)
            }
            calls.lock.withLock { calls.finished = true }
        }
        worker.start()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &generator))
            try Self.cluster(["pause", folder])
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.5, using: &generator))
            try Self.cluster(["resume", folder])
        }
        let resumed = Date()
        // Saves go through again once the server is back.
        while calls.lock.withLock({ calls.lastSuccess < resumed }), Date().timeIntervalSince(resumed) < 20, calls.waiting < 20 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let hung = calls.waiting
        calls.lock.withLock { calls.stop = true }
        let deadline = Date().addingTimeInterval(25)
        while !calls.lock.withLock({ calls.finished }), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(hung < 20, "a call has waited \(hung) s")
        #expect(calls.lock.withLock { calls.finished }, "the worker never returned from its call")
        #expect(calls.lock.withLock { calls.lastSuccess } >= resumed, "no save went through after the server came back")
        let (longest, succeeded, failed) = calls.lock.withLock { (calls.longest, calls.succeeded, calls.failed) }
        // Connecting is given 2 s, and a call connects at most twice: no call may wait much past that.
        #expect(longest < 10, "the longest call took \(longest) s (\(succeeded) answered, \(failed) failed)")
        print("restart liveness: \(succeeded) answered, \(failed) failed, longest \(longest) s")
    }
}
