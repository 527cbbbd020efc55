import Foundation
import Testing
import TestSupport

/// The backends an end-to-end test runs the binary against: SQLite always, PostgreSQL when
/// `SERVICECENTER_TEST_POSTGRES` names a test server (a superuser on a throwaway cluster).
enum SiteBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite = "SQLite"
    case postgreSQL = "PostgreSQL"

    var testDescription: String { rawValue }

    /// The backends this run can use.
    static var available: [SiteBackend] { TestServer.admin == nil ? [.sqlite] : [.sqlite, .postgreSQL] }
}

/// The PostgreSQL test server, driven with `psql` as its administrator would.
enum TestServer {
    static var admin: String? {
        ProcessInfo.processInfo.environment["SERVICECENTER_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// host:port of the test server, from its address.
    static var hostAndPort: String {
        let rest = admin!.components(separatedBy: "://")[1]
        let authority = rest.split(separator: "/")[0]
        return String(authority.split(separator: "@").last!)
    }

    /// Runs `sql` with psql as the server's superuser, on `database`; its output, or a failure.
    @discardableResult
    static func psql(_ sql: String, database: String = "postgres") throws -> String {
        let address = "postgresql://postgres@\(hostAndPort)/\(database)"
        let result = try Spawn.run("/usr/bin/env", ["psql", address, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
        guard result.status == 0 else { throw Failure(message: "psql: \(result.stderr)") }
        return result.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The people of the shipped operators.toml, as login roles of the server. Superusers here,
    /// so these tests exercise the program, not the grants (which `DatabaseRoleTests` prove).
    static let people = ["anna", "erik", "sara", "johan", "maria", "admin"]

    /// A new database on the test server, with a role for each person who may connect to it.
    static func makeDatabase() throws -> String {
        let name = "sc_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql("""
            DO $$ DECLARE person text; BEGIN
              FOREACH person IN ARRAY ARRAY['\(people.joined(separator: "','"))'] LOOP
                BEGIN EXECUTE format('CREATE ROLE %I LOGIN SUPERUSER', person);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
              END LOOP;
            END $$
            """)
        try psql("CREATE DATABASE \(name)")
        return name
    }
}

extension Sandbox {
    /// Points the sandbox at `backend`: its own SQLite file as before, or a new database on the
    /// test server, reached as whoever `USER` names (no user in the address, so libpq's default).
    mutating func use(_ backend: SiteBackend) throws {
        guard backend == .postgreSQL else { return }
        environment["SERVICECENTER_DATABASE"] = "postgresql://\(TestServer.hostAndPort)/\(try TestServer.makeDatabase())"
    }

    /// A new sandbox on `backend`, its site started (as `startSite` does for SQLite).
    static func site(on backend: SiteBackend) throws -> Sandbox {
        var sandbox = try Sandbox()
        try sandbox.use(backend)
        try sandbox.startSite()
        return sandbox
    }
}
