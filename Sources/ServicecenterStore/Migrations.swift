import GRDB

/// The schema's history. Append new migrations; never edit one that has shipped,
/// so a database written by any earlier version opens and migrates forward.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 contacts") { db in
            try db.execute(sql: """
                CREATE TABLE contact (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    external_id TEXT UNIQUE,
                    started_at TEXT NOT NULL,
                    ended_at TEXT NOT NULL,
                    local_date TEXT NOT NULL,
                    local_hour INTEGER NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
                    channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
                    medium TEXT CHECK (medium IN ('email', 'chat', 'eservice')),
                    category TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    resolvable INTEGER NOT NULL CHECK (resolvable IN (0, 1)),
                    operator TEXT NOT NULL,
                    queue_wait_s INTEGER CHECK (queue_wait_s >= 0),
                    resolution TEXT NOT NULL CHECK (resolution IN ('resolved', 'forwarded', 'referred')),
                    forward_reason TEXT CHECK (forward_reason IN ('needs_case_officer', 'could_not_answer', 'citizen_request')),
                    forward_to TEXT,
                    referred_to TEXT,
                    handling_s REAL NOT NULL CHECK (handling_s >= 0),
                    digital_help INTEGER NOT NULL DEFAULT 0 CHECK (digital_help IN (0, 1)),
                    incident TEXT,
                    note TEXT,
                    created_at TEXT NOT NULL,
                    CHECK ((resolution = 'forwarded') = (forward_reason IS NOT NULL AND forward_to IS NOT NULL))
                )
                """)
            // The questions asked most: a day's contacts per channel, and one operator's day.
            try db.execute(sql: "CREATE INDEX contact_by_day_channel ON contact (local_date, channel)")
            try db.execute(sql: "CREATE INDEX contact_by_operator_day ON contact (operator, local_date)")
        }
        migrator.registerMigration("v2 desk drafts and stations") { db in
            // The form a guide is filling in, saved on every change so nothing typed is lost.
            try db.execute(sql: """
                CREATE TABLE desk_draft (
                    operator TEXT PRIMARY KEY,
                    payload TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                )
                """)
            // The station and channel each guide chose last, offered at the next start.
            try db.execute(sql: """
                CREATE TABLE desk_station (
                    operator TEXT PRIMARY KEY,
                    station TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                )
                """)
        }
        return migrator
    }
}
