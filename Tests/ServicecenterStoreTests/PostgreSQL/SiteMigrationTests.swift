import Foundation
import GRDB
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import ServicecenterStore
import Testing

/// `migrate`'s two halves without the command line: a whole SQLite site read as plain rows and
/// written into an empty PostgreSQL schema in one transaction, ids and history kept.
@Suite("A SQLite site moved to PostgreSQL", .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct SiteMigrationTests {
    /// A SQLite site of ten demo days, a real forwarded contact, a draft, an incident and audit rows.
    static func sqliteSite() throws -> (path: String, store: SQLiteStore) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migrate-\(UUID().uuidString)/site.sqlite").path
        let store = try SQLiteStore(path: path, intake: Intake(configuration: HandoverStoreTests.configuration))
        _ = try DemoRemovalStoreTests.demoBesideRealWork(in: store)
        try store.saveDraft(of: "anna", payload: "halvskriven anteckning", now: Timestamp.parse("2026-11-23T12:00:00+01:00")!)
        _ = try store.startIncident(title: "E-tjänsten nere", message: "Hänvisa till telefon", by: "maria",
                                    now: Timestamp.parse("2026-11-23T09:00:00+01:00")!)
        try store.recordAudit(.purge, by: "admin", contactID: nil, details: "notes 0")
        return (path, store)
    }

    static func postgres() throws -> (database: String, store: PostgresStore) {
        let database = try TestServer.makeDatabase()
        return (database, try PostgresStore(address: TestServer.address(database: database), intake: Intake(configuration: HandoverStoreTests.configuration)))
    }

    static func drop(_ database: String, _ store: PostgresStore) {
        store.close()
        try? TestServer.admin("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
    }

    @Test("Every table copied with its ids; sequences go on after them; the hour counts as they were; the open hand-overs counted; the same token")
    func copiesWhole() throws {
        let (path, sqlite) = try Self.sqliteSite()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let (database, server) = try Self.postgres()
        defer { Self.drop(database, server) }

        let outcome = try SiteExport(store: sqlite).read { try SiteMigration.copy(from: $0, into: server, batchSize: 97) }
        let counts = Dictionary(uniqueKeysWithValues: outcome.tables.map { ($0.table, $0) })
        #expect(Set(counts.keys) == Set(SiteExport.tables))
        for table in outcome.tables { #expect(table.source == table.target, "\(table)") }
        for table in ["contact", "contact_hour_count", "handover", "handover_event", "queue_event", "queue_call", "desk_draft", "incident", "audit_event"] {
            #expect((counts[table]?.target ?? 0) > 0, "\(table) copied nothing")
        }
        #expect(outcome.lastContactDay == LocalDay("2026-11-23"))

        let sqliteQueue = try DatabaseQueue(path: path)
        func sqliteRows(_ sql: String) throws -> [String] { try sqliteQueue.read { db in try String.fetchAll(db, sql: sql) } }
        func serverRows(_ sql: String) throws -> [String] {
            try server.link.run { db in try db.query(PostgresQuery(unsafeSQL: sql)).map { try $0.decode(String.self) } }
        }
        // Ids, texts, flags and days as they were, row for row.
        #expect(try sqliteRows("SELECT id || '|' || COALESCE(external_id, '') || '|' || local_date || '|' || resolvable || '|' || COALESCE(note, '') FROM contact ORDER BY id")
            == serverRows("SELECT id || '|' || COALESCE(external_id, '') || '|' || local_date || '|' || resolvable::int || '|' || COALESCE(note, '') FROM servicecenter.contact ORDER BY id"))
        #expect(try sqliteRows("SELECT id || '|' || handover_id || '|' || event || '|' || at FROM handover_event ORDER BY id")
            == serverRows("SELECT id || '|' || handover_id || '|' || event || '|' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM servicecenter.handover_event ORDER BY id"))
        // Arrival order: SQLite's rowid is PostgreSQL's arrival.
        #expect(try sqliteRows("SELECT rowid || '|' || call_id FROM queue_call ORDER BY rowid")
            == serverRows("SELECT arrival || '|' || call_id FROM servicecenter.queue_call ORDER BY arrival"))
        #expect(try sqliteRows("SELECT local_date || channel || local_hour || '|' || contacts || '|' || resolved FROM contact_hour_count ORDER BY 1")
            == serverRows("SELECT x FROM (SELECT local_date || channel || local_hour || '|' || contacts || '|' || resolved AS x FROM servicecenter.contact_hour_count) AS t ORDER BY x COLLATE \"C\""))
        #expect(try sqliteRows("SELECT token FROM database_identity") == serverRows("SELECT token FROM servicecenter.database_identity"))

        // The next contact gets the next id, and the hour count's trigger works again.
        let maxID = try #require(try sqliteQueue.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM contact") })
        let hourBefore = try server.link.run { db in
            try db.value("SELECT COALESCE(SUM(contacts), 0)::bigint FROM servicecenter.contact_hour_count", as: Int64.self) ?? 0
        }
        let next = try server.link.run { db in
            try db.value("""
                INSERT INTO servicecenter.contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
                    operator, resolution, handling_s, created_at)
                VALUES (now(), now(), current_date, 9, 'phone', 'avfall', 'teknik', true, 'anna', 'resolved', 60, now()) RETURNING id
                """, as: Int64.self)
        }
        #expect(next == maxID + 1)
        let hourAfter = try server.link.run { db in
            try db.value("SELECT COALESCE(SUM(contacts), 0)::bigint FROM servicecenter.contact_hour_count", as: Int64.self) ?? 0
        }
        #expect(hourAfter == hourBefore + 1)

        // The open hand-overs counted from the copy, per due date and per month, and kept again
        // by the trigger from then on.
        let openCounts = (
            kept: "SELECT x FROM (SELECT sector || ' ' || due_date || ' ' || open AS x FROM servicecenter.open_handover_count) AS t ORDER BY x",
            counted: """
                SELECT x FROM (SELECT sector || ' ' || due_date || ' ' || COUNT(*) AS x FROM servicecenter.handover
                WHERE status != 'closed' GROUP BY sector, due_date) AS t ORDER BY x
                """,
            keptMonths: "SELECT x FROM (SELECT sector || ' ' || due_month || ' ' || open AS x FROM servicecenter.open_handover_month) AS t ORDER BY x",
            countedMonths: """
                SELECT x FROM (SELECT sector || ' ' || date_trunc('month', due_date)::date || ' ' || COUNT(*) AS x FROM servicecenter.handover
                WHERE status != 'closed' GROUP BY sector, date_trunc('month', due_date)) AS t ORDER BY x
                """)
        #expect(try !serverRows(openCounts.kept).isEmpty)
        #expect(try serverRows(openCounts.kept) == serverRows(openCounts.counted))
        #expect(try serverRows(openCounts.keptMonths) == serverRows(openCounts.countedMonths))

        // The day's statistics read the same through both backends.
        let day = try #require(outcome.lastContactDay)
        let before = try sqlite.statisticsInput(from: day, through: day, includingOperators: true)
        #expect(before.contacts.count > 0)
        let after = try server.statisticsInput(from: day, through: day, includingOperators: true)
        // The contact added above is on today's date, not the compared day's.
        #expect(SiteMigration.differences(before, after) == [])

        // A hand-over closed after the copy: its counts follow.
        try server.link.run { db in
            try db.execute("UPDATE servicecenter.handover SET status = 'closed' WHERE id = (SELECT MIN(id) FROM servicecenter.handover WHERE status != 'closed')")
        }
        #expect(try serverRows(openCounts.kept) == serverRows(openCounts.counted))
        #expect(try serverRows(openCounts.keptMonths) == serverRows(openCounts.countedMonths))
    }

    @Test("A target that holds a site is refused whole: nothing of the second copy is kept")
    func refusesFullTarget() throws {
        let (path, sqlite) = try Self.sqliteSite()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let (database, server) = try Self.postgres()
        defer { Self.drop(database, server) }
        let first = try SiteExport(store: sqlite).read { try SiteMigration.copy(from: $0, into: server) }
        let contacts = try #require(first.tables.first { $0.table == "contact" }).target
        #expect(throws: SiteMigration.Refusal.targetNotEmpty(table: "contact", rows: contacts)) {
            try SiteExport(store: sqlite).read { try SiteMigration.copy(from: $0, into: server) }
        }
        let after = try server.link.run { db in try db.value("SELECT COUNT(*) FROM servicecenter.contact", as: Int.self) }
        #expect(after == contacts)
    }

    @Test("A stored value that is not of its column's kind refuses the copy, and the target stays empty")
    func allOrNothing() throws {
        let (path, sqlite) = try Self.sqliteSite()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        // A table copied late, so most of the site was written before the refusal.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE incident SET started_at = 'last tuesday'")
        }
        let (database, server) = try Self.postgres()
        defer { Self.drop(database, server) }
        #expect(throws: SiteMigration.Refusal.badValue(table: "incident", column: "started_at", value: "last tuesday")) {
            try SiteExport(store: sqlite).read { try SiteMigration.copy(from: $0, into: server) }
        }
        for table in ["contact", "handover_event", "queue_call", "contact_hour_count"] {
            let rows = try server.link.run { db in try db.value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM servicecenter.\(table)"), as: Int.self) }
            #expect(rows == 0, "\(table)")
        }
        // And the hour-count trigger is on again: the ALTER went back with the rest.
        let enabled = try server.link.run { db in
            try db.value("SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'contact_hour_count_insert'", as: String.self)
        }
        #expect(enabled == "O")
    }
}
