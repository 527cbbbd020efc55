import Foundation
import PostgresNIO
import Testing
@testable import ServicecenterCore
@testable import ServicecenterPostgres

/// PostgreSQL keeps each day the report has counted (`report_day`, schema version 6) and forgets
/// it through triggers when a row it was counted from changes. The contract test makes the
/// changes the store's own methods make; this one changes the tables directly, statement by
/// statement, as SQLite's `SQLiteKeptReportDaysTests` does, and adds what only a server with
/// writers on other hosts meets: a writer in flight while a report claims its days, and a
/// writer whose snapshot is older than the claim.
@Suite("PostgreSQL store: kept report days are forgotten by every change to their rows, whoever writes")
struct PostgresKeptReportDaysTests {
    let fixture = ReportCountsStoreTests()
    let kept = KeptReportCountsStoreTests()
    let week = (16...22).map { "2026-11-\($0)" }

    /// A site filled with the fixture's week, its store and a link of the test's own.
    func site(seed: UInt64) throws -> (store: PostgresStore, link: PostgresLink) {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try #require(try database.open(Intake(configuration: UseCaseSite.configuration)) as? PostgresStore)
        try fixture.fill(store, seed: seed)
        return (store, PostgresLink(address: database.address, setUp: ["SET search_path = servicecenter"]))
    }

    func keptDays(_ link: PostgresLink) throws -> Set<String> {
        try link.run { db in Set(try db.query("SELECT local_date::text FROM report_day WHERE basis NOT LIKE 'counting %'").map { try $0.decode(String.self) }) }
    }

    func countWeek(_ store: PostgresStore) throws {
        _ = try store.reportCounts(from: fixture.first, through: fixture.last, basis: CountingBasis(UseCaseSite.configuration))
    }

