import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// The schema's triggers name their own schema: a session with another search_path (psql,
/// pgbench, a site's own reporting tool) that writes a contact keeps the hour counts right
/// instead of failing on a table it cannot see.
@Suite("PostgreSQL: triggers whatever the session's search_path", .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct SchemaSearchPathTests {
    @Test("An INSERT from a session without the schema on its path is counted by the hour trigger")
    func insertWithoutSearchPath() throws {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try database.open()
        let plain = PostgresLink(address: database.address)
        defer { plain.close() }
        _ = try plain.run { db in
            try db.execute("""
                INSERT INTO servicecenter.contact (started_at, ended_at, local_date, local_hour, channel, category, sector,
                    resolvable, operator, resolution, handling_s, created_at)
                VALUES (now(), now(), '2026-11-23', 9, 'phone', 'avfall', 'teknik', true, 'anna', 'resolved', 60, now())
                """)
        }
        let live = try store.liveDay(LocalDay("2026-11-23")!)
        #expect(live.contacts[.phone]?.byHour[9] == 1)
    }
}
