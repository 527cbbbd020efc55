import Foundation
import Testing

/// `servicecenter stats gaps` (issue 17): the words guides typed that matched no category,
/// counted for the admin, masked, most frequent first; refused to anyone else (77, audited);
/// never in the open-data package.
@Suite("End to end: the catalogue gap report", .endsWhatItStarts)
struct StatsGapsTests {
    /// Övrig fråga contacts: one whose word the catalogue has (bostadsbidrag), three about
    /// hundskatt (with filler words, with a personnummer), the tester's five about glasögon and
    /// linser (two with a personnummer, one also with a phone number), and one under a real
    /// category. Counted per phrase, the glasögon ones were five rows of 1.
    func sandboxWithGaps() throws -> Sandbox {
        let sandbox = try Sandbox()
        for (category, subject) in [
            ("ovrigt", "Bostadsbidrag"), ("ovrigt", "jag vill ha hundskatt"), ("ovrigt", "hundskatt 811218-9876"),
            ("ovrigt", "om hundskatt"), ("avfall", "hundskatt"),
            ("ovrigt", "glasögon"), ("ovrigt", "glasögon linser"), ("ovrigt", "linser"),
            ("ovrigt", "glasögon 19850101-1236 070-123 45 67"), ("ovrigt", "Glasögon? 811218-9876"),
        ] {
            let logged = try sandbox.run("log", "--channel", "phone", "--category", category, "--subject", subject)
            #expect(logged.status == 0, "\(logged.stderr)")
        }
        return sandbox
    }

    @Test("An admin gets each unmatched word with its count, folded, most frequent first, no digits, as text, CSV and JSON")
    func report() throws {
        let sandbox = try sandboxWithGaps()
        let text = try sandbox.run(as: "admin", "stats", "gaps")
        #expect(text.status == 0, "\(text.stderr)")
        let rows = text.stdout.split(separator: "\n").map(String.init).dropFirst(2).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        // bostadsbidrag is in the shipped catalogue now (Försäkringskassan): no gap.
        #expect(!text.stdout.contains("bostadsbidrag"))
        #expect(rows == ["glasogon 4", "hundskatt 3", "linser 2"], "\(text.stdout)")
        // Neither the masked numbers' leftovers nor their digits are words.
        #expect(!text.stdout.contains("9876") && !text.stdout.contains("811218") && !text.stdout.contains("850101"))
        #expect(!text.stdout.contains("070") && !text.stdout.contains("*"))

        let csv = try sandbox.run(as: "admin", "stats", "gaps", "--format", "csv", "--date", "today")
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("word,count,last_seen\r\nglasogon,4,"))

        let json = try sandbox.run(as: "admin", "stats", "gaps", "--format", "json")
        let rowsJSON = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rowsJSON.map { $0["word"] as? String } == ["glasogon", "hundskatt", "linser"])
        #expect(rowsJSON.map { $0["count"] as? Int } == [4, 3, 2])
    }

    @Test("A guide or a supervisor is refused with 77, and the refusal is in the audit log")
    func refused() throws {
        let sandbox = try sandboxWithGaps()
        let guide = try sandbox.run("stats", "gaps")
        #expect(guide.status == 77)
        #expect(guide.stderr.contains("admin"))
        #expect(!guide.stdout.contains("hundskatt"))
        let supervisor = try sandbox.run(as: "maria", "stats", "gaps", "--format", "csv")
        #expect(supervisor.status == 77)
        #expect(supervisor.stdout.isEmpty)
        let audit = try sandbox.run(as: "maria", "audit")
        #expect(audit.stdout.contains("stats gaps: needs admin, has guide"))
        #expect(audit.stdout.contains("stats gaps: needs admin, has supervisor"))
    }

    @Test("No database: exit 69 and nothing created; no gaps: said so")
    func emptyAndMissing() throws {
        let sandbox = try Sandbox()
        let missing = try sandbox.run(as: "admin", "stats", "gaps")
        #expect(missing.status == 69)
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
        #expect(try sandbox.run("log", "--channel", "phone", "--category", "avfall").status == 0)
        let empty = try sandbox.run(as: "admin", "stats", "gaps")
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("Inga sökningar utan träff"))
    }

    @Test("The open-data package holds no subject and no gap text")
    func notInOpenPackage() throws {
        let sandbox = try sandboxWithGaps()
        let out = sandbox.root.appendingPathComponent("open")
        let dump = try sandbox.run(as: "maria", "stats", "dump", "--date", "today", "--out", out.path, "--format", "csv,json")
        #expect(dump.status == 0, "\(dump.stderr)")
        let files = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = (try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)) ?? ""
            #expect(!text.contains("hundskatt"), "\(file)")
        }
    }
}