    @Test(
        "Each insert, update and delete on contacts, calls, hand-overs and their history",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func everyWrite() throws {
        let (store, link) = try site(seed: 3)
        defer { link.close() }
        let configuration = UseCaseSite.configuration
        // A contact of Wednesday's that nothing points at, resolvable and resolved within its target.
        let plain = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND resolution = 'resolved' AND resolvable
            AND COALESCE(queue_wait_s, 0) < 30 AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let unreferenced = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let answered = "SELECT call_id FROM queue_call WHERE local_date = '2026-11-18' AND outcome = 'answered' ORDER BY arrival LIMIT 1"
        // A hand-over made on Tuesday, due on Thursday, open.
        let made = """
            INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by)
            SELECT id, 'teknik', 'needs_case_officer', '2026-11-17T10:00:00Z', '2026-11-17', '2026-11-19', 'open', '2026-11-17T10:00:00Z', 'anna'
            FROM contact WHERE local_date = '2026-11-17' ORDER BY id LIMIT 1
            """
        let writes: [(String, String, SQLiteKeptReportDaysTests.Forget)] = [
            ("a contact's wait", "UPDATE contact SET queue_wait_s = 100000 WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact made unresolvable", "UPDATE contact SET resolvable = false WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact made a repeat", "UPDATE contact SET repeat_counts = true WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact's digital help", "UPDATE contact SET digital_help = NOT digital_help WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact's channel", "UPDATE contact SET channel = 'sign_language', medium = NULL WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact's outcome", "UPDATE contact SET resolution = 'referred', referred_to = 'forsakringskassan' WHERE id = (\(plain))", .day("2026-11-18")),
            ("an e-mail's start", """
                UPDATE contact SET started_at = '2026-11-18T15:59:00Z' WHERE id = (SELECT id FROM contact
                WHERE local_date = '2026-11-18' AND channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL ORDER BY id LIMIT 1)
                """, .day("2026-11-18")),
            ("a contact moved to another day", "UPDATE contact SET local_date = '2026-11-20' WHERE id = (\(plain))", .days(["2026-11-18", "2026-11-20"])),
            ("a contact deleted", "DELETE FROM contact WHERE id = (\(unreferenced))", .day("2026-11-18")),
            ("a call inserted", """
                INSERT INTO queue_call (call_id, channel, first_at, local_date, local_hour, offered_at, outcome)
                VALUES ('raw-1', 'phone', '2026-11-18T09:30:00Z', '2026-11-18', 10, '2026-11-18T09:30:00Z', 'waiting')
                """, .day("2026-11-18")),
            ("a call's outcome", """
                UPDATE queue_call SET outcome = 'abandoned', abandoned_at = answered_at, answered_at = NULL, answered_by = NULL
                WHERE call_id = (\(answered))
                """, .day("2026-11-18")),
            ("a call's answer", "UPDATE queue_call SET answered_at = '2026-11-18T23:00:00Z' WHERE call_id = (\(answered))", .day("2026-11-18")),
            ("a call's offer", "UPDATE queue_call SET offered_at = '2026-11-18T06:00:00Z' WHERE call_id = (\(answered))", .day("2026-11-18")),
            ("a call's channel", "UPDATE queue_call SET channel = 'visit' WHERE call_id = (\(answered))", .day("2026-11-18")),
            ("a call's arrival", "UPDATE queue_call SET first_at = '2026-11-18T05:00:00Z', offered_at = NULL WHERE call_id = 'raw-1'", .day("2026-11-18")),
            ("a call deleted", "DELETE FROM queue_call WHERE call_id = (\(answered))", .day("2026-11-18")),
            ("a hand-over made", made, .from("2026-11-16")),
            ("a hand-over's due date", "UPDATE handover SET due_date = '2026-11-18' WHERE id = (SELECT MAX(id) FROM handover)", .from("2026-11-16")),
            ("a hand-over closed", """
                INSERT INTO handover_event (handover_id, at, by, event) SELECT MAX(id), '2026-11-19T10:00:00Z', 'maria', 'closed' FROM handover;
                UPDATE handover SET status = 'closed', status_at = '2026-11-19T10:00:00Z', status_by = 'maria', closed_date = '2026-11-19'
                WHERE id = (SELECT MAX(id) FROM handover)
                """, .from("2026-11-18")),
            // As `demo --remove` does, past the append-only guard: the demo's history is no one's.
            ("a close taken back", """
                SET LOCAL servicecenter.maintenance = 'on';
                DELETE FROM handover_event WHERE id = (SELECT MAX(id) FROM handover_event WHERE event = 'closed');
                UPDATE handover SET status = 'open', closed_date = NULL WHERE id = (SELECT MAX(id) FROM handover)
                """, .from("2026-11-18")),
            ("another hand-over made", made, .from("2026-11-16")),
            ("a hand-over's making moved", """
                UPDATE handover SET created_at = '2026-11-19T10:00:00Z', created_date = '2026-11-19' WHERE id = (SELECT MAX(id) FROM handover)
                """, .from("2026-11-16")),
            ("a hand-over deleted", "DELETE FROM handover WHERE id = (SELECT MAX(id) FROM handover)", .from("2026-11-18")),
            // In one transaction, an earlier day after a later one: the second is not skipped.
            ("two hand-overs, the later first", """
                \(made.replacingOccurrences(of: "2026-11-17", with: "2026-11-20"));
                \(made)
                """, .from("2026-11-16")),
        ]
        for (what, sql, forget) in writes {
            try countWeek(store)
            #expect(try keptDays(link).isSuperset(of: week), "before \(what)")
            try link.transaction { db in try db.executeScript(sql) }
            let left = try keptDays(link).intersection(week)
            #expect(left == Set(week.filter { !forget.covers($0) }), "\(what): still kept \(left.sorted())")
            let differences = try kept.differences(store, configuration: configuration)
            #expect(differences == [], "\(what): \(differences)")
        }
    }

    @Test(
        "A day whose rows change after it was counted, before its counts are kept, is not kept",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func changedWhileCounting() throws {
        let (store, link) = try site(seed: 3)
        defer { link.close() }
        let basis = CountingBasis(UseCaseSite.configuration)
        let runs = [(first: fixture.first, last: fixture.last)]
        // The steps of `reportCounts`, with a desk saving between the count and the keeping.
        #expect(try store.write { db in try PostgresStore.claim(runs, as: "counting test", in: db) })
        let counted = try store.read { db in try store.countDays(runs, basis: basis, in: db) }
        _ = try store.save(contact("2026-11-18T14:00:00+01:00", channel: .visit), now: fixture.now)
        try store.write { db in try PostgresStore.keep(counted, basis: basis.key, claim: "counting test", in: db) }
        #expect(try keptDays(link) == Set(week.filter { $0 != "2026-11-18" }))
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
    }

    @Test(
        "A writer in flight when the days would be claimed: counted right, kept later, and the writer never waits",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func writerInFlight() throws {
        let (store, link) = try site(seed: 4)
        defer { link.close() }
        let found = try link.transaction { db in
            // A contact saved on another host, not yet committed: the report must not claim.
            try db.execute("""
                INSERT INTO contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable, operator,
                                     resolution, handling_s, created_at)
                VALUES ('2026-11-18T13:00:00Z', '2026-11-18T13:05:00Z', '2026-11-18', 14, 'visit', 'avfall', 'teknik', true, 'anna',
                        'resolved', 300, '2026-11-18T13:05:00Z')
                """)
            try countWeek(store)
            return Set(try db.query("SELECT local_date::text FROM report_day WHERE basis NOT LIKE 'counting %'").map { try $0.decode(String.self) })
        }
        #expect(found.isEmpty, "kept while a writer was in flight: \(found.sorted())")
        // Committed now: the counts hold it, and the next report keeps the days.
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
        #expect(try keptDays(link).isSuperset(of: week))
    }

    @Test(
        "A transaction that is not READ COMMITTED may not change what days are counted from, and nothing of it is written",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func olderSnapshotRefused() throws {
        let (store, link) = try site(seed: 5)
        defer { link.close() }
        try countWeek(store)
        for isolation in [PostgresLink.Isolation.repeatableRead, .serializable] {
            var refusal = ""
            do {
                try link.transaction(isolation) { db in
                    try db.execute("UPDATE contact SET queue_wait_s = 100000 WHERE id = (SELECT MIN(id) FROM contact WHERE local_date = '2026-11-18')")
                }
            } catch {
                refusal = "\(error)"
            }
            #expect(refusal.contains("READ COMMITTED"), "\(isolation): \(refusal)")
        }
        #expect(try keptDays(link).isSuperset(of: week))
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
    }
}
