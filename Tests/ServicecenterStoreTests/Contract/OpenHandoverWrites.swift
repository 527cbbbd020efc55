/// Writes straight to `handover`, one statement each, that the kept counts of open hand-overs
/// must follow on either backend (`SQLiteOpenHandoverCountTests`, `PostgresOpenHandoverCountTests`):
/// inserts open and closed, status both ways, another sector or due date, deletes.
enum OpenHandoverWrites {
    static func insert(_ status: String) -> String {
        """
        INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by)
        SELECT id, 'teknik', 'needs_case_officer', '2026-11-17T10:00:00Z', '2026-11-17', '2026-11-19', '\(status)',
               '2026-11-17T10:00:00Z', 'anna'
        FROM contact ORDER BY id LIMIT 1
        """
    }

    static let newest = "(SELECT MAX(id) FROM handover)"

    static let statements = [
        ("an open one made", insert("open")),
        ("a closed one made", insert("closed")),
        ("closed", "UPDATE handover SET status = 'closed', closed_date = '2026-11-20' WHERE id = \(newest) - 1"),
        ("reopened as acknowledged", "UPDATE handover SET status = 'acknowledged' WHERE id = \(newest) - 1"),
        ("called back, still open", "UPDATE handover SET status = 'called_back' WHERE id = \(newest) - 1"),
        ("to another sector", "UPDATE handover SET sector = 'social' WHERE id = \(newest) - 1"),
        ("a new due date", "UPDATE handover SET due_date = '2026-11-24' WHERE id = \(newest) - 1"),
        ("a due date in the next month", "UPDATE handover SET due_date = '2026-12-02' WHERE id = \(newest) - 1"),
        ("a closed one's due date", "UPDATE handover SET due_date = '2026-11-25' WHERE id = \(newest)"),
        ("a closed one reopened", "UPDATE handover SET status = 'open' WHERE id = \(newest)"),
        ("five open ones closed", "UPDATE handover SET status = 'closed' WHERE id IN (SELECT id FROM handover WHERE status != 'closed' ORDER BY id LIMIT 5)"),
        ("an open one deleted", "DELETE FROM handover WHERE id = \(newest) - 1"),
        ("a closed one", "UPDATE handover SET status = 'closed' WHERE id = \(newest)"),
        ("deleted", "DELETE FROM handover WHERE id = \(newest)"),
    ]
}
