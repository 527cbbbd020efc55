import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// The PostgreSQL server the tests may use: `SERVICECENTER_TEST_POSTGRES`, an address of a
/// superuser on a throwaway cluster (`scripts/postgres-test-cluster start DIR` prints one, and
/// `.ci/run` sets it). Without it the PostgreSQL variants are left out and `PostgresAvailability`
/// says so in the test report.
enum TestServer {
    static let variable = "SERVICECENTER_TEST_POSTGRES"
    static var address: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The admin address parsed, with `database` in place of its own.
    static func address(database: String) throws -> PostgresAddress {
        var parsed = try PostgresAddress.parse(address!, loginName: "postgres")
        parsed.database = database
        parsed.shown = "postgresql://\(parsed.user)@test/\(database)"
        return parsed
    }

    /// Runs `sql` as the superuser on the admin database.
    static func admin(_ sql: String) throws {
        let link = PostgresLink(address: try PostgresAddress.parse(address!, loginName: "postgres"))
        defer { link.close() }
        _ = try link.run { db in try db.execute(PostgresQuery(unsafeSQL: sql)) }
    }

    /// A new, empty database with a unique name.
    static func makeDatabase() throws -> String {
        let name = "sc_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin("CREATE DATABASE \(name)")
        return name
    }
}

@Suite("PostgreSQL availability")
struct PostgresAvailability {
    @Test(
        "The PostgreSQL variants of the contract suite run (set SERVICECENTER_TEST_POSTGRES to include them)",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set: the PostgreSQL variants are skipped"))
    func serverAnswers() throws {
        try TestServer.admin("SELECT 1")
    }
}

extension Backend {
    /// PostgreSQL: a new database on the test server per test.
    static let postgreSQL = Backend(name: "PostgreSQL") { try PostgresDatabase(name: TestServer.makeDatabase()) }
}

extension Backends {
    /// PostgreSQL when a test server is configured.
    static var postgreSQLIfConfigured: [Backend] { TestServer.address == nil ? [] : [.postgreSQL] }
}

/// One database on the test server; each store opened on it is one more host's connection.
struct PostgresDatabase: ContractDatabase {
    let database: String

    init(name: String) {
        database = name
    }

    var address: PostgresAddress { try! TestServer.address(database: database) }

    var name: String { address.shown }

    func open(_ intake: Intake) throws -> any Store {
        try PostgresStore(address: address, intake: intake)
    }

    /// The files of this database's tables and indexes on the server's disk, after a checkpoint
    /// has written them out (the tests run as the cluster's owner or root, who can read them).
    var files: [String] {
        (try? PostgresLink(address: address).run { db -> [String] in
            try db.execute("CHECKPOINT")
            let directory = try db.value("SELECT current_setting('data_directory')", as: String.self) ?? ""
            return try db.query("""
                SELECT pg_relation_filepath(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'servicecenter' AND pg_relation_filepath(c.oid) IS NOT NULL
                """).map { directory + "/" + (try $0.decode(String.self)) }
        }) ?? []
    }

    func storedTexts() throws -> [(String, String)] {
        let link = PostgresLink(address: address)
        defer { link.close() }
        return try link.run { db in
            var texts: [(String, String)] = []
            let columns = try db.query("""
                SELECT table_name::text, column_name::text FROM information_schema.columns
                WHERE table_schema = 'servicecenter' AND data_type = 'text' ORDER BY table_name, ordinal_position
                """).map { try $0.decode((String, String).self) }
            for (table, column) in columns {
                for row in try db.query(PostgresQuery(unsafeSQL: "SELECT \"\(column)\" FROM servicecenter.\"\(table)\" WHERE \"\(column)\" IS NOT NULL")) {
                    texts.append(("\(table).\(column)", try row.decode(String.self)))
                }
            }
            return texts
        }
    }
}
