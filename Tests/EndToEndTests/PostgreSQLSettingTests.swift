import Foundation
import Testing

/// The database setting may name a PostgreSQL server (`postgresql://…`), which this version
/// does not have yet: every command that opens the database says so plainly (exit 78, a
/// setting to change), names the address without its password, and makes nothing.
@Suite("A PostgreSQL setting is refused, not taken for a file", .endsWhatItStarts)
struct PostgreSQLSettingTests {
    static let address = "postgresql://sc:hemligt@db.example:5432/servicecenter"
    static let shown = "postgresql://sc:***@db.example:5432/servicecenter"

    @Test("Every command that opens the database, given --database postgresql://…: exit 78, the address without its password")
    func everyCommand() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.file("contacts.jsonl", #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"admin"}"# + "\n")
        var tried = 0
        for leaf in try MissingDatabaseTests.leaves(sandbox) + ["demo --remove"] where !MissingDatabaseTests.withoutDatabase.contains(leaf) {
            let extra = MissingDatabaseTests.arguments[leaf] ?? []
            let words = leaf.split(separator: " ").map(String.init).filter { !$0.hasPrefix("--") }
            var admin = sandbox
            admin.environment["USER"] = "admin"
            let outcome = try admin.run(arguments: words + extra + ["--database", Self.address], input: Data())
            #expect(outcome.status == 78, "`\(leaf)`: \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("PostgreSQL") && outcome.stderr.contains(Self.shown), "`\(leaf)`: \(outcome.stderr)")
            #expect(!outcome.stderr.contains("hemligt") && !outcome.stdout.contains("hemligt"), "`\(leaf)` showed the password")
            tried += 1
        }
        #expect(tried >= 25)
        // Nothing was made for it: no file named like the address, anywhere in the sandbox.
        let made = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
        #expect(!made.contains { $0.lowercased().hasPrefix("postgres") }, "\(made)")
    }

    @Test("From $SERVICECENTER_DATABASE too, in English; sqlite:PATH is a file as before")
    func fromEnvironment() throws {
        var sandbox = try Sandbox()
        let file = sandbox.databasePath
        sandbox.environment["SERVICECENTER_DATABASE"] = "postgres://db.example/sc?password=hemligt"
        let refused = try sandbox.run("stats", "show", "--lang", "en")
        #expect(refused.status == 78)
        #expect(refused.stderr.contains("PostgreSQL is not built into this version yet"), "\(refused.stderr)")
        #expect(refused.stderr.contains("postgres://db.example/sc?password=***") && !refused.stderr.contains("hemligt"))

        sandbox.environment["SERVICECENTER_DATABASE"] = "sqlite:" + file
        let started = try sandbox.run("import", "--create", "-", input: Data())
        #expect(started.status == 0, "\(started.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(try sandbox.run("stats", "show").status == 0)
    }
}
