import Foundation
import Testing

/// Which commands may make a database: desk (its first start), demo, and log/import with
/// --create or into the configured default. Everything else meets a missing one with exit 69.
@Suite("A missing database is said, not made", .endsWhatItStarts)
struct MissingDatabaseTests {
    /// Arguments that get each command past its own checks to the database, by its path in
    /// the command tree. A command added to the tree without an entry here fails `everyCommand`
    /// by name, so no new command can start making databases unnoticed.
    static let arguments: [String: [String]] = [
        "log": ["--channel", "phone", "--category", "avfall"],
        "import": ["contacts.jsonl"],
        "stats show": [],
        "stats dump": ["--out", "dump"],
        "stats gaps": [],
        "handovers list": [],
        "handovers ack": ["1"],
        "handovers callback": ["1"],
        "handovers close": ["1"],
        "handovers reopen": ["1"],
        "handovers show": ["1"],
        "handovers deliver": [],
        "handovers outbox": [],
        "handovers feed": [],
        "queue take": ["--channel", "visit"],
        "queue next": ["--channel", "visit"],
        "queue call": ["B001"],
        "queue no-show": ["B001"],
        "queue transfer": ["B001", "--channel", "sign_language"],
        "queue list": [],
        "queue events": ["-"],
        "queue status": ["available"],
        "incident start": ["--title", "Driftstopp", "--message", "E-tjänsten ligger nere"],
        "incident end": [],
        "incident list": [],
        "dashboard": [],
        "audit": [],
        "purge": [],
        "demo --remove": ["--remove"],
        "roles sync": [],
        "staffing": [],
        // Its databases are --from and --to, never --database: a missing source is 66, and nothing is made.
        "migrate": ["--from", "missing/site.sqlite", "--to", "postgresql://sc@127.0.0.1:1/x"],
    ]
    /// Made by design: the desk's first start, demo into a file of its own.
    static let creators: Set<String> = ["desk", "demo"]
    /// Never open a database.
    static let withoutDatabase: Set<String> = ["config check", "migrate"]

    /// Every leaf of the command tree, as `servicecenter --experimental-dump-help` describes it.
    static func leaves(_ sandbox: Sandbox) throws -> [String] {
        let outcome = try sandbox.run("--experimental-dump-help")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        var found: [String] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let name = command["commandName"] as? String ?? ""
            let here = path + [name]
            let children = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
            if children.isEmpty {
                found.append(here.dropFirst().joined(separator: " "))
            } else {
                for child in children { walk(child, here) }
            }
        }
        walk(try #require(root["command"] as? [String: Any]), [])
        return found
    }

    @Test("Every command but desk and demo, pointed at a mistyped --database: exit 69 with the path, no file, no folder")
    func everyCommand() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.file("contacts.jsonl", #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"admin"}"# + "\n")
        let leaves = try Self.leaves(sandbox)
        #expect(leaves.count >= 25, "\(leaves)")
        var tried = 0
        for leaf in leaves + ["demo --remove"] where !Self.creators.contains(leaf) {
            guard let extra = Self.arguments[leaf] ?? (Self.withoutDatabase.contains(leaf) ? [] : nil) else {
                Issue.record("`\(leaf)` has no entry in MissingDatabaseTests.arguments: add the arguments that reach its database")
                continue
            }
            let folder = sandbox.root.appendingPathComponent("typo-\(tried)")
            let path = folder.appendingPathComponent("x.sqlite").path
            let words = leaf.split(separator: " ").map(String.init).filter { !$0.hasPrefix("--") }
            var admin = sandbox
            admin.environment["USER"] = "admin"
            let outcome = try admin.run(arguments: words + extra + ["--database", path], input: Data())
            #expect(!FileManager.default.fileExists(atPath: folder.path), "`\(leaf)` made \(folder.path)")
            if !Self.withoutDatabase.contains(leaf) {
                #expect(outcome.status == 69 && outcome.stderr.contains(path), "`\(leaf)`: \(outcome.status) \(outcome.stderr)")
            }
            tried += 1
        }
        #expect(tried >= 25)
    }

    @Test("log and import make a database with --create, or into the configured one; without either, 69")
    func explicitCreation() throws {
        let sandbox = try Sandbox()
        let log = ["log", "--channel", "phone", "--category", "avfall"]
        let named = sandbox.root.appendingPathComponent("new/site.sqlite").path
        let refused = try sandbox.run(arguments: log + ["--database", named])
        #expect(refused.status == 69 && refused.stderr.contains(named) && refused.stderr.contains("--create"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("new").path))
        #expect(try sandbox.run(arguments: log + ["--database", named, "--create"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: named))
        // The configured database (here $SERVICECENTER_DATABASE) is made on first use, as the README's first steps expect.
        #expect(try sandbox.run(arguments: log).status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.databasePath))

        let file = try sandbox.file("one.jsonl", #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"anna"}"# + "\n")
        let other = sandbox.root.appendingPathComponent("imported.sqlite").path
        #expect(try sandbox.run("import", file, "--database", other).status == 69)
        #expect(!FileManager.default.fileExists(atPath: other))
        #expect(try sandbox.run("import", file, "--database", other, "--create").status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
    }
}
