import Foundation
import Testing

/// Issue 18, part D: the case on the command line and its end. `handovers show` gives the
/// matter, the call-back details to those who work the hand-over, and the sector's notes;
/// `purge` erases the call-back details once the retention has passed, leaving no byte of
/// them in the database's files; the statistics package never holds them.
@Suite("Hand-over cases and their end, end to end", .endsWhatItStarts)
struct HandoverCaseTests {
    static let phone = "070-174 06 55"
    static let email = "lena.berg@example.com"

    /// The number and the address as they are stored.
    static let stored = [phone, email]
    /// Every way the number or the address could sit in a file: as stored, the digits alone, the address's local part.
    static let needles = stored + ["1740655", "lena.berg"]

    /// Anna forwards a contact about refuse with a matter (holding a personnummer) and call-back details.
    static func forward(_ sandbox: Sandbox, endingAt end: String = "2026-11-20T10:00:00+01:00") throws {
        let ended = try #require(ISO8601DateFormatter().date(from: end))
        let outcome = try sandbox.run(
            "log", "--channel", "phone", "--category", "avfall", "--resolution", "forwarded", "--reason", "needs_case_officer",
            "--matter", "Kärlet ej tömt på tre veckor, pnr 811218-9876", "--phone", phone, "--email", email,
            "--callback-time", "förmiddag", "--started", ISO8601DateFormatter().string(from: ended.addingTimeInterval(-300)),
            "--ended", end)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    /// The database, its write-ahead log and shared-memory file, read as `strings` reads them.
    static func filesHolding(_ needle: String, in sandbox: Sandbox) -> [String] {
        ["", "-wal", "-shm"].map { sandbox.databasePath + $0 }.filter { file in
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            return bytes.range(of: Data(needle.utf8)) != nil
        }
    }

    @Test("show: matter masked, call-back details for the maker and a supervisor only, the sector's closing note on the status line")
    func show() throws {
        let sandbox = try Sandbox()
        try Self.forward(sandbox)
        let own = try sandbox.run("handovers", "show", "1")
        #expect(own.status == 0, "\(own.stderr)")
        let lines = own.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Ärende 1 · Tekniska förvaltningen")
        #expect(lines.contains { $0.hasPrefix("Ärendebeskrivning:") && $0.hasSuffix("Kärlet ej tömt på tre veckor, pnr 811218-****") })
        #expect(lines.contains { $0.hasPrefix("Överlämnat:") && $0.contains("2026-11-20 10:00 av anna") })
        #expect(lines.contains { $0.hasPrefix("Kontakt senast:") && $0.contains("2026-11-2") })
        let callback = try #require(lines.first { $0.hasPrefix("Återkontakt:") })
        #expect(callback.contains("174") && callback.contains("06") && callback.contains("55") && callback.contains(Self.email)
            && callback.contains("förmiddag"), "\(callback)")
        #expect(!own.stdout.contains("9876"))

        // Another guide sees the case, not how to reach the citizen; a supervisor sees both.
        let other = try sandbox.run(as: "erik", "handovers", "show", "1")
        #expect(other.status == 0)
        #expect(other.stdout.contains("Kärlet ej tömt") && !other.stdout.contains("lena.berg") && !other.stdout.contains("174 06"))
        #expect(other.stdout.contains("Återkontakt:") && other.stdout.contains("visas bara för guiden som lämnade över ärendet"))
        // A login not in operators.toml has no role that would let it see them.
        let stranger = try sandbox.run(as: "okand", "handovers", "show", "1")
        #expect(stranger.status == 0 && !stranger.stdout.contains("lena.berg") && stranger.stdout.contains("visas bara för"))
        let supervisor = try sandbox.run(as: "maria", "handovers", "show", "1")
        #expect(supervisor.stdout.contains(Self.email))
        let english = try sandbox.run(as: "erik", "handovers", "show", "1", "--lang", "en")
        #expect(english.stdout.contains("Call-back:") && english.stdout.contains("shown only to the guide who made the hand-over"))

        // The sector's words: masked like a note, and on the status line.
        let closed = try sandbox.run("handovers", "close", "1", "--note", "Kärlet tömt, ring 070-123 45 67 vid frågor")
        #expect(closed.status == 0, "\(closed.stderr)")
        let after = try sandbox.run("handovers", "show", "1")
        let status = try #require(after.stdout.split(separator: "\n").first { $0.hasPrefix("Status:") })
        #expect(status.contains("Avslutat") && status.contains("Kärlet tömt") && !status.contains("123 45 67"), "\(status)")
        #expect(after.stdout.split(separator: "\n").last?.contains("avslutat – Kärlet tömt") == true)

        // Lists show the matter's first words, never the call-back details.
        for format in ["table", "csv", "json"] {
            let list = try sandbox.run("handovers", "--all", "--format", format)
            #expect(list.status == 0)
            #expect(list.stdout.contains("Kärlet ej tömt"), "\(format): \(list.stdout)")
            #expect(!Self.needles.contains { list.stdout.contains($0) } && !list.stdout.contains("9876"), "\(format)")
        }
    }

