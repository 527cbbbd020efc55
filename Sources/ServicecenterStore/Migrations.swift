import GRDB
import ServicecenterCore

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
        migrator.registerMigration("v3 hand-overs") { db in
            // Contacts forwarded before this version have no hand-over: their due dates would
            // need the calendar of the day they were made, which the schema cannot know.
            try db.execute(sql: """
                CREATE TABLE handover (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    contact_id INTEGER NOT NULL REFERENCES contact(id),
                    sector TEXT NOT NULL,
                    reason TEXT NOT NULL CHECK (reason IN ('needs_case_officer', 'could_not_answer', 'citizen_request')),
                    created_at TEXT NOT NULL,
                    created_date TEXT NOT NULL,
                    due_date TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'called_back', 'closed')),
                    status_at TEXT NOT NULL,
                    status_by TEXT NOT NULL,
                    closed_date TEXT
                )
                """)
            try db.execute(sql: "CREATE INDEX handover_by_status_sector ON handover (status, sector, due_date)")
            try db.execute(sql: "CREATE INDEX handover_by_contact ON handover (contact_id)")
            try db.execute(sql: "CREATE INDEX handover_by_created_date ON handover (created_date, sector)")
            try db.execute(sql: """
                CREATE TABLE handover_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    handover_id INTEGER NOT NULL REFERENCES handover(id),
                    at TEXT NOT NULL,
                    by TEXT NOT NULL,
                    event TEXT NOT NULL CHECK (event IN ('created', 'acknowledged', 'called_back', 'closed', 'reopened')),
                    note TEXT
                )
                """)
            try db.execute(sql: "CREATE INDEX handover_event_by_handover ON handover_event (handover_id, id)")
            // History is append-only, whoever writes to the file.
            try db.execute(sql: """
                CREATE TRIGGER handover_event_no_update BEFORE UPDATE ON handover_event
                BEGIN SELECT RAISE(ABORT, 'handover history is append-only'); END
                """)
            try db.execute(sql: """
                CREATE TRIGGER handover_event_no_delete BEFORE DELETE ON handover_event
                BEGIN SELECT RAISE(ABORT, 'handover history is append-only'); END
                """)
        }
        migrator.registerMigration("v4 repeat contacts") { db in
            // Återkontakt: the earlier contact this one follows up, and whether it counts as a
            // repeat of a resolved one within the window (decided on saving, with the window then).
            try db.execute(sql: "ALTER TABLE contact ADD COLUMN repeat_of INTEGER REFERENCES contact(id)")
            try db.execute(sql: "ALTER TABLE contact ADD COLUMN repeat_counts INTEGER NOT NULL DEFAULT 0")
            try db.execute(sql: "CREATE INDEX contact_by_repeat_of ON contact (repeat_of) WHERE repeat_of IS NOT NULL")
        }
        migrator.registerMigration("v5 queues, operator status and incidents") { db in
            // Every event as it arrived, once per call and kind: a feed sent twice counts once.
            try db.execute(sql: """
                CREATE TABLE queue_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    call_id TEXT NOT NULL,
                    event TEXT NOT NULL CHECK (event IN ('offered', 'answered', 'abandoned', 'no_show', 'transferred')),
                    at TEXT NOT NULL,
                    channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
                    operator TEXT,
                    received_at TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE UNIQUE INDEX queue_event_once ON queue_event (call_id, event)")
            // One row per wait in a queue, folded from its events (QueueCall.apply), so the
            // wallboard reads a day's calls instead of replaying its events.
            try db.execute(sql: """
                CREATE TABLE queue_call (
                    call_id TEXT PRIMARY KEY,
                    channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
                    service TEXT,
                    ticket TEXT,
                    first_at TEXT NOT NULL,
                    local_date TEXT NOT NULL,
                    local_hour INTEGER NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
                    offered_at TEXT,
                    answered_at TEXT,
                    answered_by TEXT,
                    abandoned_at TEXT,
                    no_show_at TEXT,
                    transferred_at TEXT,
                    outcome TEXT NOT NULL CHECK (outcome IN ('waiting', 'answered', 'abandoned', 'no_show', 'transferred')),
                    station TEXT
                ) WITHOUT ROWID
                """)
            try db.execute(sql: "CREATE INDEX queue_call_by_day ON queue_call (local_date, channel)")
            try db.execute(sql: "CREATE INDEX queue_call_by_ticket ON queue_call (local_date, ticket) WHERE ticket IS NOT NULL")
            // The contact a call led to: its wait comes from the queue.
            try db.execute(sql: "ALTER TABLE contact ADD COLUMN call_id TEXT")
            try db.execute(sql: "CREATE INDEX contact_by_call ON contact (call_id) WHERE call_id IS NOT NULL")
            // Where each guide is now; one row per guide, replaced on every change.
            try db.execute(sql: """
                CREATE TABLE operator_status (
                    operator TEXT PRIMARY KEY,
                    status TEXT NOT NULL CHECK (status IN ('available', 'in_contact', 'after_contact', 'paused', 'logged_out')),
                    channel TEXT,
                    station TEXT,
                    since TEXT NOT NULL
                )
                """)
            try db.execute(sql: """
                CREATE TABLE incident (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tag TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    message TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    started_by TEXT NOT NULL,
                    ended_at TEXT,
                    ended_by TEXT
                )
                """)
            try db.execute(sql: "CREATE INDEX contact_by_incident ON contact (incident, local_date) WHERE incident IS NOT NULL")
        }
        migrator.registerMigration("v6 covering index for a day's contacts per channel and hour") { db in
            // The wallboard counts a day's contacts per channel and hour, and the same weekday
            // over eight weeks, every time something changes. With the hour and resolution in
            // the index those counts never touch the table: 17 ms → 1 ms at 5 million contacts
            // (docs/performance.md). It starts with (local_date, channel), so it serves every
            // query the index it replaces did.
            try db.execute(sql: "CREATE INDEX contact_by_day_hour ON contact (local_date, channel, local_hour, resolution)")
            try db.execute(sql: "DROP INDEX contact_by_day_channel")
        }
        migrator.registerMigration("v7 index of closed hand-overs by closing day") { db in
            // The statistics ask for the hand-overs open at some time in a period: the open ones
            // (by status) and those closed since its first day. Without this, every dump of one
            // day scanned all hand-overs ever made: 120 ms → 15 ms at 120,000 hand-overs.
            try db.execute(sql: "CREATE INDEX handover_by_closed_date ON handover (closed_date) WHERE closed_date IS NOT NULL")
        }
        migrator.registerMigration("v8 covering index of hand-overs' closes and reopenings") { db in
            // The statistics rebuild each hand-over's closes and reopenings. Through the index of
            // all events, each of a year's 120,000 hand-overs cost four table reads to find its
            // one close: 0.69 s → 0.16 s for a year with this one (docs/performance.md).
            try db.execute(sql: """
                CREATE INDEX handover_change_by_handover ON handover_event (handover_id, id, at, event)
                WHERE event IN ('closed', 'reopened')
                """)
        }
        migrator.registerMigration("v9 audit log") { db in
            // Who corrected which contact (no command deletes one), purges, incidents and refusals. Append-only
            // like the hand-over history: the program never changes a line once written.
            try db.execute(sql: """
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    contact_id INTEGER,
                    details TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX audit_event_by_time ON audit_event (at)")
            try db.execute(sql: """
                CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """)
            try db.execute(sql: """
                CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """)
            // Purging (gallring) clears the notes of old hand-over events; nothing else of the
            // history may change.
            try db.execute(sql: "DROP TRIGGER handover_event_no_update")
            try db.execute(sql: """
                CREATE TRIGGER handover_event_no_update BEFORE UPDATE ON handover_event
                WHEN NOT (NEW.note IS NULL AND NEW.id = OLD.id AND NEW.handover_id = OLD.handover_id AND NEW.at = OLD.at
                          AND NEW.by = OLD.by AND NEW.event = OLD.event)
                BEGIN SELECT RAISE(ABORT, 'handover history is append-only'); END
                """)
        }
        migrator.registerMigration("v10 index of answered calls by guide") { db in
            // Saving a contact looks for the call the guide just answered, to take its wait.
            // Through the day's index that read every call of the channel today: about 1 ms
            // of a 1.6 ms save on a busy day (dashboard-benchmark). This finds it directly.
            try db.execute(sql: """
                CREATE INDEX queue_call_by_answerer ON queue_call (answered_by, local_date, channel, answered_at)
                WHERE answered_by IS NOT NULL
                """)
        }
        migrator.registerMigration("v11 contacts per day, channel and hour, kept on write") { db in
            // The wallboard compares today's hours with the same weekday's over eight weeks.
            // Counted from the contact table that stepped some 16,000 index entries on every
            // refresh at 5 million contacts (6 ms); these few hundred rows are kept exact by
            // the triggers below, in the same transaction as the contact they count.
            try db.execute(sql: """
                CREATE TABLE contact_hour_count (
                    local_date TEXT NOT NULL, channel TEXT NOT NULL, local_hour INTEGER NOT NULL,
                    contacts INTEGER NOT NULL, resolved INTEGER NOT NULL,
                    PRIMARY KEY (local_date, channel, local_hour)
                ) WITHOUT ROWID;
                INSERT INTO contact_hour_count
                    SELECT local_date, channel, local_hour, COUNT(*), SUM(resolution = 'resolved') FROM contact
                    GROUP BY local_date, channel, local_hour;
                CREATE TRIGGER contact_hour_count_insert AFTER INSERT ON contact BEGIN
                    INSERT INTO contact_hour_count VALUES (NEW.local_date, NEW.channel, NEW.local_hour, 1, NEW.resolution = 'resolved')
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1, resolved = resolved + excluded.resolved;
                END;
                CREATE TRIGGER contact_hour_count_delete AFTER DELETE ON contact BEGIN
                    UPDATE contact_hour_count SET contacts = contacts - 1, resolved = resolved - (OLD.resolution = 'resolved')
                    WHERE local_date = OLD.local_date AND channel = OLD.channel AND local_hour = OLD.local_hour;
                END;
                CREATE TRIGGER contact_hour_count_update AFTER UPDATE OF local_date, channel, local_hour, resolution ON contact BEGIN
                    UPDATE contact_hour_count SET contacts = contacts - 1, resolved = resolved - (OLD.resolution = 'resolved')
                    WHERE local_date = OLD.local_date AND channel = OLD.channel AND local_hour = OLD.local_hour;
                    INSERT INTO contact_hour_count VALUES (NEW.local_date, NEW.channel, NEW.local_hour, 1, NEW.resolution = 'resolved')
                    ON CONFLICT DO UPDATE SET contacts = contacts + 1, resolved = resolved + excluded.resolved;
                END;
                """)
        }
        migrator.registerMigration("v12 queue calls kept in arrival order") { db in
            // Keyed by call id (WITHOUT ROWID), a day's calls lay scattered through the table,
            // and the wallboard's read of one day's 2,700 calls looked each up by text key:
            // 0.9 ms in sqlite3 on 670,000 calls. In rowid order, which is arrival order, the
            // day's calls sit side by side: 0.3 ms. The call id stays unique through its index.
            try db.execute(sql: """
                CREATE TABLE queue_call_in_arrival_order (
                    call_id TEXT NOT NULL UNIQUE,
                    channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
                    service TEXT,
                    ticket TEXT,
                    first_at TEXT NOT NULL,
                    local_date TEXT NOT NULL,
                    local_hour INTEGER NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
                    offered_at TEXT,
                    answered_at TEXT,
                    answered_by TEXT,
                    abandoned_at TEXT,
                    no_show_at TEXT,
                    transferred_at TEXT,
                    outcome TEXT NOT NULL CHECK (outcome IN ('waiting', 'answered', 'abandoned', 'no_show', 'transferred')),
                    station TEXT
                );
                INSERT INTO queue_call_in_arrival_order (
                    call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                    abandoned_at, no_show_at, transferred_at, outcome, station)
                SELECT call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                    abandoned_at, no_show_at, transferred_at, outcome, station
                FROM queue_call ORDER BY first_at;
                DROP TABLE queue_call;
                ALTER TABLE queue_call_in_arrival_order RENAME TO queue_call;
                CREATE INDEX queue_call_by_day ON queue_call (local_date, channel);
                CREATE INDEX queue_call_by_ticket ON queue_call (local_date, ticket) WHERE ticket IS NOT NULL;
                CREATE INDEX queue_call_by_answerer ON queue_call (answered_by, local_date, channel, answered_at)
                WHERE answered_by IS NOT NULL;
                """)
        }
        migrator.registerMigration("v13 contact subject and catalogue gaps") { db in
            // The words a guide typed for a contact filed under Övrig fråga: personal data like
            // the note (masked on the way in, purged with it, never in the open package).
            try db.execute(sql: "ALTER TABLE contact ADD COLUMN subject TEXT")
            // The questions the catalogue had no category for, counted per local day so a
            // period can be reported and a day past the note retention removed whole.
            try db.execute(sql: """
                CREATE TABLE catalogue_gap (
                    local_date TEXT NOT NULL,
                    text TEXT NOT NULL,
                    count INTEGER NOT NULL CHECK (count > 0),
                    last_seen TEXT NOT NULL,
                    PRIMARY KEY (local_date, text)
                ) WITHOUT ROWID
                """)
        }
        migrator.registerMigration("v14 catalogue gaps counted per word") { db in
            // v13 counted a gap per phrase ("glasogon linser", "glasogon 850101" as rows of
            // their own); the report counts each word, so a word asked in many phrasings is
            // one row. The rows v13 kept are split into their words, what is not a word
            // (digits left by masking, single letters, filler words) dropped, and the counts
            // of a day's word added up; its last time is the latest of its phrases.
            try db.execute(sql: """
                CREATE TABLE catalogue_gap_word (
                    local_date TEXT NOT NULL,
                    word TEXT NOT NULL,
                    count INTEGER NOT NULL CHECK (count > 0),
                    last_seen TEXT NOT NULL,
                    PRIMARY KEY (local_date, word)
                ) WITHOUT ROWID
                """)
            let insert = try db.makeStatement(sql: """
                INSERT INTO catalogue_gap_word (local_date, word, count, last_seen) VALUES (?, ?, ?, ?)
                ON CONFLICT (local_date, word) DO UPDATE SET count = count + excluded.count,
                    last_seen = MAX(last_seen, excluded.last_seen)
                """)
            let phrases = try Row.fetchCursor(db, sql: "SELECT local_date, text, count, last_seen FROM catalogue_gap")
            while let phrase = try phrases.next() {
                let day: String = phrase[0], text: String = phrase[1], count: Int = phrase[2], lastSeen: String = phrase[3]
                // v13 stored each word of a phrase once, so a word's count is its phrase's.
                for word in Set(GapWord.candidates(inMasked: text)) {
                    try insert.execute(arguments: [day, word, count, lastSeen])
                }
            }
            try db.execute(sql: """
                DROP TABLE catalogue_gap;
                ALTER TABLE catalogue_gap_word RENAME TO catalogue_gap;
                """)
        }
        migrator.registerMigration("v15 hand-over matter and call-back") { db in
            // The case's text and the only contact details kept, on the hand-over they serve;
            // hand-overs made before this version have neither.
            for column in ["matter", "callback_phone", "callback_email", "callback_time"] {
                try db.execute(sql: "ALTER TABLE handover ADD COLUMN \(column) TEXT")
            }
        }
        migrator.registerMigration("v16 referral destinations", migrate: referralDestinations)
        Migrations.registerOutbox(in: &migrator)
        Migrations.registerStatusHistory(in: &migrator)
        Migrations.registerKnowledge(in: &migrator)
        Migrations.registerStaffingIndex(in: &migrator)
        Migrations.registerCountedDays(in: &migrator)
        Migrations.registerOpenHandovers(in: &migrator)
        return migrator
    }
}
