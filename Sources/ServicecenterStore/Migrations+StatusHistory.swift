import GRDB

extension Migrations {
    /// Issue 21: `operator_status` keeps only where each guide is now; the staffing plan needs
    /// who was logged in on which channel in each past interval, and the wallboard the time in
    /// each status today. One row per change, appended by `setStatus`; the station is left out
    /// (free text, and not needed for either).
    static func registerStatusHistory(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v19 operator status history") { db in
            try db.execute(sql: """
                CREATE TABLE operator_status_change (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    operator TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('available', 'in_contact', 'after_contact', 'paused', 'logged_out')),
                    channel TEXT,
                    at TEXT NOT NULL,
                    local_date TEXT NOT NULL
                );
                CREATE INDEX operator_status_change_by_day ON operator_status_change (local_date, at);
                """)
        }
    }
}
