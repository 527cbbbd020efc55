import GRDB

extension Migrations {
    /// A day's figures count every hand-over still open at its end. Imported history leaves
    /// hundreds of thousands open for good, and reading each one's timeline made every nightly
    /// dump slower as the years went by (165 ms of reading alone at a million contacts). The
    /// open ones are counted here per due date and sector, and per sector, as they open and
    /// close, so the statistics read the few hand-overs that changed in the period as
    /// timelines and the rest as these counts (`HandoverHistory`): the per-sector totals less
    /// those due from the period on, read by due date, so the years of due dates before it are
    /// never read one by one (grouping them took 9 ms at a million contacts, and grew). The
    /// triggers keep both in the same transaction as any change to a hand-over's status,
    /// sector or due date, whichever way it came; a count that reaches nought is removed, so
    /// the tables hold only what is open.
    ///
    /// The closes and reopenings are indexed by time as well: those from a period's first day
    /// on are what the statistics read as timelines.
    static func registerOpenHandovers(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v23 open hand-overs counted") { db in
            try db.execute(sql: """
                CREATE TABLE open_handover_count (
                    due_date TEXT NOT NULL, sector TEXT NOT NULL, open INTEGER NOT NULL,
                    PRIMARY KEY (due_date, sector)
                ) WITHOUT ROWID;
                CREATE TABLE open_handover_sector (sector TEXT PRIMARY KEY, open INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO open_handover_count (due_date, sector, open)
                    SELECT due_date, sector, COUNT(*) FROM handover WHERE status != 'closed' GROUP BY due_date, sector;
                INSERT INTO open_handover_sector (sector, open)
                    SELECT sector, COUNT(*) FROM handover WHERE status != 'closed' GROUP BY sector;
                CREATE INDEX handover_change_by_time ON handover_event (at) WHERE event IN ('closed', 'reopened');

                CREATE TRIGGER open_handover_insert AFTER INSERT ON handover WHEN NEW.status != 'closed' BEGIN
                    INSERT INTO open_handover_count (due_date, sector, open) VALUES (NEW.due_date, NEW.sector, 1)
                        ON CONFLICT (due_date, sector) DO UPDATE SET open = open + 1;
                    INSERT INTO open_handover_sector (sector, open) VALUES (NEW.sector, 1)
                        ON CONFLICT (sector) DO UPDATE SET open = open + 1;
                END;
                CREATE TRIGGER open_handover_delete AFTER DELETE ON handover WHEN OLD.status != 'closed' BEGIN
                    UPDATE open_handover_count SET open = open - 1 WHERE due_date = OLD.due_date AND sector = OLD.sector;
                    DELETE FROM open_handover_count WHERE due_date = OLD.due_date AND sector = OLD.sector AND open <= 0;
                    UPDATE open_handover_sector SET open = open - 1 WHERE sector = OLD.sector;
                    DELETE FROM open_handover_sector WHERE sector = OLD.sector AND open <= 0;
                END;
                CREATE TRIGGER open_handover_update AFTER UPDATE OF status, sector, due_date ON handover
                WHEN (OLD.status != 'closed') != (NEW.status != 'closed') OR OLD.sector != NEW.sector OR OLD.due_date != NEW.due_date BEGIN
                    UPDATE open_handover_count SET open = open - 1
                        WHERE OLD.status != 'closed' AND due_date = OLD.due_date AND sector = OLD.sector;
                    DELETE FROM open_handover_count WHERE due_date = OLD.due_date AND sector = OLD.sector AND open <= 0;
                    UPDATE open_handover_sector SET open = open - 1 WHERE OLD.status != 'closed' AND sector = OLD.sector;
                    DELETE FROM open_handover_sector WHERE sector = OLD.sector AND open <= 0;
                    INSERT INTO open_handover_count (due_date, sector, open) SELECT NEW.due_date, NEW.sector, 1 WHERE NEW.status != 'closed'
                        ON CONFLICT (due_date, sector) DO UPDATE SET open = open + 1;
                    INSERT INTO open_handover_sector (sector, open) SELECT NEW.sector, 1 WHERE NEW.status != 'closed'
                        ON CONFLICT (sector) DO UPDATE SET open = open + 1;
                END;
                """)
        }
    }
}
