import GRDB

extension Migrations {
    /// The quality report compares a period with the one before and the same one a year
    /// earlier: a year's report read two years of rows (730,000) to count the year before.
    /// Each day's counts (`ReportCounts`) are kept here once counted, for one `CountingBasis`
    /// (`basis`: the targets and working days they were counted against), so a comparison
    /// reads a few rows per day. A day is counted again when anything it was counted from
    /// changes: the triggers below take its `report_day` row away in the same transaction as
    /// the change, whichever way it came (the desk, an import, a queue event, a hand-over's
    /// close, `demo --remove`). The day's other rows are left for the next count to replace;
    /// they are read only through their day's row.
    ///
    /// A hand-over counts on every day from the one it was made (overdue until closed), and a
    /// close or reopening on every day from the one it happened: its append-only history
    /// (`handover_event`) is what the figures are told from, and a status is only ever changed
    /// with an event. The days are UTC dates here, so a day before is taken too: no zone is a
    /// whole day from UTC.
    static func registerCountedDays(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v22 report days counted and kept") { db in
            try db.execute(sql: """
                CREATE TABLE report_day (
                    local_date TEXT PRIMARY KEY,
                    basis TEXT NOT NULL,
                    email_measured INTEGER NOT NULL, email_within_one INTEGER NOT NULL, email_within_two INTEGER NOT NULL,
                    handovers_made INTEGER NOT NULL, handovers_closed INTEGER NOT NULL,
                    handovers_closed_on_time INTEGER NOT NULL, handovers_overdue_at_end INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE report_day_contacts (
                    local_date TEXT NOT NULL, channel TEXT NOT NULL,
                    contacts INTEGER NOT NULL, resolved INTEGER NOT NULL, resolvable INTEGER NOT NULL,
                    resolvable_resolved INTEGER NOT NULL, resolvable_resolved_within_target INTEGER NOT NULL,
                    repeats INTEGER NOT NULL, digital_help INTEGER NOT NULL,
                    PRIMARY KEY (local_date, channel)
                ) WITHOUT ROWID;
                CREATE TABLE report_day_calls (
                    local_date TEXT NOT NULL, channel TEXT NOT NULL, hour_start INTEGER NOT NULL,
                    offered INTEGER NOT NULL, answered INTEGER NOT NULL, abandoned INTEGER NOT NULL,
                    answered_waits INTEGER NOT NULL, answer_wait_s REAL NOT NULL,
                    answered_within_target INTEGER NOT NULL, abandoned_after_target INTEGER NOT NULL,
                    PRIMARY KEY (local_date, channel, hour_start)
                ) WITHOUT ROWID;

                CREATE TRIGGER report_day_contact_insert AFTER INSERT ON contact BEGIN
                    DELETE FROM report_day WHERE local_date = NEW.local_date;
                END;
                CREATE TRIGGER report_day_contact_delete AFTER DELETE ON contact BEGIN
                    DELETE FROM report_day WHERE local_date = OLD.local_date;
                END;
                CREATE TRIGGER report_day_contact_update AFTER UPDATE OF
                    local_date, started_at, channel, medium, resolvable, resolution, queue_wait_s, repeat_counts, digital_help ON contact BEGIN
                    DELETE FROM report_day WHERE local_date IN (OLD.local_date, NEW.local_date);
                END;

                CREATE TRIGGER report_day_call_insert AFTER INSERT ON queue_call BEGIN
                    DELETE FROM report_day WHERE local_date = NEW.local_date;
                END;
                CREATE TRIGGER report_day_call_delete AFTER DELETE ON queue_call BEGIN
                    DELETE FROM report_day WHERE local_date = OLD.local_date;
                END;
                CREATE TRIGGER report_day_call_update AFTER UPDATE OF
                    local_date, channel, first_at, offered_at, answered_at, abandoned_at, outcome ON queue_call BEGIN
                    DELETE FROM report_day WHERE local_date IN (OLD.local_date, NEW.local_date);
                END;

                CREATE TRIGGER report_day_handover_insert AFTER INSERT ON handover BEGIN
                    DELETE FROM report_day WHERE local_date >= MIN(NEW.created_date, date(NEW.created_at, '-1 day'));
                END;
                CREATE TRIGGER report_day_handover_delete AFTER DELETE ON handover BEGIN
                    DELETE FROM report_day WHERE local_date >= MIN(OLD.created_date, date(OLD.created_at, '-1 day'));
                END;
                CREATE TRIGGER report_day_handover_made_update AFTER UPDATE OF created_at, created_date, due_date ON handover BEGIN
                    DELETE FROM report_day WHERE local_date >=
                        MIN(OLD.created_date, NEW.created_date, date(OLD.created_at, '-1 day'), date(NEW.created_at, '-1 day'));
                END;
                CREATE TRIGGER report_day_handover_event_insert AFTER INSERT ON handover_event
                WHEN NEW.event IN ('closed', 'reopened') BEGIN
                    DELETE FROM report_day WHERE local_date >= date(NEW.at, '-1 day');
                END;
                CREATE TRIGGER report_day_handover_event_delete AFTER DELETE ON handover_event
                WHEN OLD.event IN ('closed', 'reopened') BEGIN
                    DELETE FROM report_day WHERE local_date >= date(OLD.at, '-1 day');
                END;
                """)
        }
    }
}
