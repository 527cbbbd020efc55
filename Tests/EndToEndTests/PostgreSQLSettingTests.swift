import Foundation
import Testing
import TestSupport

/// The database setting may name a PostgreSQL server (`postgresql://…`). Whatever goes wrong
/// between the program and the server is said in one line naming the address without its
/// password, with its own exit code, and nothing is made for it on the local disk.
@Suite("A PostgreSQL setting: every command reaches for the server, and says plainly when it cannot", .endsWhatItStarts)
struct PostgreSQLSettingTests {
    /// Nothing listens on port 1: the connection is refused at once.
    static let address = "postgresql://sc:hemligt@127.0.0.1:1/x"
    static let shown = "postgresql://sc:***@127.0.0.1:1/x"

    /// A sandbox whose operators.toml lists the address's user `sc` as admin: on PostgreSQL the
    /// operator is the database user, so every command gets past its role check to the server.
    static func sandbox() throws -> Sandbox {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let operators = config.appendingPathComponent("operators.toml")
        let listed = try String(contentsOf: operators, encoding: .utf8)
        try (listed + "\n[[operator]]\nuser = \"sc\"\nname = \"Servicecenter\"\nrole = \"admin\"\n")
            .write(to: operators, atomically: true, encoding: .utf8)
        return sandbox
    }

