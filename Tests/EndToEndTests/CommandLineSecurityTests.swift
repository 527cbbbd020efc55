import Foundation
import GRDB
import Testing

/// Issue 16's security reproductions against the built binary: output that cannot drive the
/// reader's terminal, arguments with control characters refused, nobody recording in another's
/// name but an admin (audited), and demo data kept out of a database with real contacts.
@Suite("servicecenter: command-line security, end to end", .endsWhatItStarts)
struct CommandLineSecurityTests {
    static let escape = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"

    /// Whether `text` holds anything that could drive a terminal: C0 but line feed, DEL, C1, bidi overrides.
    static func holdsRaw(_ text: String, allowing: Set<Unicode.Scalar> = ["\n"]) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            let unsafe = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            return unsafe && !allowing.contains(scalar)
        }
    }

    /// A sandbox with hand-over 1, forwarded by anna.
    static func withHandover() throws -> Sandbox {
        let sandbox = try Sandbox()
        let logged = try sandbox.run(
            "log", "--channel", "phone", "--category", "avfall", "--resolution", "forwarded", "--reason", "needs_case_officer", "--matter", "Medborgaren vill ha besked")
        #expect(logged.status == 0, "\(logged.stderr)")
        return sandbox
    }

    @Test("The reproduction: callback --note with an escape is refused naming --note (exit 64), nothing stored")
    func noteRefused() throws {
        let sandbox = try Self.withHandover()
        let outcome = try sandbox.run("handovers", "callback", "1", "--note", Self.escape)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--note") && outcome.stderr.contains("␛]0;PWNED␇␛[2J"))
        #expect(!Self.holdsRaw(outcome.stderr) && outcome.stdout.isEmpty)
        let events = try DatabaseQueue(path: sandbox.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM handover_event") }
        #expect(events == 1) // only "created"
        // ArgumentParser's own errors repeat the value: the guard comes first, for ids too.
        let id = try sandbox.run("handovers", "close", "1\u{1B}[2J")
        #expect(id.status == 64 && id.stderr.contains("argument 3") && !Self.holdsRaw(id.stderr))
        let english = try sandbox.run("handovers", "show", "--lang", "en", "--by\u{1B}")
        #expect(english.status == 64 && english.stderr.contains("holds control characters") && !Self.holdsRaw(english.stderr))
    }

    @Test("Text already stored with escapes (an older version, another writer): show, csv, json, incident, audit and the exit-65 message show it inert")
    func storedShownInert() throws {
        let sandbox = try Self.withHandover()
        try DatabaseQueue(path: sandbox.databasePath).write { db in
            try db.execute(sql: "UPDATE handover SET status = 'closed', status_by = ?, closed_date = '2026-11-25'", arguments: [Self.escape])
            try db.execute(
                sql: "INSERT INTO handover_event (handover_id, at, by, event, note) VALUES (1, '2026-11-25T10:00:00Z', ?, 'closed', ?)",
                arguments: [Self.escape, "rad 1\nrad 2 \u{1B}[31m\u{202E}"])
            try db.execute(
                sql: "INSERT INTO incident (tag, title, message, started_at, started_by) VALUES ('x', ?, '', '2026-11-25T10:00:00Z', ?)",
                arguments: [Self.escape, Self.escape])
            try db.execute(
                sql: "INSERT INTO audit_event (at, actor, action, details) VALUES ('2099-01-01T10:00:00Z', ?, 'refused', ?)",
                arguments: [Self.escape, Self.escape])
        }
        let show = try sandbox.run("handovers", "show", "1")
        #expect(show.status == 0)
        #expect(!Self.holdsRaw(show.stdout) && show.stdout.contains("␛]0;PWNED␇␛[2J"))
        // The note's line break cannot forge a history line of its own.
        #expect(show.stdout.contains("rad 1␊rad 2 ␛[31m�"))
        let csv = try sandbox.run("handovers", "--all", "--format", "csv")
        #expect(!Self.holdsRaw(csv.stdout, allowing: ["\n", "\r"]) && csv.stdout.contains("\\u001b]0;PWNED\\u0007\\u001b[2J"))
        let json = try sandbox.run("handovers", "--all", "--format", "json")
        #expect(!Self.holdsRaw(json.stdout))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["status_by"] as? String == Self.escape) // the data is kept
        let closeAgain = try sandbox.run("handovers", "close", "1")
        #expect(closeAgain.status == 65 && !Self.holdsRaw(closeAgain.stderr) && closeAgain.stderr.contains("␛]0;PWNED"))
        let incidents = try sandbox.run("incident")
        #expect(!Self.holdsRaw(incidents.stdout) && incidents.stdout.contains("␛]0;PWNED"))
        let audit = try sandbox.run(as: "maria", "audit")
        #expect(audit.status == 0 && !Self.holdsRaw(audit.stdout) && audit.stdout.contains("␛]0;PWNED"))
    }

    /// Every free-text argument, with the command it goes into; "X" is replaced by the value.
    static let freeText: [(name: String, arguments: [String])] = [
        ("--note", ["handovers", "callback", "1", "--note", "X"]),
        ("--by", ["handovers", "ack", "1", "--by", "X"]),
        ("argument 3", ["handovers", "close", "X"]),
        ("--note", ["log", "--channel", "phone", "--category", "avfall", "--note", "X"]),
        ("--operator", ["log", "--channel", "phone", "--category", "avfall", "--operator", "X"]),
        ("--referred-to", ["log", "--channel", "phone", "--category", "avfall", "--resolution", "referred", "--referred-to", "X"]),
        ("--incident", ["log", "--channel", "phone", "--category", "avfall", "--incident", "X"]),
        ("--call-id", ["log", "--channel", "phone", "--category", "avfall", "--call-id", "X"]),
        ("--id", ["log", "--channel", "phone", "--category", "avfall", "--id", "X"]),
        ("--category", ["log", "--channel", "phone", "--category", "X"]),
        ("--station", ["queue", "next", "--station", "X"]),
        ("--service", ["queue", "take", "--service", "X"]),
        ("argument 3", ["queue", "call", "X"]),
        ("--title", ["incident", "start", "--title", "X"]),
        ("--message", ["incident", "start", "--title", "TITLE", "--message", "X"]),
        ("--since", ["audit", "--since", "X"]),
        ("--sector", ["handovers", "--sector", "X"]),
        ("--status", ["handovers", "--status", "X"]),
        ("argument 2", ["import", "X"]),
        ("--medium", ["log", "--channel", "digital", "--category", "avfall", "--medium", "X"]),
        ("--forward-to", ["log", "--channel", "phone", "--category", "avfall", "--resolution", "forwarded", "--reason", "needs_case_officer", "--matter", "Medborgaren vill ha besked", "--forward-to", "X"]),
        ("--started", ["log", "--channel", "phone", "--category", "avfall", "--started", "X"]),
        ("argument 3", ["queue", "transfer", "X", "--channel", "sign_language"]),
        ("--out", ["stats", "dump", "--out", "X"]),
        ("--database", ["stats", "--database", "X"]),
    ]
    /// ESC alone and in sequences, BEL, backspace, CR, LF, tab, DEL, C1 CSI, bidi override and isolate.
    static let controls = ["\u{1B}", "\u{1B}]0;PWNED\u{07}", "\u{1B}[2J", "\u{07}", "\u{08}", "\r", "\n", "\t", "\u{7F}", "\u{9B}2J", "\u{202E}", "\u{2066}"]

    @Test("Fuzz: 25 free-text arguments × 12 control characters (300 runs): refused naming the option, or stored and shown inert; never raw on stdout or stderr")
    func fuzz() throws {
        let sandbox = try Self.withHandover()
        var refused = 0
        var stored = 0
        for (name, template) in Self.freeText {
            for control in Self.controls {
                let value = "a\(control)b"
                let user = template.first == "incident" || template.first == "audit" ? "maria" : "anna"
                var runner = sandbox
                runner.environment["USER"] = user
                // Each incident its own title: a second one with the same title would be refused for that.
                let arguments = template.map { $0 == "X" ? value : $0 == "TITLE" ? "Läcka \(refused + stored)" : $0 }
                let outcome = try runner.run(arguments: arguments)
                #expect(!Self.holdsRaw(outcome.stdout) && !Self.holdsRaw(outcome.stderr), "\(template) \(control.debugDescription)")
                if outcome.status == 64 {
                    refused += 1
                    #expect(outcome.stderr.contains(name), "\(template) \(control.debugDescription): \(outcome.stderr)")
                } else {
                    // Only a line break or a tab in a free-text note or message gets this far (a
                    // second callback on the same hand-over is then refused for its status, 65).
                    stored += 1
                    #expect(["--note", "--message"].contains(name) && ["\n", "\t"].contains(control), "\(template) \(control.debugDescription): \(outcome.status) \(outcome.stderr)")
                }
            }
        }
        #expect(refused + stored == Self.freeText.count * Self.controls.count)
        #expect(stored == 6) // two --note and one --message, each with a line break and a tab
        // What was stored is shown inert.
        let show = try sandbox.run("handovers", "show", "1")
        #expect(!Self.holdsRaw(show.stdout) && show.stdout.contains("a␊b"))
        let notes = try DatabaseQueue(path: sandbox.databasePath).read { db in try String.fetchAll(db, sql: "SELECT note FROM contact WHERE note IS NOT NULL") }
        #expect(notes == ["a\nb", "a\tb"]) // the data is kept as typed
        let incidents = try sandbox.run("incident")
        #expect(!Self.holdsRaw(incidents.stdout))
    }

    @Test("--by naming someone else: a guide is refused (77, audited, nothing written); an admin records it, audited naming both")
    func forgedBy() throws {
        let sandbox = try Self.withHandover()
        let forged = try sandbox.run("handovers", "close", "1", "--by", "maria")
        #expect(forged.status == 77 && forged.stderr.contains("--by maria") && forged.stderr.contains("admin"))
        let history = try sandbox.run("handovers", "show", "1")
        #expect(!history.stdout.contains("maria") && !history.stdout.contains("avslutat"))
        // Typed text that is not a login name stays out of the audit log.
        #expect(try sandbox.run("handovers", "close", "1", "--by", "811218-9876").status == 77)
        #expect(try sandbox.run("handovers", "ack", "1", "--by", "anna").status == 0) // naming yourself is fine
        let onBehalf = try sandbox.run(as: "admin", "handovers", "close", "1", "--by", "maria", "--note", "Beslut skickat")
        #expect(onBehalf.status == 0, "\(onBehalf.stderr)")
        #expect(try sandbox.run(as: "admin", "handovers", "reopen", "1", "--by", "okänd").status == 64)
        let shown = try sandbox.run("handovers", "show", "1")
        #expect(shown.stdout.split(separator: "\n").last?.contains("maria  avslutat") == true)
        let audit = try sandbox.run(as: "maria", "audit")
        let lines = audit.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("anna") && $0.contains("nekad") && $0.contains("--by names another operator (maria)") })
        #expect(lines.contains { $0.contains("--by names another operator (a name not in operators.toml)") })
        #expect(!audit.stdout.contains("9876"))
        #expect(lines.contains { $0.contains("admin") && $0.contains("registrerat åt annan") && $0.contains("handovers closed 1: recorded as maria") })
    }

    @Test("log --operator: your own name works, another's is refused for a guide (77, audited) and recorded and audited for an admin")
    func forgedOperator() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("log", "--operator", "anna", "--channel", "phone", "--category", "avfall").status == 0)
        let forged = try sandbox.run("log", "--operator", "erik", "--channel", "phone", "--category", "avfall")
        #expect(forged.status == 77 && forged.stderr.contains("--operator erik"))
        let admin = try sandbox.run(as: "admin", "log", "--operator", "erik", "--channel", "phone", "--category", "avfall")
        #expect(admin.status == 0, "\(admin.stderr)")
        let operators = try DatabaseQueue(path: sandbox.databasePath).read { db in try String.fetchAll(db, sql: "SELECT operator FROM contact ORDER BY id") }
        #expect(operators == ["anna", "erik"])
        let audit = try sandbox.run(as: "maria", "audit").stdout
        #expect(audit.contains("log: --operator names another operator (erik)"))
        #expect(audit.split(separator: "\n").contains { $0.contains("admin") && $0.contains("log: recorded as erik") })
    }

    @Test("A guide changes only hand-overs they forwarded; a supervisor any")
    func sectors() throws {
        var sandbox = try Self.withHandover()
        sandbox.environment["USER"] = "erik"
        let other = try sandbox.run("handovers", "ack", "1")
        #expect(other.status == 77 && other.stderr.contains("anna"))
        #expect(try sandbox.run(as: "anna", "handovers", "ack", "1").status == 0)
        #expect(try sandbox.run(as: "maria", "handovers", "callback", "1").status == 0)
        #expect(try sandbox.run(as: "maria", "audit").stdout.contains("handovers acknowledged 1: a guide may change only own hand-overs"))
        sandbox.environment["USER"] = "kalle"
        #expect(try sandbox.run("handovers", "close", "1").status == 78) // not in operators.toml at all
    }

    @Test("demo: admin only (77), audited with its counts, refused on a database with real contacts (65, nothing written)")
    func demo() throws {
        let sandbox = try Sandbox()
        let guide = try sandbox.run("demo", "--days", "2", "--per-day", "20")
        #expect(guide.status == 77 && guide.stderr.contains("admin"))
        #expect(try sandbox.run(as: "admin", "demo", "--days", "2", "--per-day", "20").status == 0)
        #expect(try sandbox.run(as: "admin", "demo", "--days", "2", "--per-day", "20").status == 0) // again on a demo database
        let audit = try sandbox.run(as: "maria", "audit").stdout
        #expect(audit.split(separator: "\n").filter { $0.contains("admin") && $0.contains("demodata skapad") && $0.contains("per_day 20") }.count == 2)
        #expect(audit.contains("contacts 0,")) // the second run added nothing
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").status == 0)
        let count = { try DatabaseQueue(path: sandbox.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contact") } }
        let before = try count()
        let refused = try sandbox.run(as: "admin", "demo", "--days", "2", "--per-day", "20", "--seed", "9")
        #expect(refused.status == 65 && refused.stderr.contains(sandbox.databasePath) && refused.stderr.contains("har 1 kontakt som"))
        #expect(try count() == before)
    }
}
