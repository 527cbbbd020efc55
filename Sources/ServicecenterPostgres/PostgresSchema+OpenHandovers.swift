import Foundation

/// Version 5 of the PostgreSQL schema (the SQLite backend's "v23 open hand-overs counted"):
/// the open hand-overs counted per due date and sector as they open and close. The statistics
/// read the few hand-overs that changed in a period as timelines and take the rest from these
/// counts (`handoverHistory`); before, each night's dump grouped every open hand-over again,
/// which grew with the years of imported history that never closes.
///
/// Unlike SQLite, no total per sector is kept: PostgreSQL writes a new version of a row for
/// every update, and one transaction updating the same row a quarter of a million times (a
/// `migrate`, an import of years with hand-overs) walks an ever longer chain of its own
/// versions: copying a million contacts' hand-overs slowed to seconds per thousand. A row per
/// due date and sector is updated by few hand-overs, and the totals before a period are summed
/// from them when read (a row per sector and day of due dates).
extension PostgresSchema {
    /// The tables version 5 adds, announced on commit like the others.
    static let openHandoverTables = ["open_handover_count"]

    static let version5 = """
        CREATE TABLE open_handover_count (
            due_date date NOT NULL, sector text NOT NULL, open integer NOT NULL, PRIMARY KEY (due_date, sector)
        );
        INSERT INTO open_handover_count (due_date, sector, open)
            SELECT due_date, sector, COUNT(*) FROM handover WHERE status != 'closed' GROUP BY due_date, sector;

        -- One hand-over more (change 1) or fewer (-1) open with this due date and sector; a count
        -- that reaches nought is removed, so the tables hold only what is open.
        CREATE FUNCTION count_open_handover(due date, sector_id text, change integer) RETURNS void LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            INSERT INTO open_handover_count AS kept (due_date, sector, open) VALUES (due, sector_id, change)
                ON CONFLICT (due_date, sector) DO UPDATE SET open = kept.open + change;
            DELETE FROM open_handover_count WHERE due_date = due AND sector = sector_id AND open <= 0;
        END $$;

        -- In the same transaction as any change of a hand-over's status, sector or due date,
        -- whichever way it came.
        CREATE FUNCTION keep_open_handover_counts() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status != 'closed' THEN
                PERFORM count_open_handover(OLD.due_date, OLD.sector, -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status != 'closed' THEN
                PERFORM count_open_handover(NEW.due_date, NEW.sector, 1);
            END IF;
            RETURN NULL;
        END $$;

        CREATE TRIGGER open_handover_counts AFTER INSERT OR DELETE OR UPDATE OF status, sector, due_date ON handover
            FOR EACH ROW EXECUTE FUNCTION keep_open_handover_counts();

        -- A site whose roles were synced before this version: its groups keep forwarding and
        -- closing hand-overs without another `roles sync` (which grants the same from nothing).
        \(grantedToExistingGroups(openHandoverTables));
        """ + openHandoverTables.map {
            "CREATE TRIGGER \($0)_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \($0) FOR EACH STATEMENT EXECUTE FUNCTION announce_change();"
        }.joined(separator: "\n")
}
