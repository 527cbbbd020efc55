import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// PostgreSQL keeps the open hand-overs counted per due date and sector (schema version 5), and
/// per month of due dates and sector (version 6). The contract test makes the changes the
/// store's own methods make; this one writes to `handover` directly, statement by statement,
/// and after each the kept counts must be those of the table.
@Suite("PostgreSQL store: the open hand-overs' counts follow every write to the hand-overs")
struct PostgresOpenHandoverCountTests {
    func difference(_ db: PostgresSession) throws -> [String] {
        var found: [String] = []
        for (kept, counted) in [
            ("SELECT sector || ' ' || due_date || ' ' || open FROM open_handover_count ORDER BY 1",
             "SELECT sector || ' ' || due_date || ' ' || COUNT(*) FROM handover WHERE status != 'closed' GROUP BY sector, due_date ORDER BY 1"),
            ("SELECT sector || ' ' || due_month || ' ' || open FROM open_handover_month ORDER BY 1",
             """
             SELECT sector || ' ' || date_trunc('month', due_date)::date || ' ' || COUNT(*) FROM handover WHERE status != 'closed'
             GROUP BY sector, date_trunc('month', due_date) ORDER BY 1
             """),
        ] {
            let keptRows = try db.query(PostgresQuery(unsafeSQL: kept)).map { try $0.decode(String.self) }
            let countedRows = try db.query(PostgresQuery(unsafeSQL: counted)).map { try $0.decode(String.self) }
            if keptRows != countedRows { found += ["kept \(keptRows)", "counted \(countedRows)"] }
        }
        return found
    }

    @Test(
        "Inserts, status changes both ways, a new sector or due date, deletes",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func everyWrite() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open(Intake(configuration: UseCaseSite.configuration))
        try ReportCountsStoreTests().fill(store, seed: 5)
        let statements = OpenHandoverWrites.statements
        let link = PostgresLink(address: database.address, setUp: ["SET search_path = servicecenter"])
        defer { link.close() }
        #expect(try link.run { db in try db.value("SELECT COALESCE(SUM(open), 0)::bigint FROM open_handover_count", as: Int.self) } ?? 0 > 0)
        for (what, sql) in statements {
            let found = try link.transaction { db in
                try db.execute(PostgresQuery(unsafeSQL: "SET LOCAL search_path = servicecenter"))
                try db.execute(PostgresQuery(unsafeSQL: sql))
                return try difference(db)
            }
            #expect(found == [], "\(what)")
        }
        #expect(try link.run { db in try db.value("SELECT COUNT(*) FROM open_handover_count WHERE open <= 0", as: Int.self) } == 0)
    }

    @Test(
        "A site at version 4 with open and closed hand-overs gets its counts and month folds when it opens with versions 5 and 6",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func upgrade() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open(Intake(configuration: UseCaseSite.configuration))
        try ReportCountsStoreTests().fill(store, seed: 7)
        let link = PostgresLink(address: database.address, setUp: ["SET search_path = servicecenter"])
        defer { link.close() }
        // Back to version 4, as a site upgraded from before would be.
        try link.transaction { db in
            try db.executeScript(SchemaRollback.version6)
            try db.executeScript(SchemaRollback.version5)
            try db.executeScript("""
                UPDATE handover SET status = 'closed', closed_date = created_date WHERE id % 3 = 0;
                """)
        }
        _ = try database.open(Intake(configuration: UseCaseSite.configuration))
        #expect(try link.run { db in try db.value("SELECT MAX(version) FROM schema_version", as: Int.self) } == PostgresSchema.latest)
        #expect(try link.run { db in try difference(db) } == [])
        #expect(try link.run { db in try db.value("SELECT COALESCE(SUM(open), 0)::bigint FROM open_handover_count", as: Int.self) } ?? 0 > 0)
    }
}