    @Test("demo: its hand-overs carry matters, and fictional call-back details that a supervisor's show prints")
    func demo() throws {
        let sandbox = try Sandbox()
        let demo = try sandbox.run(as: "admin", "demo", "--days", "3", "--per-day", "60")
        #expect(demo.status == 0, "\(demo.stderr)")
        let list = try sandbox.run("handovers", "--all", "--format", "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count > 5)
        #expect(objects.allSatisfy { ($0["matter"] as? String)?.isEmpty == false }, "\(list.stdout.prefix(400))")
        var shownNumbers = 0
        for object in objects.prefix(15) {
            let id = try #require(object["id"] as? Int)
            let show = try sandbox.run(as: "maria", "handovers", "show", String(id))
            #expect(show.status == 0)
            if show.stdout.contains("telefon 070-174 06 ") { shownNumbers += 1 }
        }
        #expect(shownNumbers > 0)
    }

    @Test("strings: closed and purged past callback_days, no byte of the number or address is left in the database, -wal or -shm; the statistics package never had them")
    func strings() throws {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        try Self.forward(sandbox)
        #expect(try sandbox.run("handovers", "close", "1", "--note", "Klart").status == 0)
        // The search finds what is there: before the purge the number is in the files.
        #expect(Self.stored.allSatisfy { !Self.filesHolding($0, in: sandbox).isEmpty }, "the needles must match the stored form")

        // Closed today: within the 30 days, kept.
        let early = try sandbox.run(as: "admin", "purge")
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stdout.contains("i 0 ärenden"), "\(early.stdout)")
        #expect(try sandbox.run(as: "maria", "handovers", "show", "1").stdout.contains(Self.email))

        // The statistics package, written meanwhile, never holds them.
        let out = sandbox.root.appendingPathComponent("stats")
        let dumped = try sandbox.run(as: "maria", "stats", "dump", "--date", "2026-11-20", "--out", out.path, "--format", "csv,json", "--excel")
        #expect(dumped.status == 0, "\(dumped.stderr)")
        let files = StatsDumpTests.snapshot(out)
        #expect(!files.isEmpty)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.needles + ["Kärlet ej tömt", "förmiddag"] { #expect(!text.contains(secret), "\(secret) in \(path)") }
        }
        let stats = try sandbox.run(as: "maria", "stats", "--date", "2026-11-20", "--by", "sector")
        #expect(stats.status == 0 && !Self.needles.contains { stats.stdout.contains($0) })

        // Past the retention: the hand-over has now been closed callback_days (0 here: the
        // purge after closing; the day arithmetic itself is the store's and the core's tests).
        let settings = config.appendingPathComponent("servicecenter.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "callback_days = 30", with: "callback_days = 0").write(to: settings, atomically: true, encoding: .utf8)
        let purged = try sandbox.run(as: "admin", "purge")
        #expect(purged.status == 0, "\(purged.stderr)")
        #expect(purged.stdout.contains("Raderat återkontaktsuppgifter (telefon, e-post, tid) i 1 ärende"), "\(purged.stdout)")
        for needle in Self.needles + ["förmiddag"] {
            #expect(Self.filesHolding(needle, in: sandbox).isEmpty, "\(needle) in \(Self.filesHolding(needle, in: sandbox))")
        }
        // The case and its history stay; the audit log has the count, not the data.
        let show = try sandbox.run(as: "maria", "handovers", "show", "1")
        #expect(show.stdout.contains("Kärlet ej tömt") && show.stdout.contains("inga uppgifter"))
        let audit = try sandbox.run(as: "maria", "audit")
        #expect(audit.stdout.contains("call-backs 1") && !Self.needles.contains { audit.stdout.contains($0) })
    }
}
