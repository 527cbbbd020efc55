import Foundation
import Testing
import TestSupport

/// Every end-to-end test ends what it started, pass or fail.
///
/// The trait gives each test a tag that its sandbox folder and its tmux socket carry (so
/// every desk, dashboard and tmux server the test starts names it in its command line or
/// environment). After the test it looks through `/proc` for any process still carrying
/// the tag: it waits a moment for stragglers to finish their exit, then records an issue
/// naming each one, and kills it, so one faulty test cannot leave desks running for hours.
struct EndsWhatItStarts: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    /// The tag of the test running on this task, when the trait is on.
    @TaskLocal static var tag: String?

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let tag = "sc-e2e-t\(UUID().uuidString.prefix(8))"
        defer {
            let left = Self.leftovers(tagged: tag, waiting: 5)
            for process in left {
                Issue.record("test \(test.name) left process \(process.pid) running: \(process.commandLine.prefix(200))")
                kill(process.pid, SIGKILL)
            }
            Self.removeFolders(tagged: tag)
        }
        try await Self.$tag.withValue(tag) { try await function() }
    }

    /// Removes the test's sandbox folders (their names start with the tag), once nothing of
    /// the test runs in them: each holds a database, a configuration and a demo, and a full
    /// run of the suite left hundreds of megabytes in the temporary folder.
    static func removeFolders(tagged tag: String) {
        let temporary = FileManager.default.temporaryDirectory
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for entry in entries where entry.hasPrefix(tag) {
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(entry))
        }
    }

    struct Leftover {
        var pid: pid_t
        var commandLine: String
    }

    /// The processes whose command line or environment holds `tag`, after waiting up to
    /// `seconds` for them to go.
    static func leftovers(tagged tag: String, waiting seconds: Double) -> [Leftover] {
        let deadline = Date().addingTimeInterval(seconds)
        var found = scan(for: tag)
        while !found.isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            found = scan(for: tag)
        }
        return found
    }

    static func scan(for tag: String) -> [Leftover] {
        let needle = Data(tag.utf8)
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Leftover? in
            guard let pid = pid_t(entry), pid != me else { return nil }
            let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
            let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data()
            guard commandLine.range(of: needle) != nil || environment.range(of: needle) != nil else { return nil }
            // A zombie has ended; only its parent's wait is missing.
            let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if let close = status.lastIndex(of: ")"), status[status.index(close, offsetBy: 2)...].hasPrefix("Z") { return nil }
            let text = String(decoding: commandLine.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return Leftover(pid: pid, commandLine: text)
        }
    }
}

extension Trait where Self == EndsWhatItStarts {
    /// Checks after each test that no process it started is still running (see `EndsWhatItStarts`).
    static var endsWhatItStarts: Self { Self() }
}

@Suite("End-to-end tests clean up after themselves")
struct ProcessHygieneTests {
    @Test("Every end-to-end suite carries .endsWhatItStarts, so a new one cannot forget it")
    func everySuiteChecks() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var suites = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("@Suite(") {
                suites += 1
                #expect(line.contains(".endsWhatItStarts") || line.contains("clean up after themselves"), "\(file): \(line)")
            }
        }
        #expect(suites >= 10)
    }

    @Test("A process left running under the test's tag is found, and gone once killed", .endsWhatItStarts)
    func findsLeftovers() throws {
        let tag = try #require(EndsWhatItStarts.tag)
        let child = try Child.launch("/bin/sleep", ["30"], environment: ["MARK": tag])
        // Until the child has exec'd, /proc shows the parent's environment, without the tag:
        // wait for the exec rather than reading once (a busy CI machine lost that race).
        let deadline = Date().addingTimeInterval(5)
        var found = EndsWhatItStarts.scan(for: tag).map(\.pid)
        while found.isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            found = EndsWhatItStarts.scan(for: tag).map(\.pid)
        }
        #expect(found == [child.pid])
        kill(child.pid, SIGTERM)
        _ = try child.finish()
        #expect(EndsWhatItStarts.leftovers(tagged: tag, waiting: 1).isEmpty)
    }

    @Test("A program spawned by a test starts with no signal blocked, so kill-server and SIGHUP reach it")
    func childSignalsUnblocked() throws {
        let outcome = try Spawn.run("/bin/grep", ["-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        // Signals 1–31; the C library keeps two real-time signals of its own above them.
        func standardSignals(_ field: String) -> UInt64? {
            outcome.stdout.split(separator: "\n").first { $0.hasPrefix(field) }
                .flatMap { UInt64($0.dropFirst(field.count).trimmingCharacters(in: .whitespaces), radix: 16) }
                .map { $0 & 0x7FFF_FFFF }
        }
        #expect(standardSignals("SigBlk:") == 0, "\(outcome.stdout)")
        #expect(standardSignals("SigIgn:") == 0, "\(outcome.stdout)")
    }
}
