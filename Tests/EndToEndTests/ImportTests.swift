import Foundation
import GRDB
import Testing

@Suite("servicecenter import, end to end", .endsWhatItStarts)
struct ImportTests {
    static func line(
        _ id: String, _ channel: String = "phone", _ category: String = "avfall", resolution: String = "resolved",
        extra: String = ""
    ) -> String {
        #"{"id":"\#(id)","started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:04:00+01:00","channel":"\#(channel)","category":"\#(category)","resolution":"\#(resolution)","operator":"anna","queue_wait_s":30\#(extra)}"#
    }

    let day = ["--date", "2026-11-23"]

    @Test("A day's file imports; the same file again adds nothing; stats shows the right FCR")
    func importTwice() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.file("day.jsonl", [
            Self.line("t1"),
            Self.line("t2", "visit", "ekonomiskt_bistand", resolution: "forwarded", extra: #","forward_reason":"needs_case_officer","matter":"Vill söka försörjningsstöd""#),
            Self.line("t3", "digital", "e_legitimation", extra: #","medium":"chat","digital_help":true"#),
            Self.line("t4", "phone", "forsakringskassan", resolution: "referred", extra: #","referred_to":"Försäkringskassan""#),
        ].joined(separator: "\n") + "\n")
        let first = try sandbox.run("import", file)
        #expect(first.status == 0)
        #expect(first.stdout == "Importerade 4 kontakter.\n")
        let second = try sandbox.run("import", file)
        #expect(second.status == 0)
        #expect(second.stdout == "Importerade 0 kontakter (4 fanns redan och hoppades över).\n")
        let stats = try sandbox.run(arguments: ["stats"] + day)
        let total = stats.stdout.split(separator: "\n").first { $0.hasPrefix("Totalt") }
        // 2 of 4 resolved; resolvable categories: avfall, e_legitimation, forsakringskassan → 2 of 3.
        #expect(total?.contains("50,0 %") == true)
        #expect(total?.contains("66,7 %") == true)
        #expect(total?.contains("25,0 %") == true) // digital help
    }

    @Test("One bad line: nothing is imported and every bad line is named with its number")
    func allOrNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        let file = try sandbox.file("bad.jsonl", [
            Self.line("b1"),
            Self.line("b2", "fax"),
            Self.line("b3"),
            "{not json",
            Self.line("b5", extra: #","queue_wait_s":-3"#).replacingOccurrences(of: #""queue_wait_s":30,"#, with: ""),
        ].joined(separator: "\n"))
        let outcome = try sandbox.run("import", file)
        #expect(outcome.status == 65)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("bad.jsonl:2: okänd kanal \"fax\""))
        #expect(outcome.stderr.contains("bad.jsonl:4: raden är inte giltig JSON"))
        #expect(outcome.stderr.contains("bad.jsonl:5: kötiden -3 s är negativ"))
        #expect(!outcome.stderr.contains("bad.jsonl:1:"))
        #expect(outcome.stderr.contains("Inget importerades: 3 av 5 rader"))
        #expect(try sandbox.run(arguments: ["stats"] + day).stdout.contains("Inga kontakter"))
    }

    @Test("Invalid UTF-8 is named with its line number")
    func invalidUTF8() throws {
        let sandbox = try Sandbox()
        var data = Data((Self.line("u1") + "\n").utf8)
        data.append(contentsOf: Array(#"{"note":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A])
        let path = sandbox.root.appendingPathComponent("latin1.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: data))
        let outcome = try sandbox.run("import", path)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("latin1.jsonl:2: raden är inte giltig UTF-8"))
    }

    @Test("Standard input works with -, a missing file exits 66")
    func stdinAndMissing() throws {
        let sandbox = try Sandbox()
        let piped = try sandbox.run("import", "-", input: Data((Self.line("s1") + "\n").utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout == "Importerade 1 kontakter.\n")
        let missing = try sandbox.run("import", "/nonexistent/day.jsonl")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/day.jsonl"))
    }

    func contactCount(_ path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM contact") ?? -1 }
    }

    @Test("A pipe of thousands of lines is imported whole, or not at all, and leaves nothing in the temporary folder")
    func pipe() throws {
        var sandbox = try Sandbox()
        let spool = sandbox.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        sandbox.environment["TMPDIR"] = spool.path
        let good = (0..<3_000).map { Self.line("p\($0)") }
        for (name, lines, status, stored) in [("bad.jsonl", good + ["{"], Int32(65), 0), ("good.jsonl", good, 0, 3_000)] {
            let path = sandbox.root.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8)))
            // Standard input a pipe, which cannot be read twice: the import copies it as it checks it.
            sandbox.wrapper = ["/bin/sh", "-c", "cat '\(path)' | \"$0\" \"$@\""]
            let outcome = try sandbox.run("import", "-")
            #expect(outcome.status == status, "\(name): \(outcome.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: spool.path).isEmpty, "\(name)")
            sandbox.wrapper = []
            #expect(try contactCount(sandbox.databasePath) == stored, "\(name)")
        }
        #expect(try sandbox.run("import", "-", input: Data((good[0] + "\n").utf8)).stdout == "Importerade 0 kontakter (1 fanns redan och hoppades över).\n")
        // No temporary folder to copy a pipe into: said as that, exit 73, nothing stored.
        let missing = sandbox.root.appendingPathComponent("no-such-folder").path
        sandbox.environment["TMPDIR"] = missing
        let path = sandbox.root.appendingPathComponent("more.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data((Self.line("q1") + "\n").utf8)))
        sandbox.wrapper = ["/bin/sh", "-c", "cat '\(path)' | \"$0\" \"$@\""]
        let refused = try sandbox.run("import", "-")
        #expect(refused.status == 73 && refused.stderr.contains(missing) && refused.stderr.contains("TMPDIR"), "\(refused.stderr)")
        sandbox.wrapper = []
        #expect(try contactCount(sandbox.databasePath) == 3_000)
    }
}
