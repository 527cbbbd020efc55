import Foundation
import GRDB
import Testing

/// `servicecenter migrate`: the demo site moved from its SQLite file to a PostgreSQL database,
/// proved by counts and a day's statistics; refused whole into a database that holds a site.
@Suite("migrate: a SQLite site onto PostgreSQL", .endsWhatItStarts)
struct MigrateCommandTests {
    @Test("Refusals before anything is opened: an SQLite target 64, a missing source 66, a server as source 64")
    func refusals() throws {
        let sandbox = try Sandbox()
        let missing = sandbox.root.appendingPathComponent("nowhere/site.sqlite").path
        let noSource = try sandbox.run("migrate", "--from", "sqlite:" + missing, "--to", "postgresql://sc:hemligt@127.0.0.1:1/x", "--lang", "en")
        #expect(noSource.status == 66 && noSource.stderr.contains("\(missing) does not exist"), "\(noSource.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("nowhere").path))
        let fileTarget = try sandbox.run("migrate", "--from", "sqlite:" + missing, "--to", "/tmp/other.sqlite", "--lang", "en")
        #expect(fileTarget.status == 64 && fileTarget.stderr.contains("not a PostgreSQL address"), "\(fileTarget.stderr)")
        let serverSource = try sandbox.run("migrate", "--from", "postgresql://sc:hemligt@db/x", "--to", "postgresql://sc@db/y")
        #expect(serverSource.status == 64 && serverSource.stderr.contains("ingen SQLite-databas"), "\(serverSource.stderr)")
        #expect(!serverSource.stderr.contains("hemligt"))
    }

    @Test("An unreachable server: 69, the address without its password, the SQLite site as it was")
    func unreachable() throws {
        var sandbox = try Sandbox()
        sandbox.environment["USER"] = "admin"
        #expect(try sandbox.run("demo", "--days", "2", "--per-day", "20").status == 0)
        func contacts() throws -> Int {
            try DatabaseQueue(path: sandbox.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contact") ?? 0 }
        }
        let before = try contacts()
        #expect(before > 0)
        let outcome = try sandbox.run("migrate", "--from", sandbox.databasePath, "--to", "postgresql://sc:hemligt@127.0.0.1:1/x", "--lang", "en")
        #expect(outcome.status == 69 && outcome.stderr.contains("postgresql://sc:***@127.0.0.1:1/x cannot be reached"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("hemligt"))
        #expect(try contacts() == before)
    }

    @Test("The demo site moved: every table's rows the same on both sides, printed; a second run refused (65), nothing added",
          .enabled(if: ServerSandbox.adminAddress != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func movesDemoSite() throws {
        let server = try ServerSandbox()
        defer { server.drop() }
        var sandbox = try Sandbox()
        sandbox.environment["USER"] = "admin"
        #expect(try sandbox.run("demo", "--days", "5", "--per-day", "80").status == 0)
        let target = server.address(database: server.database, user: "postgres")
        let moved = try sandbox.run("migrate", "--from", "sqlite:" + sandbox.databasePath, "--to", target, "--lang", "en")
        let lines = moved.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Copied ") == true && lines.first?.contains("in one transaction") == true, "\(moved.stdout) \(moved.stderr)")
        for table in ["contact", "handover_event", "queue_call", "audit_event", "database_identity"] {
            let row = lines.first { $0.hasPrefix(table + " ") }?.split(separator: " ").map(String.init)
            #expect(row?.count == 3 && row?[1] == row?[2], "\(table): \(row ?? [])")
        }
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("read the same from both"), "\(moved.stdout)")

        let again = try sandbox.run("migrate", "--from", "sqlite:" + sandbox.databasePath, "--to", target, "--lang", "en")
        #expect(again.status == 65 && again.stderr.contains("already holds a site"), "\(again.stderr)")
        #expect(again.stderr.split(separator: "\n").count == 1)
    }
}