    @Test("Every command that opens the database, given an unreachable server: exit 69, the address without its password, nothing made")
    func everyCommand() throws {
        let sandbox = try Self.sandbox()
        _ = try sandbox.file("contacts.jsonl", #"{"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"resolved","operator":"sc"}"# + "\n")
        var tried = 0
        for leaf in try MissingDatabaseTests.leaves(sandbox) + ["demo --remove"] where !MissingDatabaseTests.withoutDatabase.contains(leaf) {
            let extra = MissingDatabaseTests.arguments[leaf] ?? []
            let words = leaf.split(separator: " ").map(String.init).filter { !$0.hasPrefix("--") }
            let outcome = try sandbox.run(arguments: words + extra + ["--database", Self.address, "--lang", "en"], input: Data())
            #expect(outcome.status == 69, "`\(leaf)`: \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("cannot be reached: connection refused") && outcome.stderr.contains(Self.shown), "`\(leaf)`: \(outcome.stderr)")
            #expect(outcome.stderr.split(separator: "\n").count == 1, "`\(leaf)`: one line, not \(outcome.stderr)")
            #expect(!outcome.stderr.contains("hemligt") && !outcome.stdout.contains("hemligt"), "`\(leaf)` showed the password")
            tried += 1
        }
        #expect(tried >= 25)
        // Nothing was made for it: no file named like the address, anywhere in the sandbox.
        let made = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
        #expect(!made.contains { $0.lowercased().hasPrefix("postgres") || $0.hasPrefix("127") }, "\(made)")
    }

    @Test("From $SERVICECENTER_DATABASE too, in Swedish and English; sqlite:PATH is a file as before")
    func fromEnvironment() throws {
        var sandbox = try Self.sandbox()
        let file = sandbox.databasePath
        sandbox.environment["SERVICECENTER_DATABASE"] = "postgres://sc@127.0.0.1:1/sc?password=hemligt"
        let refused = try sandbox.run("stats", "show", "--lang", "en")
        #expect(refused.status == 69)
        #expect(refused.stderr.contains("The database server postgres://sc@127.0.0.1:1/sc?password=*** cannot be reached"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("hemligt"))
        let swedish = try sandbox.run("stats", "show")
        #expect(swedish.status == 69 && swedish.stderr.contains("går inte att nå"), "\(swedish.stderr)")

        sandbox.environment["SERVICECENTER_DATABASE"] = "sqlite:" + file
        let started = try sandbox.run("import", "--create", "-", input: Data())
        #expect(started.status == 0, "\(started.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(try sandbox.run("stats", "show").status == 0)
    }

    @Test("An address that cannot be read is a setting to correct: exit 78, saying what is wrong")
    func badAddress() throws {
        let sandbox = try Self.sandbox()
        for (address, reason) in [
            ("postgresql://sc:hemligt@127.0.0.1:99999/x", "not a number from 1 to 65535"),
            ("postgresql://sc:hemligt@127.0.0.1/x?sslmode=sometimes", "sslmode \"sometimes\""),
            ("postgresql://sc:hemligt@a,b/x", "several hosts"),
        ] {
            let outcome = try sandbox.run("stats", "show", "--database", address, "--lang", "en")
            #expect(outcome.status == 78, "\(address): \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("cannot be used") && outcome.stderr.contains(reason), "\(address): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("hemligt"), "\(outcome.stderr)")
        }
    }
}

/// The same on a real server (`SERVICECENTER_TEST_POSTGRES`, skipped without): a missing
/// database, a schema from a newer program, a user without grants, each one line and its code.
@Suite("PostgreSQL failures on a real server, end to end", .endsWhatItStarts,
       .enabled(if: ServerSandbox.adminAddress != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct PostgreSQLServerErrorTests {
    /// The schema version this program writes (`PostgresSchema.latest`).
    let latestSchema = 6

    @Test("No such database, or one with no site: 69; a schema of a newer version: 74; a user with no grants, or an older schema: 77")
    func serverRefusals() throws {
        let server = try ServerSandbox()
        defer { server.drop() }
        var sandbox = try PostgreSQLSettingTests.sandbox()
        let missing = server.address(database: server.database + "_missing", user: "postgres")
        let none = try sandbox.run("stats", "show", "--database", missing, "--lang", "en")
        #expect(none.status == 69 && none.stderr.contains("holds no servicecenter database"), "\(none.stderr)")

        // Set up by the owner (roles sync makes the schema), then marked as from a newer program.
        sandbox.environment["USER"] = "postgres"
        let owner = server.address(database: server.database, user: "postgres")
        // A command that may not start a site finds a database without one missing, as a file
        // that is not there, and sets nothing up in it.
        let event = #"{"at":"2026-11-23T09:00:00+01:00","channel":"phone","event":"offered","call_id":"c1"}"#
        let noSite = try sandbox.run("queue", "events", "-", "--database", owner, "--lang", "en", input: Data((event + "\n").utf8))
        #expect(noSite.status == 69 && noSite.stderr.contains("holds no servicecenter database"), "\(noSite.status) \(noSite.stderr)")
        try server.admin("DO $$ BEGIN IF to_regclass('servicecenter.schema_version') IS NOT NULL THEN RAISE EXCEPTION 'set up'; END IF; END $$",
                         database: server.database)
        let config = URL(fileURLWithPath: sandbox.environment["SERVICECENTER_CONFIG"]!)
        try (String(contentsOf: config.appendingPathComponent("operators.toml"), encoding: .utf8)
            + "\n[[operator]]\nuser = \"postgres\"\nname = \"Owner\"\nrole = \"admin\"\n")
            .write(to: config.appendingPathComponent("operators.toml"), atomically: true, encoding: .utf8)
        let synced = try sandbox.run("roles", "sync", "--database", owner, "--lang", "en")
        #expect(synced.status == 0, "\(synced.stderr)")

        let stranger = "sc_stranger_" + server.suffix
        try server.admin("CREATE ROLE \(stranger) LOGIN")
        defer { try? server.admin("DROP ROLE IF EXISTS \(stranger)") }
        let refused = try sandbox.run("stats", "show", "--database", server.address(database: server.database, user: stranger), "--lang", "en")
        #expect(refused.status == 77 && refused.stderr.contains("The user \(stranger) may not do this"), "\(refused.status) \(refused.stderr)")

        // An older schema (a new release, not yet opened by the owner): who may not upgrade it is told who must.
        try server.admin("GRANT USAGE ON SCHEMA servicecenter TO \(stranger); GRANT SELECT ON ALL TABLES IN SCHEMA servicecenter TO \(stranger)",
                         database: server.database)
        try server.admin("DELETE FROM servicecenter.schema_version WHERE version = \(latestSchema)", database: server.database)
        let older = try sandbox.run("stats", "show", "--database", server.address(database: server.database, user: stranger), "--lang", "en")
        #expect(older.status == 77 && older.stderr.contains("schema version \(latestSchema - 1) and this program needs version \(latestSchema)")
                && older.stderr.contains("roles sync"), "\(older.status) \(older.stderr)")
        try server.admin("INSERT INTO servicecenter.schema_version (version, name) VALUES (\(latestSchema), 'back')", database: server.database)

        try server.admin("INSERT INTO servicecenter.schema_version (version, name) VALUES (99, 'from the future')", database: server.database)
        let newer = try sandbox.run("stats", "show", "--database", owner, "--lang", "en")
        #expect(newer.status == 74 && newer.stderr.contains("newer version of servicecenter"), "\(newer.status) \(newer.stderr)")
    }
}

/// A database of its own on the test server for an end-to-end test, with `psql` as its admin tool.
struct ServerSandbox {
    static var adminAddress: String? {
        ProcessInfo.processInfo.environment["SERVICECENTER_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12).description
    var database: String { "sc_test_e2e_" + suffix }

    init() throws {
        try admin("CREATE DATABASE \(database)")
    }

    /// The test server's address for `database` as `user` (the server trusts local connections).
    func address(database: String, user: String) -> String {
        let base = Self.adminAddress!
        let authority = base.components(separatedBy: "://")[1].components(separatedBy: "/")[0]
        let hostPort = authority.components(separatedBy: "@").last!
        return "postgresql://\(user)@\(hostPort)/\(database)"
    }

    /// Runs `sql` with psql as the server's superuser, on `database` (else the admin database).
    func admin(_ sql: String, database: String? = nil) throws {
        var target = Self.adminAddress!
        if let database { target = address(database: database, user: "postgres") }
        let outcome = try Spawn.run("/usr/bin/psql", [target, "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
                                    environment: ProcessInfo.processInfo.environment, directory: "/tmp", input: nil)
        guard outcome.status == 0 else { throw ServerSandboxError.psql(sql: sql, said: outcome.stderr) }
    }

    func drop() {
        try? admin("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
    }

    enum ServerSandboxError: Error { case psql(sql: String, said: String) }
}
