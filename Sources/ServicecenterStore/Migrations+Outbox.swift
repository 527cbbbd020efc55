import GRDB

extension Migrations {
    /// Part of issue 18: the outbox of hand-over events to be e-mailed to the sectors. A row is
    /// written in the same transaction as its event, so a hand-over saved is a hand-over queued
    /// for its mailbox, and a save rolled back leaves no row. Independent of v15/v16.
    static func registerOutbox(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17 hand-over delivery outbox") { db in
            try db.execute(sql: """
                CREATE TABLE handover_delivery (
                    event_id INTEGER PRIMARY KEY,
                    handover_id INTEGER NOT NULL,
                    event TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    mailbox TEXT NOT NULL,
                    -- Made from the two ids, so as unique as the key; no index of its own to keep up.
                    message_id TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    last_error TEXT,
                    next_attempt_at TEXT NOT NULL,
                    claimed_until TEXT,
                    sent_at TEXT,
                    created_at TEXT NOT NULL,
                    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
                )
                """)
            // What every command asks after its own work: is anything due? Sent rows drop out.
            try db.execute(sql: """
                CREATE INDEX handover_delivery_due ON handover_delivery (next_attempt_at) WHERE state != 'sent'
                """)
        }
        migrator.registerMigration("v18 database identity for message ids") { db in
            // One random token per database, made once: Message-IDs from two databases never meet.
            try db.execute(sql: "CREATE TABLE database_identity (id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL)")
            try db.execute(sql: "INSERT INTO database_identity (id, token) VALUES (1, lower(hex(randomblob(8))))")
        }
    }
}
