/// Writes straight to the tables a report's day is counted from, each with the days it must
/// make the store forget (`SQLiteKeptReportDaysTests`, `PostgresKeptReportDaysTests`): every
/// kind of insert, update and delete on contacts, calls, hand-overs and their history, written
/// once for both backends' SQL.
enum KeptReportDayWrites {
    enum Dialect { case sqlite, postgreSQL }

    /// A day, some days, or every day from one on.
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

    /// (what, the statements, the days they must forget), on the fixture's week (`ReportCountsStoreTests`).
    static func writes(_ dialect: Dialect) -> [(what: String, sql: String, forget: Forget)] {
        // A contact of Wednesday's that nothing points at, resolvable and resolved within its target.
        let plain = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND resolution = 'resolved' AND resolvable = true
            AND COALESCE(queue_wait_s, 0) < 30 AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let unreferenced = """
            SELECT id FROM contact WHERE local_date = '2026-11-18' AND id NOT IN (SELECT contact_id FROM handover)
            AND id NOT IN (SELECT contact_id FROM contact_article) AND id NOT IN (SELECT repeat_of FROM contact WHERE repeat_of IS NOT NULL)
            ORDER BY id LIMIT 1
            """
        let answered = "SELECT call_id FROM queue_call WHERE local_date = '2026-11-18' AND outcome = 'answered' ORDER BY \(dialect == .sqlite ? "rowid" : "arrival") LIMIT 1"
        // A hand-over made on Tuesday, due on Thursday, open.
        let made = """
            INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by)
            SELECT id, 'teknik', 'needs_case_officer', '2026-11-17T10:00:00Z', '2026-11-17', '2026-11-19', 'open', '2026-11-17T10:00:00Z', 'anna'
            FROM contact WHERE local_date = '2026-11-17' ORDER BY id LIMIT 1
            """
        return [
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
                \(dialect == .sqlite ? "DROP TRIGGER handover_event_no_delete" : "SET LOCAL servicecenter.maintenance = 'on'");
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
    }
}
