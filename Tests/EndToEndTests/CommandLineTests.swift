import Foundation
import GRDB
import Testing

@Suite("The servicecenter command, end to end", .endsWhatItStarts)
struct CommandLineTests {
    @Test("--help lists every subcommand and the exit codes")
    func help() throws {
        let outcome = try Sandbox().run("--help")
        #expect(outcome.status == 0)
        for subcommand in ["log", "import", "stats", "handovers", "demo", "config"] {
            #expect(outcome.stdout.contains("\n  \(subcommand) "), "missing \(subcommand)")
        }
        #expect(outcome.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("78 the configuration is invalid"))
        let logHelp = try Sandbox().run("log", "--help")
        #expect(logHelp.stdout.contains("Examples:"))
        #expect(logHelp.stdout.contains("--forward-to"))
    }

    @Test("log prints the new contact's id; stats counts it")
    func logAndStats() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run("log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved")
        #expect(first.status == 0)
        #expect(first.stdout == "1\n")
        let second = try sandbox.run(
            "log", "--channel", "visit", "--category", "ekonomiskt_bistand", "--resolution", "forwarded",
            "--reason", "needs_case_officer", "--wait-seconds", "240", "--matter", "Vill söka försörjningsstöd")
        #expect(second.stdout == "2\n")
        let stats = try sandbox.run("stats")
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("Örebro kommun Servicecenter – statistik för"))
        let lines = stats.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Telefon") && $0.contains("100,0 %") })
        #expect(lines.contains { $0.hasPrefix("Besök") && $0.contains("0,0 %") })
        #expect(lines.contains { $0.hasPrefix("Totalt") && $0.contains("50,0 %") })
        #expect(stats.stdout.contains("Kräver handläggare (myndighetsutövning): 1"))
    }

    @Test("A personnummer in a logged note is stored masked, and stderr says so; the id alone goes to stdout")
    func logMasksPersonalData() throws {
        let sandbox = try Sandbox()
        let outcome = try sandbox.run(
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved",
            "--note", "Gäller 811218-9876, ring 070-123 45 67")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "1\n")
        #expect(outcome.stderr.contains("Personnummer och telefonnummer maskerades i anteckningen."))
        let stored = try DatabaseQueue(path: sandbox.databasePath).read { db in
            try String.fetchOne(db, sql: "SELECT note FROM contact WHERE id = 1")
        }
        #expect(stored == "Gäller 811218-****, ring 070-*** ** **")
    }

    @Test("Roles: a guide is refused purge, audit and per-person figures with the role named; the refusal is audited; an admin purges")
    func rolesPurgeAndAudit() throws {
        var sandbox = try Sandbox()
        #expect(try sandbox.run(
            "log", "--channel", "phone", "--category", "bygglov", "--resolution", "resolved", "--note", "gammal",
            "--started", "2024-05-02T10:00:00+02:00", "--ended", "2024-05-02T10:04:00+02:00").status == 0)
        for arguments in [["purge"], ["audit"], ["stats", "--by", "operator"]] {
            let refused = try sandbox.run(arguments: arguments)
            #expect(refused.status == 77)
            #expect(refused.stderr.contains("kräver rollen") && refused.stderr.contains("anna har rollen guide"))
        }
        sandbox.environment["USER"] = "admin"
        let purged = try sandbox.run("purge")
        #expect(purged.status == 0)
        #expect(purged.stdout.hasPrefix("Gallrat 1 anteckningar"))
        let note = try DatabaseQueue(path: sandbox.databasePath).read { db in try String.fetchOne(db, sql: "SELECT note FROM contact") }
        #expect(note == nil)
        sandbox.environment["USER"] = "maria"
        let audit = try sandbox.run("audit")
        #expect(audit.status == 0)
        let lines = audit.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Tid") == true)
        #expect(lines.filter { $0.contains("anna") && $0.contains("nekad") }.count == 3)
        #expect(lines.contains { $0.contains("admin") && $0.contains("gallring") && $0.contains("notes 1") })
    }

    @Test("Bad input to log: one clear line per problem, exit 65, nothing written")
    func badLog() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        // As admin: only an admin may name another operator, so the unknown one is a data problem.
        let outcome = try sandbox.run(
            as: "admin", "log", "--channel", "fax", "--category", "hundskatt", "--operator", "okänd", "--wait-seconds=-5",
            "--started", "2026-11-23T10:00:00+01:00", "--ended", "2026-11-23T09:00:00+01:00")
        #expect(outcome.status == 65)
        #expect(outcome.stdout.isEmpty)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(outcome.stderr.contains("\"fax\""))
        #expect(outcome.stderr.contains("\"hundskatt\""))
        #expect(outcome.stderr.contains("\"okänd\""))
        #expect(outcome.stderr.contains("-5"))
        #expect(outcome.stderr.contains("före den börjar"))
        let malformed = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--started", "23/11 kl 9")
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("\"23/11 kl 9\""))
        let long = try sandbox.run("log", "--channel", "phone", "--category", "avfall", "--note", String(repeating: "å", count: 2_001))
        #expect(long.status == 65)
        #expect(long.stderr.contains("2001"))
        #expect(try sandbox.run("stats").stdout.contains("Inga kontakter under perioden."))
    }

    @Test("An unknown login user is told which file to edit")
    func unknownUser() throws {
        var sandbox = try Sandbox()
        sandbox.environment["USER"] = "kalle"
        let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("\"kalle\""))
        #expect(outcome.stderr.contains("operators.toml"))
    }

    @Test("--lang en speaks English")
    func english() throws {
        let sandbox = try Sandbox()
        try sandbox.run("log", "--channel", "sign_language", "--category", "vaxel")
        let stats = try sandbox.run("stats", "--lang", "en")
        #expect(stats.stdout.contains("statistics for"))
        #expect(stats.stdout.contains("Sign language"))
        let bad = try sandbox.run("log", "--channel", "fax", "--category", "vaxel", "--lang", "en")
        #expect(bad.stderr.contains("unknown channel \"fax\""))
    }

    @Test("With no database named, one is created under XDG_DATA_HOME on first use")
    func defaultDatabase() throws {
        var sandbox = try Sandbox()
        sandbox.environment["SERVICECENTER_DATABASE"] = nil
        let data = sandbox.root.appendingPathComponent("xdg-data")
        sandbox.environment["XDG_DATA_HOME"] = data.path
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").status == 0)
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("servicecenter/servicecenter.sqlite").path))
        // And ./Config is found when no configuration is named.
        sandbox.environment["SERVICECENTER_CONFIG"] = nil
        let check = try sandbox.run("config", "check", in: Sandbox.repository)
        #expect(check.status == 0)
        #expect(check.stdout.contains(Sandbox.repository.appendingPathComponent("Config").path))
    }

    @Test("A file that is not a database: exit 74, a clear message, the file untouched")
    func notADatabase() throws {
        let sandbox = try Sandbox()
        let original = "namn;telefon\nAnna;070\n"
        try original.write(toFile: sandbox.databasePath, atomically: true, encoding: .utf8)
        let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains("är ingen SQLite-databas"))
        #expect(outcome.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: sandbox.databasePath, encoding: .utf8) == original)
    }

    @Test("A truncated database or one from a newer version: exit 74 with a clear message, and not a byte written")
    func damagedOrNewer() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(as: "admin", "demo", "--days", "3", "--per-day", "200").status == 0)
        _ = try DatabaseQueue(path: sandbox.databasePath).writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let whole = try Data(contentsOf: URL(fileURLWithPath: sandbox.databasePath))
        let half = whole.prefix(whole.count / 2)
        try half.write(to: URL(fileURLWithPath: sandbox.databasePath))
        for arguments in [["log", "--channel", "phone", "--category", "avfall"], ["stats", "--from", "2000-01-01", "--to", "2099-12-31"]] {
            let outcome = try sandbox.run(arguments: arguments)
            #expect(outcome.status == 74, "\(arguments[0]): \(outcome.stderr)")
            #expect(outcome.stderr.contains("är ingen SQLite-databas (eller är skadad)"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.databasePath)) == half)
        }

        // A database a later version of the program has migrated further.
        try whole.write(to: URL(fileURLWithPath: sandbox.databasePath))
        try DatabaseQueue(path: sandbox.databasePath).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        _ = try DatabaseQueue(path: sandbox.databasePath).writeWithoutTransaction { try $0.checkpoint(.truncate) }
        let newer = try Data(contentsOf: URL(fileURLWithPath: sandbox.databasePath))
        let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains("nyare"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.databasePath)) == newer)
    }

    @Test("Desk processes logging at the same moment into one file: every contact is kept")
    func concurrentProcesses() async throws {
        let sandbox = try Sandbox()
        try sandbox.run("log", "--channel", "phone", "--category", "avfall") // create and migrate first
        let desks = 4, perDesk = 10
        let failures = try await withThrowingTaskGroup(of: [Int32].self) { group in
            for desk in 0..<desks {
                group.addTask {
                    try (0..<perDesk).map { number in
                        try sandbox.run("log", "--channel", "visit", "--category", "bygglov", "--id", "desk\(desk)-\(number)").status
                    }.filter { $0 != 0 }
                }
            }
            return try await group.reduce(into: [Int32]()) { $0 += $1 }
        }
        #expect(failures.isEmpty)
        let stats = try sandbox.run("stats")
        #expect(stats.stdout.split(separator: "\n").contains { $0.hasPrefix("Totalt") && $0.contains(" \(desks * perDesk + 1) ") })
    }

    @Test("A database locked by another process: exit 75 after the busy timeout, and a clear message")
    func locked() throws {
        var sandbox = try Sandbox()
        try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        sandbox.environment["SERVICECENTER_BUSY_TIMEOUT_MS"] = "300"
        let blocker = try DatabaseQueue(path: sandbox.databasePath)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
            #expect(outcome.status == 75)
            #expect(outcome.stderr.contains("är låst av en annan process"))
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").stdout == "2\n")
    }

    @Test("A read-only database: exit 77 and a clear message, for a user who may not write it")
    func readOnly() throws {
        var sandbox = try Sandbox()
        _ = try sandbox.copyConfiguration()
        try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        let files = FileManager.default
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: sandbox.databasePath)
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sandbox.root.path)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.root.path) }
        if getuid() == 0 {
            // Root writes anything: run as nobody, as a desk user would be.
            sandbox.wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(outcome.status == 77)
        #expect(outcome.stderr.contains("är skrivskyddad"))
        #expect(outcome.stderr.contains(sandbox.databasePath))
    }

    @Test("A database folder that cannot be created: exit 73")
    func cannotCreate() throws {
        var sandbox = try Sandbox()
        sandbox.environment["SERVICECENTER_DATABASE"] = "/proc/servicecenter/db.sqlite"
        let outcome = try sandbox.run("log", "--channel", "phone", "--category", "avfall")
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("/proc/servicecenter/db.sqlite"))
    }

    @Test("demo fills every channel; running it again adds nothing twice")
    func demo() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run(as: "admin", "demo", "--days", "3", "--per-day", "80")
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Skapade "))
        let again = try sandbox.run(as: "admin", "demo", "--days", "3", "--per-day", "80")
        #expect(again.stdout.hasPrefix("Skapade 0 demokontakter"))
        let stats = try sandbox.run("stats", "--from", "2000-01-01", "--to", "2099-12-31")
        for channel in ["Besök", "Telefon", "Teckenspråk", "Digitalt"] {
            #expect(stats.stdout.contains("\n\(channel) "), "no \(channel) in\n\(stats.stdout)")
        }
        // The demo's hand-overs have a story: some closed, and a table per sector in stats.
        #expect(stats.stdout.contains("Överlämnade ärenden per förvaltning"))
        #expect(try sandbox.run("handovers", "--status", "closed", "--format", "csv").stdout.split(separator: "\r\n").count > 1)
        #expect(try sandbox.run(as: "admin", "demo", "--days", "0").status == 64)
    }

    @Test("stats rejects bad dates and periods with usage errors")
    func statsArguments() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let bad = try sandbox.run("stats", "--date", "2026-02-30")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("\"2026-02-30\""))
        #expect(try sandbox.run("stats", "--from", "2026-11-10", "--to", "2026-11-01").status == 64)
        #expect(try sandbox.run("stats", "--date", "2026-11-10", "--from", "2026-11-01").status == 64)
        #expect(try sandbox.run("stats", "--date", "yesterday").status == 0)
    }
}
