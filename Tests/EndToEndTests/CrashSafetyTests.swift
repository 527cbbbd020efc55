import Foundation
import GRDB
import Testing
import TestSupport

/// Staff trust the log only if it never loses a contact: `log` killed at random moments,
/// over and over, must leave every acknowledged contact present once and intact, and the
/// database whole.
@Suite("Crash safety, end to end", .endsWhatItStarts)
struct CrashSafetyTests {
    @Test("log killed with SIGKILL at 100 random moments mid-run: every acknowledged save is there once, intact; integrity_check ok")
    func killedSaves() throws {
        let sandbox = try Sandbox()
        func arguments(_ number: Int) -> [String] {
            ["log", "--channel", number % 2 == 0 ? "phone" : "visit", "--category", "bygglov", "--resolution", "resolved",
             "--id", "crash-\(number)", "--note", "Anteckning \(number) åäö", "--wait-seconds", String(number)]
        }
        let started = Date()
        #expect(try sandbox.run(arguments: arguments(0)).stdout == "1\n")
        let duration = Date().timeIntervalSince(started)

        var random = SystemRandomNumberGenerator()
        var acknowledged: [Int: Int64] = [0: 1]
        var killed = 0, runs = 0
        // Until 100 runs were killed before they finished; the others finished first.
        while killed < 100, runs < 500 {
            runs += 1
            let child = try Child.launch(Sandbox.binary.path, arguments(runs), environment: sandbox.environment)
            usleep(UInt32(Double.random(in: 0...(duration * 1.1), using: &random) * 1_000_000))
            kill(child.pid, SIGKILL)
            let outcome = try child.finish()
            if outcome.status == 128 + SIGKILL { killed += 1 }
            if let id = Int64(outcome.stdout.trimmingCharacters(in: .newlines)) { acknowledged[runs] = id }
        }
        #expect(killed >= 100)

        let queue = try DatabaseQueue(path: sandbox.databasePath)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let rows = try Row.fetchAll(db, sql: "SELECT id, external_id, note, queue_wait_s, channel FROM contact")
            let byExternal = Dictionary(grouping: rows) { $0["external_id"] as String }
            #expect(byExternal.values.allSatisfy { $0.count == 1 }, "a contact was stored twice")
            for (number, id) in acknowledged {
                let row = byExternal["crash-\(number)"]?.first
                #expect(row?["id"] == id, "acknowledged save \(number) (id \(id)) is missing")
                #expect(row?["note"] == "Anteckning \(number) åäö")
                #expect(row?["queue_wait_s"] == number)
                #expect(row?["channel"] == (number % 2 == 0 ? "phone" : "visit"))
            }
        }
        // After all that, the next save works at once.
        #expect(try sandbox.run(arguments: arguments(999)).status == 0)
        Self.report("\(runs) log runs, \(killed) killed mid-run; \(acknowledged.count - 1) saves acknowledged, all present once and intact")
    }

    static func report(_ line: String) {
        FileHandle.standardError.write(Data("crash safety: \(line)\n".utf8))
    }
}
