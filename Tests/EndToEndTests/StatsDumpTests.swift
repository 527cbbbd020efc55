import Foundation
import Testing
import TestSupport

/// `stats dump` as the nightly job runs it: files, validation, exit codes, crashes.
@Suite("stats dump, end to end", .endsWhatItStarts, .serialized)
struct StatsDumpTests {
    /// Every file under `folder`, by relative path: what a reader of the package gets.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in walker where !url.hasDirectoryPath {
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[path] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// The days the demo filled, from its own summary line: "… (2026-10-23 – 2026-11-23)".
    static func demoPeriod(_ output: String) throws -> (first: String, last: String) {
        let inside = try #require(output.split(separator: "(").last?.split(separator: ")").first)
        let days = inside.components(separatedBy: " – ")
        return (days[0], days[1])
    }

    /// Logs one contact on a fixed day with a note and by a guide that must never be published.
    static func logCanary(_ sandbox: Sandbox, day: String) throws {
        let outcome = try sandbox.run(
            "log", "--channel", "phone", "--category", "ekonomiskt_bistand", "--resolution", "forwarded", "--reason",
            "needs_case_officer", "--matter", "KANARIE vill ha besked om sin skuld", "--note", "KANARIE ringde om sin skuld, 19121212-1212", "--started", "\(day)T10:00:00+01:00",
            "--ended", "\(day)T10:04:00+01:00", "--call-id", "CALL-KANARIE")
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test("After a demo: a valid package with Swedish letters intact, a second run byte-identical, no personal data")
    func nightly() throws {
        let sandbox = try Sandbox()
        let demo = try sandbox.run(as: "admin", "demo", "--days", "5", "--per-day", "120")
        #expect(demo.status == 0, "\(demo.stderr)")
        let (first, _) = try Self.demoPeriod(demo.stdout)
        try Self.logCanary(sandbox, day: first)
        let out = sandbox.root.appendingPathComponent("stats")
        let dumped = try sandbox.run("stats", "dump", "--date", first, "--out", out.path, "--format", "csv,json", "--excel")
        #expect(dumped.status == 0, "\(dumped.stderr)")
        #expect(dumped.stderr.isEmpty)
        // One summary line, for the cron mail or the journal.
        #expect(dumped.stdout.hasPrefix("Statistik skriven till \(out.path)/\(first): "))
        #expect(dumped.stdout.split(separator: "\n").count == 1)

        let package = out.appendingPathComponent(first)
        let files = Self.snapshot(package)
        #expect(files.keys.contains("datapackage.json") && files.keys.contains("report.html") && files.keys.contains("excel/summary.csv"))
        let contacts = String(decoding: files["contacts_by_channel_sector_category.csv"]!, as: UTF8.self)
        #expect(contacts.contains("Förskoleförvaltningen") || contacts.contains("Överförmyndarförvaltningen"))
        #expect(files["excel/summary.csv"]!.starts(with: [0xEF, 0xBB, 0xBF]))

        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["KANARIE", "19121212", "CALL-KANARIE", "Anna Lindqvist", "Erik Johansson", ",anna,", "\"anna\"", ",erik,"] {
                #expect(!text.contains(secret), "\(secret) in \(path)")
            }
        }

        let again = try sandbox.run("stats", "dump", "--date", first, "--out", out.path, "--format", "csv,json", "--excel")
        #expect(again.status == 0)
        #expect(Self.snapshot(package) == files, "a rerun on the same data changed the files")

        let validation = try Spawn.run(
            "/usr/bin/env", ["frictionless", "validate", package.appendingPathComponent("datapackage.json").path],
            environment: ProcessInfo.processInfo.environment)
        #expect(validation.status != 127, "frictionless is not installed: pip install 'frictionless[json]' (.ci/run does)")
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test("The per-guide table: refused to a guide (77), written for a supervisor")
    func operators() throws {
        let sandbox = try Sandbox()
        try Self.logCanary(sandbox, day: "2026-11-20")
        let out = sandbox.root.appendingPathComponent("stats").path
        let refused = try sandbox.run("stats", "dump", "--date", "2026-11-20", "--out", out, "--include-operators")
        #expect(refused.status == 77 && refused.stderr.contains("supervisor"))
        #expect(!FileManager.default.fileExists(atPath: out))
        var supervisor = sandbox
        supervisor.environment["USER"] = "maria"
        let written = try supervisor.run("stats", "dump", "--date", "2026-11-20", "--out", out, "--include-operators")
        #expect(written.status == 0, "\(written.stderr)")
        let table = try String(contentsOfFile: out + "/2026-11-20/operators.csv", encoding: .utf8)
        #expect(table.contains("2026-11-20,anna,Anna Lindqvist,1,0,0.0000,1,240,240"))
    }

    @Test("Exit codes a cron job can act on, with the reason on stderr and nothing half-written")
    func exitCodes() throws {
        var sandbox = try Sandbox()
        let out = sandbox.root.appendingPathComponent("stats")
        // No database at all: 69, and none is created.
        let missing = try sandbox.run("stats", "dump", "--date", "2026-11-20", "--out", out.path)
        #expect(missing.status == 69 && missing.stderr.contains(sandbox.databasePath))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))

        try Self.logCanary(sandbox, day: "2026-11-20")
        #expect(try sandbox.run("stats", "dump", "--out", out.path, "--format", "xml").status == 64)
        #expect(try sandbox.run("stats", "dump", "--date", "2026-13-01", "--out", out.path).status == 64)
        #expect(try sandbox.run("stats", "dump", "--from", "2026-11-20", "--to", "2026-11-10", "--out", out.path).status == 64)
        #expect(try sandbox.run("stats", "dump", "--date", "2026-11-20").status == 64)
        // A working day with nothing: a feed or the database is wrong. 66, nothing written.
        let empty = try sandbox.run("stats", "dump", "--date", "2026-11-19", "--out", out.path)
        #expect(empty.status == 66 && empty.stderr.contains("2026-11-19"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026-11-19").path))
        // A Sunday with nothing is the truth: a package of zeros keeps the series whole.
        let sunday = try sandbox.run("stats", "dump", "--date", "2026-11-22", "--out", out.path)
        #expect(sunday.status == 0, "\(sunday.stderr)")
        let summary = try String(contentsOfFile: out.path + "/2026-11-22/summary.csv", encoding: .utf8)
        #expect(summary.contains("\r\n2026-11-22,false,0,"))
        // OUT is a file: 73, naming it.
        let file = try sandbox.file("not-a-folder", "x")
        let blocked = try sandbox.run("stats", "dump", "--date", "2026-11-20", "--out", file)
        #expect(blocked.status == 73 && blocked.stderr.contains("not-a-folder"))
        // Not a database: 74.
        sandbox.environment["SERVICECENTER_DATABASE"] = file
        #expect(try sandbox.run("stats", "dump", "--date", "2026-11-20", "--out", out.path).status == 74)
    }

    @Test("Killed at random moments, a dump leaves the previous package or the new one whole, never half, and no litter")
    func crashes() throws {
        let sandbox = try Sandbox()
        let demo = try sandbox.run(as: "admin", "demo", "--days", "15", "--per-day", "150")
        #expect(demo.status == 0, "\(demo.stderr)")
        let (first, last) = try Self.demoPeriod(demo.stdout)
        let out = sandbox.root.appendingPathComponent("stats")
        let arguments = ["stats", "dump", "--from", first, "--to", last, "--out", out.path, "--format", "csv,json", "--excel"]
        let started = Date()
        #expect(try sandbox.run(arguments: arguments).status == 0)
        let duration = Date().timeIntervalSince(started)
        let package = out.appendingPathComponent("\(first)_\(last)")
        let previous = Self.snapshot(package)
        // New data, so the next package differs from the one on disk.
        try Self.logCanary(sandbox, day: first)

        var generator = SystemRandomNumberGenerator()
        var seen: [[String: Data]] = []
        let kills = 12
        for _ in 0..<kills {
            let child = try Child.launch(Sandbox.binary.path, arguments, environment: sandbox.environment)
            usleep(UInt32(Double.random(in: 0...(duration * 1.1), using: &generator) * 1_000_000))
            kill(child.pid, SIGKILL)
            _ = try child.finish()
            let now = Self.snapshot(package)
            #expect(!now.isEmpty, "the package vanished")
            seen.append(now)
        }
        let finished = try sandbox.run(arguments: arguments)
        #expect(finished.status == 0, "\(finished.stderr)")
        let next = Self.snapshot(package)
        #expect(next != previous)
        for (index, state) in seen.enumerated() {
            #expect(state == previous || state == next, "after kill \(index + 1) the package was neither the old nor the new one")
        }
        // Leftovers of the killed runs are cleared by the next one.
        let entries = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(entries == ["\(first)_\(last)"], "\(entries)")
    }
}
