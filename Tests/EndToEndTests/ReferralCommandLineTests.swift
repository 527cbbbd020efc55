import Foundation
import Testing

/// Where citizens were referred, from the command line to the open package: `log` and `import`
/// take a destination of Config/referrals.toml, refuse any other with exit 65 and the valid ids,
/// `stats` counts per destination, and the package counts them without the "annan" text.
@Suite("Referral destinations, end to end", .endsWhatItStarts, .serialized)
struct ReferralCommandLineTests {
    static let day = "2026-11-20"

    func log(_ sandbox: Sandbox, _ extra: String..., at minute: Int) throws -> Sandbox.Outcome {
        let time = String(format: "%02d", minute)
        return try sandbox.run(arguments: [
            "log", "--channel", "phone", "--category", "forsakringskassan", "--resolution", "referred",
            "--started", "\(Self.day)T10:\(time):00+01:00", "--ended", "\(Self.day)T10:\(time):30+01:00",
        ] + extra)
    }

    @Test("An unknown destination: one line naming the value and the valid ids, exit 65, nothing stored")
    func unknown() throws {
        let sandbox = try Sandbox()
        let refused = try log(sandbox, "--referred-to", "Lantmäteriet", at: 0)
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("\"Lantmäteriet\""))
        #expect(refused.stderr.contains("forsakringskassan, skatteverket, polisen"))
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        let annanWithoutText = try log(sandbox, "--referred-to", "annan", at: 1)
        #expect(annanWithoutText.status == 65 && annanWithoutText.stderr.contains("referred_other"))
        #expect(try sandbox.run("stats", "--date", Self.day).stdout.contains("Hänvisade per destination") == false)
    }

    @Test("log by id and by name (any case, no å/ä/ö), annan with its words; stats counts per destination; import names file:line")
    func logStatsImport() throws {
        let sandbox = try Sandbox()
        #expect(try log(sandbox, "--referred-to", "forsakringskassan", at: 0).status == 0)
        #expect(try log(sandbox, "--referred-to", "FORSAKRINGSKASSAN", at: 1).status == 0)
        #expect(try log(sandbox, "--referred-to", "Region Örebro län / 1177", at: 2).status == 0)
        let other = try log(sandbox, "--referred-other", "Hyresnämnden KANARIE", at: 3)
        #expect(other.status == 0, "\(other.stderr)")
        let stats = try sandbox.run("stats", "--date", Self.day)
        #expect(stats.status == 0)
        let lines = stats.stdout.split(separator: "\n").map(String.init)
        let title = try #require(lines.firstIndex(of: "Hänvisade per destination"), "\(stats.stdout)")
        #expect(Array(lines[(title + 1)...(title + 3)]) == ["  Försäkringskassan: 2", "  Annan: 1", "  Region Örebro län / 1177: 1"])
        #expect(!stats.stdout.contains("KANARIE"), "stats shows no free text")

        let file = sandbox.root.appendingPathComponent("referrals.jsonl")
        let good = #"{"id":"r1","started_at":"2026-11-20T11:00:00+01:00","ended_at":"2026-11-20T11:01:00+01:00","channel":"visit","category":"forsakringskassan","resolution":"referred","referred_to":"csn","operator":"anna"}"#
        let bad = #"{"id":"r2","started_at":"2026-11-20T11:02:00+01:00","ended_at":"2026-11-20T11:03:00+01:00","channel":"visit","category":"forsakringskassan","resolution":"referred","referred_to":"Lantmateriet","operator":"anna"}"#
        try (good + "\n" + bad + "\n").write(to: file, atomically: true, encoding: .utf8)
        let refused = try sandbox.run("import", file.path)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(file.path):2"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Lantmateriet"))
        try (good + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try sandbox.run("import", file.path).status == 0)
    }

    @Test("The package counts referrals per destination, validates, reruns byte-identical, and holds no annan text")
    func package() throws {
        let sandbox = try Sandbox()
        #expect(try log(sandbox, "--referred-to", "skatteverket", at: 0).status == 0)
        #expect(try log(sandbox, "--referred-to", "skatteverket", at: 1).status == 0)
        #expect(try log(sandbox, "--referred-other", "Hyresnämnden KANARIE 070-123 45 67", at: 2).status == 0)
        let out = sandbox.root.appendingPathComponent("stats")
        let dumped = try sandbox.run("stats", "dump", "--date", Self.day, "--out", out.path, "--format", "csv,json")
        #expect(dumped.status == 0, "\(dumped.stderr)")
        let package = out.appendingPathComponent(Self.day)
        let files = StatsDumpTests.snapshot(package)
        let table = String(decoding: try #require(files["referrals_by_destination.csv"]), as: UTF8.self)
        #expect(table.split(separator: "\r\n").map(String.init) == [
            "date,destination,destination_name,referred,suppressed",
            "2026-11-20,annan,Annan,1,false",
            "2026-11-20,skatteverket,Skatteverket,2,false",
        ], "\(table)")
        let descriptor = String(decoding: try #require(files["datapackage.json"]), as: UTF8.self)
        #expect(descriptor.contains("\"referrals_by_destination\""))
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["KANARIE", "Hyresnämnden", "070-123"] {
                #expect(!text.contains(secret), "\(secret) in \(path)")
            }
        }
        let again = try sandbox.run("stats", "dump", "--date", Self.day, "--out", out.path, "--format", "csv,json")
        #expect(again.status == 0)
        #expect(StatsDumpTests.snapshot(package) == files, "a rerun on the same data changed the files")
        // Validated as written, JSON included: this day has no queue calls, and the
        // service-level table's JSON is its header alone (it was `[]`, which Frictionless refused).
        try PackageValidityTests.expectValid(package, "referrals")
    }
}
