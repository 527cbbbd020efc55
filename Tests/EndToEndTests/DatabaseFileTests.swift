import Foundation
import GRDB
import Testing
import TestSupport

/// The database file as the binary meets it: another program's, not a file, new and opened by
/// many at once, read-only, on a full disk; and the exit codes a script acts on.
@Suite("The database file, end to end", .endsWhatItStarts)
struct DatabaseFileTests {
    static let logArguments = ["log", "--channel", "phone", "--category", "avfall"]
    /// Runs the binary as nobody when the tests run as root, who may write anything.
    static let unprivileged = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    func count(_ path: String, _ table: String = "contact") throws -> Int {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    func sideFiles(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test("log pointed at another program's SQLite file: exit 74, the path named, the file byte for byte as it was")
    func foreignDatabase() throws {
        let sandbox = try Sandbox()
        let path = sandbox.root.appendingPathComponent("crm.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO customers (name) VALUES ('Anna Andersson')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let outcome = try sandbox.run(arguments: Self.logArguments + ["--database", path])
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains(path) && outcome.stderr.contains("annat programs SQLite-databas"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(sideFiles(path).isEmpty)
    }

    @Test("Twelve processes logging to one new database at once, five rounds: every one exits 0, every contact stored",
          .timeLimit(.minutes(3)))
    func concurrentCreation() throws {
        let sandbox = try Sandbox()
        for round in 1...5 {
            let path = sandbox.root.appendingPathComponent("round-\(round)/servicecenter.sqlite").path
            let statuses = Statuses()
            DispatchQueue.concurrentPerform(iterations: 12) { _ in
                let outcome = try? sandbox.run(arguments: Self.logArguments + ["--database", path, "--create"])
                statuses.append(outcome.map { "\($0.status) \($0.stderr)" } ?? "not run")
            }
            #expect(statuses.all.filter { $0 != "0 " } == [], "round \(round)")
            #expect(try count(path) == 12, "round \(round)")
        }
    }

    @Test("A FIFO, a directory and /dev/null as the database: refused at once with exit 74, nothing made beside them")
    func notARegularFile() throws {
        var sandbox = try Sandbox()
        // A FIFO used to block forever in open (SIGTERM too): the timeout turns a regression into 137.
        sandbox.wrapper = ["/usr/bin/timeout", "-s", "KILL", "30"]
        let fifo = sandbox.root.appendingPathComponent("feed").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = sandbox.root.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (path, words) in [(fifo, "FIFO"), (folder, "är en mapp"), ("/dev/null", "är en enhet")] {
            // Compared with before: /dev is shared with whatever else runs on the machine.
            let before = sideFiles(path)
            let outcome = try sandbox.run(arguments: Self.logArguments + ["--database", path])
            #expect(outcome.status == 74, "\(path): \(outcome.stderr)")
            #expect(outcome.stderr.contains(path) && outcome.stderr.contains(words), "\(outcome.stderr)")
            #expect(sideFiles(path) == before)
        }
    }

    @Test("A read-only database: reading commands work and leave nothing beside it; writing is 77; made writable, writing works")
    func readOnly() throws {
        var sandbox = try Sandbox()
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        let files = FileManager.default
        let path = sandbox.databasePath
        // A clean close leaves the write-ahead log and its index beside the file (one sync a save):
        // the database is the three files, and made read-only, it is all three.
        let beside = sideFiles(path)
        #expect(beside == ["-wal", "-shm"])
        // The folder stays writable: that is where SQLite used to leave its 0440 -shm.
        try files.setAttributes([.posixPermissions: 0o777], ofItemAtPath: sandbox.root.path)
        for file in [""] + beside {
            try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path + file)
            if getuid() == 0 { _ = chown(path + file, 65534, 65534) }
        }
        sandbox.wrapper = Self.unprivileged
        let out = sandbox.root.appendingPathComponent("out")
        try files.createDirectory(at: out, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        for arguments in [["stats"], ["handovers"], ["queue", "list"], ["incident", "list"], ["stats", "dump", "--date", "today", "--out", out.path]] {
            let outcome = try sandbox.run(arguments: arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            #expect(sideFiles(path) == beside, "\(arguments)")
        }
        sandbox.environment["USER"] = "maria"
        #expect(try sandbox.run("audit").status == 0)
        sandbox.environment["USER"] = "anna"
        let refused = try sandbox.run(arguments: Self.logArguments)
        #expect(refused.status == 77 && refused.stderr.contains("är skrivskyddad") && refused.stderr.contains(path))
        #expect(sideFiles(path) == beside)
        for file in [""] + beside { try files.setAttributes([.posixPermissions: 0o660], ofItemAtPath: path + file) }
        let logged = try sandbox.run(arguments: Self.logArguments)
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try count(path) == 2)
    }

    @Test("A -shm left with a read-only file's mode (0440) is given the file's mode again, so writing works")
    func leftoverSharedMemoryFile() throws {
        var sandbox = try Sandbox()
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        let path = sandbox.databasePath
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: sandbox.root.path)
        // What a read-only connection of an older version left: a -shm as read-only as the file was.
        #expect(FileManager.default.createFile(atPath: path + "-shm", contents: Data(count: 32_768), attributes: [.posixPermissions: 0o440]))
        if getuid() == 0 { _ = chown(path, 65534, 65534); _ = chown(path + "-shm", 65534, 65534); _ = chown(path + "-wal", 65534, 65534) }
        sandbox.wrapper = Self.unprivileged
        let logged = try sandbox.run(arguments: Self.logArguments)
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try count(path) == 2)
    }

    @Test("A full disk (a 2 MB tmpfs, as root): exit 80 with what to do, not 74 damaged; nothing half-stored",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func diskFull() throws {
        let sandbox = try Sandbox()
        let disk = try SmallDisk(in: sandbox, megabytes: 2)
        defer { disk.unmount() }
        let mount = disk.mount
        let path = mount.appendingPathComponent("servicecenter.sqlite").path
        #expect(try sandbox.run(arguments: Self.logArguments + ["--database", path, "--create"]).status == 0)
        // Fill the disk, then leave 40 KB: room for the -shm, none for an import's log.
        let filler = mount.appendingPathComponent("filler").path
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4k"])
        _ = try Spawn.run("/usr/bin/truncate", ["-s", "-40k", filler])
        let line = #"{"id":"x%d","started_at":"2026-11-20T09:00:00+01:00","ended_at":"2026-11-20T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna","note":"NOTE"}"#
        let note = String(repeating: "n", count: 100)
        let lines = (0..<3_000).map { line.replacingOccurrences(of: "%d", with: String($0)).replacingOccurrences(of: "NOTE", with: note) }
        let file = try sandbox.file("big.jsonl", lines.joined(separator: "\n") + "\n")
        let outcome = try sandbox.run("import", "--database", path, file)
        #expect(outcome.status == 80, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(path) && outcome.stderr.contains("är full") && outcome.stderr.contains("Frigör utrymme"))
        // The nightly package onto the same full disk (the database elsewhere): 80 as well, not 73.
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)-2", "bs=1k"])
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        let dumped = try sandbox.run("stats", "dump", "--date", "today", "--out", mount.appendingPathComponent("out").path)
        #expect(dumped.status == 80, "\(dumped.stderr)")
        #expect(dumped.stderr.contains(strerror(ENOSPC).map { String(cString: $0) } ?? "No space"))
        _ = try Spawn.run("/usr/bin/rm", ["-f", filler, filler + "-2"])
        #expect(try count(path) == 1)
    }

    @Test("queue events --follow: good lines stored, a bad one and a 16 MiB one skipped, exit 79; memory stays bounded")
    func followPartlyStored() throws {
        var sandbox = try Sandbox()
        try sandbox.startSite()
        func event(_ id: String) -> String {
            #"{"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"\#(id)"}"#
        }
        var input = Data((event("c1") + "\nnot json\n").utf8)
        input.append(Data(repeating: 0x78, count: 16 << 20))
        input.append(Data(("\n" + event("c2") + "\n").utf8))
        sandbox.wrapper = ["/usr/bin/time", "-f", "maxrss=%M"]
        let outcome = try sandbox.run("queue", "events", "--follow", "-", input: input)
        #expect(outcome.status == 79, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("2 köhändelser sparade"))
        #expect(outcome.stderr.contains("stdin:2:") && outcome.stderr.contains("stdin:3:") && outcome.stderr.contains("1048576 byte"))
        let kilobytes = outcome.stderr.split(separator: "\n").compactMap { $0.hasPrefix("maxrss=") ? Int($0.dropFirst(7)) : nil }.first ?? .max
        // A debug build starts at about 30 MB; the 16 MiB line must not be in there whole.
        #expect(kilobytes < 60_000, "max RSS \(kilobytes) kB")
    }

    @Test("import and queue events from a file: a 2 MiB line is refused by number and limit, nothing stored (exit 65)")
    func longLineInAFile() throws {
        let sandbox = try Sandbox()
        let contact = #"{"started_at":"2026-11-20T09:00:00+01:00","ended_at":"2026-11-20T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna"}"#
        let long = "{\"note\":\"" + String(repeating: "n", count: 2 << 20) + "\"}"
        let file = try sandbox.file("contacts.jsonl", contact + "\n" + long + "\n" + contact + "\n")
        let imported = try sandbox.run("import", file)
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("\(file):2:") && imported.stderr.contains("1048576 byte"))
        let events = try sandbox.run("queue", "events", file)
        #expect(events.status == 65 && events.stderr.contains("\(file):2:") && events.stderr.contains("1048576 byte"))
    }

    @Test("stats dump clears a killed run's partial even when its PID is alive again, and never a live writer's")
    func stalePartialWithReusedPID() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        let out = sandbox.root.appendingPathComponent("out")
        #expect(try sandbox.run("stats", "dump", "--date", "today", "--out", out.path).status == 0)
        let today = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { !$0.hasPrefix(".") })
        // A killed run's folder, under a PID that is alive (this test process's own).
        let stale = out.appendingPathComponent(".\(today).partial-\(getpid())")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        // A live writer's folder: its lock is held.
        let live = out.appendingPathComponent(".\(today).partial-1")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        let descriptor = open(live.path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        // Another period's leftovers: a killed quarter's partial, and a killed month's old
        // package moved aside with no new one in its place (put back, not removed).
        let quarter = out.appendingPathComponent(".2026-07-01_2026-09-30.partial-\(getpid())")
        try FileManager.default.createDirectory(at: quarter, withIntermediateDirectories: true)
        let month = "2026-10-01_2026-10-31", movedAside = out.appendingPathComponent(".\(month).old-\(getpid())")
        try FileManager.default.createDirectory(at: movedAside, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: movedAside.appendingPathComponent("summary.csv").path, contents: Data("date\r\n".utf8)))
        let dumped = try sandbox.run("stats", "dump", "--date", "today", "--out", out.path)
        #expect(dumped.status == 0, "\(dumped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(!FileManager.default.fileExists(atPath: quarter.path))
        #expect(!FileManager.default.fileExists(atPath: movedAside.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(month).appendingPathComponent("summary.csv").path))
    }
}

/// Exit statuses gathered from concurrent runs.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func append(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}
