import Foundation
import Testing
import TestSupport

/// Issue 17: the benchmark executables read their options by name and ignored the rest, so
/// `dashboard-benchmark --help` started building a 5-million-contact database. Each answers
/// `--help` without running, and refuses an unknown argument or a bad value with exit 64.
@Suite("Every benchmark executable answers --help and refuses what it does not know", .endsWhatItStarts)
struct BenchmarkArgumentsTests {
    static let benchmarks = [
        ("desk-benchmark", "--iterations"), ("dashboard-benchmark", "--iterations"), ("dump-benchmark", "--days"),
        ("import-benchmark", "--runs"), ("config-benchmark", "--runs"), ("concurrency-check", "--processes"),
        ("postgres-benchmark", "--saves"),
        ("staffing-benchmark", "--runs"),
    ]

    /// Built beside the servicecenter binary (`swift build` builds every product).
    static func binary(_ name: String) -> String { Sandbox.binary.deletingLastPathComponent().appendingPathComponent(name).path }

    @Test("--help: usage on stdout, exit 0, in well under a second of work; a bad argument: exit 64 before any work",
          arguments: benchmarks)
    func answersHelp(name: String, numeric: String) throws {
        let path = Self.binary(name)
        try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is not built")
        let sandbox = try Sandbox()
        let started = Date()
        let help = try Spawn.run(path, ["--help"], environment: sandbox.environment, directory: sandbox.root.path)
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("Usage: \(name)") && help.stdout.contains(numeric), "\(help.stdout)")
        #expect(Date().timeIntervalSince(started) < 20, "--help ran the benchmark")
        for arguments in [["--bogus"], [numeric, "-5"], [numeric], ["stray"], [numeric, "abc"]] {
            let refused = try Spawn.run(path, arguments, environment: sandbox.environment, directory: sandbox.root.path)
            #expect(refused.status == 64, "\(name) \(arguments): \(refused.status) \(refused.stderr)")
            #expect(refused.stderr.contains("\(name):") && refused.stderr.contains("--help"), "\(refused.stderr)")
            #expect(refused.stdout.isEmpty, "\(name) \(arguments) started: \(refused.stdout)")
        }
    }
}
