import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// SQLite keeps each day the report has counted (`report_day`) and forgets it through triggers
/// when a row it was counted from changes. The contract test makes the changes the store's
/// own methods make; this one changes the tables directly, statement by statement, so every
/// kind of write to every table a day is counted from is tried, whichever code path makes it
/// one day. (A file the user may not write is counted without keeping anything: the
/// end-to-end `DatabaseFileTests.readOnly` dumps one, report and all.)
@Suite("SQLite store: kept report days are forgotten by every change to their rows")
struct SQLiteKeptReportDaysTests {
    let fixture = ReportCountsStoreTests()
    let kept = KeptReportCountsStoreTests()

    enum Forget {
        case day(String), days([String]), from(String)

        func covers(_ day: String) -> Bool {
            switch self {
            case .day(let one): day == one
            case .days(let some): some.contains(day)
            case .from(let first): day >= first
            }
        }
    }

    func keptDays(_ path: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in Set(try String.fetchAll(db, sql: "SELECT local_date FROM report_day")) }
    }

    @Test("Each insert, update and delete on contacts, calls, hand-overs and their history")
    func everyWrite() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, intake: Intake(configuration: UseCaseSite.configuration))
        try fixture.fill(store, seed: 3)
        let configuration = UseCaseSite.configuration
        let week = (16...22).map { "2026-11-\($0)" }
        // A contact of Wednesday's that nothing points at, resolvable and resolved within its target.
        let plain = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND resolution = 'resolved' AND resolvable = 1
            AND COALESCE(queue_wait_s, 0) < 30 AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let unreferenced = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let answered = "SELECT call_id FROM queue_call WHERE local_date = '2026-11-18' AND outcome = 'answered' ORDER BY rowid LIMIT 1"
        // A hand-over made on Tuesday, due on Thursday, open.
        let made = """
            INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by)
            SELECT id, 'teknik', 'needs_case_officer', '2026-11-17T10:00:00Z', '2026-11-17', '2026-11-19', 'open', '2026-11-17T10:00:00Z', 'anna'
            FROM contact WHERE local_date = '2026-11-17' ORDER BY id LIMIT 1
            """
        // (what, the statement, the days it must forget: a day, or every day from one on)
        let writes: [(String, String, Forget)] = [
            ("a contact's wait", "UPDATE contact SET queue_wait_s = 100000 WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact made unresolvable", "UPDATE contact SET resolvable = 0 WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact made a repeat", "UPDATE contact SET repeat_counts = 1 WHERE id = (\(plain))", .day("2026-11-18")),
            ("a contact's digital help", "UPDATE contact SET digital_help = 1 - digital_help WHERE id = (\(plain))", .day("2026-11-18")),
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
                DROP TRIGGER handover_event_no_delete;
                DELETE FROM handover_event WHERE id = (SELECT MAX(id) FROM handover_event WHERE event = 'closed');
                UPDATE handover SET status = 'open', closed_date = NULL WHERE id = (SELECT MAX(id) FROM handover)
                """, .from("2026-11-18")),
            ("another hand-over made", made, .from("2026-11-16")),
            ("a hand-over's making moved", """
                UPDATE handover SET created_at = '2026-11-19T10:00:00Z', created_date = '2026-11-19' WHERE id = (SELECT MAX(id) FROM handover)
                """, .from("2026-11-16")),
            ("a hand-over deleted", "DELETE FROM handover WHERE id = (SELECT MAX(id) FROM handover)", .from("2026-11-18")),
        ]
        for (what, sql, forget) in writes {
            _ = try store.reportCounts(from: fixture.first, through: fixture.last, basis: CountingBasis(configuration))
            #expect(try keptDays(path).isSuperset(of: week), "before \(what)")
            let changed = try DatabaseQueue(path: path).write { db in
                try db.execute(sql: sql)
                return db.changesCount
            }
            #expect(changed == 1, "\(what) changed \(changed) rows")
            let left = try keptDays(path).intersection(week)
            #expect(left == Set(week.filter { !forget.covers($0) }), "\(what): still kept \(left.sorted())")
            let differences = try kept.differences(store, configuration: configuration)
            #expect(differences == [], "\(what): \(differences)")
        }
    }

    @Test("A day whose rows change after it was counted, before its counts are kept, is not kept")
    func changedWhileCounting() throws {
        let path = temporaryDatabase()
        let configuration = UseCaseSite.configuration
        let store = try SQLiteStore(path: path, intake: Intake(configuration: configuration))
        try fixture.fill(store, seed: 3)
        let basis = CountingBasis(configuration)
        // The steps of `reportCounts`, with a desk saving between the count and the keeping.
        try store.write { db in try SQLiteStore.claim([(fixture.first, fixture.last)], as: "counting test", in: db) }
        let counted = try store.countDays([(fixture.first, fixture.last)], basis: basis)
        _ = try store.save(contact("2026-11-18T14:00:00+01:00", channel: .visit), now: fixture.now)
        try store.write { db in try SQLiteStore.keep(counted, basis: basis.key, claim: "counting test", in: db) }
        #expect(try keptDays(path) == Set((16...22).filter { $0 != 18 }.map { "2026-11-\($0)" }))
        #expect(try kept.differences(store, configuration: configuration) == [])
    }

    @Test("A writer busy past the timeout: the days are counted, not kept, and the report does not fail")
    func busyWriter() throws {
        let path = temporaryDatabase()
        let configuration = UseCaseSite.configuration
        let store = try SQLiteStore(path: path, intake: Intake(configuration: configuration), busyTimeoutMilliseconds: 100)
        try fixture.fill(store, seed: 3)
        let blocker = try DatabaseQueue(path: path)
        let found = try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // Whatever comes of it, the lock is let go before the test goes on.
            let found = Result { try kept.differences(store, configuration: configuration) }
            try db.execute(sql: "ROLLBACK")
            return found
        }
        #expect(try found.get() == [])
        #expect(try keptDays(path).isEmpty)
    }
}
