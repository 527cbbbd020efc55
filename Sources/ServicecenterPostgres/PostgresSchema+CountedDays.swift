import Foundation

/// Version 6 of the PostgreSQL schema (the SQLite backend's v22 and v23, as far as PostgreSQL
/// lacked them): the quality report's counted days kept, and the open hand-overs' counts
/// folded per month of due dates.
///
/// **Counted days.** A nightly report compares its day with the one a year earlier. Counting
/// that day's hand-overs means reading every hand-over made or changed in the year since
/// (`forEachHandover`): 30,000 at a site of a million contacts, two thirds of the day's dump,
/// and more every year. Each day's counts (`ReportCounts`, for one `CountingBasis`) are kept
/// once counted, as SQLite keeps them (`Migrations+CountedDays`), and the triggers below take a
/// day's `report_day` row away in the same transaction as any change to a row it was counted
/// from, whichever way it came. A hand-over counts on every day from the one it was made, and a
/// close or reopening on every day from the one it happened; days are told in UTC here, so a day
/// before is taken too (no zone is a whole day from UTC). How a report claims, counts and keeps
/// its days while other hosts write is `PostgresStore+ReportCounts`.
///
/// A report counts its days in a snapshot taken after it claimed them, and keeps only those
/// whose claim no change has taken away. A writer in flight when the days are claimed could
/// have forgotten them before the claim and commit after the snapshot: so a writer holds the
/// lock `reportDaysLock` shared from its first such write to its end, and a report claims only
/// when it can take that lock alone at once (else it counts and keeps nothing, and the desks
/// never wait for it).
///
/// A hand-over forgets every day from its own on, and an import of years of history makes a
/// quarter of a million hand-overs in one transaction: PostgreSQL keeps the rows a transaction
/// deleted until it ends, so each such delete would step over all the days its predecessors
/// deleted. The transaction notes the earliest day it has forgotten from
/// (`servicecenter.report_days_forgotten_from`, local to it) and deletes again only before that.
///
/// **Month folds.** The hand-overs open throughout a period include every sector's open ones due
/// before it; summing them from a row per sector and due date read years of rows each time (6–8
/// ms at a million contacts, three times a nightly dump). `open_handover_month` keeps them per
/// sector and month of due dates, kept by the same function as `open_handover_count`; a read
/// sums the months before its day's month and that month's days. A month's row is updated by
/// the few hundred hand-overs due in it, not by every hand-over of a sector (see version 5 for
/// why a total per sector is not kept).
extension PostgresSchema {
    /// The tables version 6 adds. Not announced on commit: they are counts kept for the report,
    /// which no screen shows, and a change to what they count is announced by its own table.
    static let countedDayTables = ["report_day", "report_day_contacts", "report_day_calls", "open_handover_month"]

    /// The advisory lock (of this database) every writer that forgets counted days holds shared
    /// until it ends, and a report takes alone, without waiting, to claim its days.
    static let reportDaysLock = "hashtext('servicecenter report days')"

    static let version6 = """
        CREATE TABLE report_day (
            local_date date PRIMARY KEY,
            basis text NOT NULL,
            email_measured integer NOT NULL, email_within_one integer NOT NULL, email_within_two integer NOT NULL,
            handovers_made integer NOT NULL, handovers_closed integer NOT NULL,
            handovers_closed_on_time integer NOT NULL, handovers_overdue_at_end integer NOT NULL
        );
        CREATE TABLE report_day_contacts (
            local_date date NOT NULL, channel text NOT NULL,
            contacts integer NOT NULL, resolved integer NOT NULL, resolvable integer NOT NULL,
            resolvable_resolved integer NOT NULL, resolvable_resolved_within_target integer NOT NULL,
            repeats integer NOT NULL, digital_help integer NOT NULL,
            PRIMARY KEY (local_date, channel)
        );
        CREATE TABLE report_day_calls (
            local_date date NOT NULL, channel text NOT NULL, hour_start bigint NOT NULL,
            offered integer NOT NULL, answered integer NOT NULL, abandoned integer NOT NULL,
            answered_waits integer NOT NULL, answer_wait_s double precision NOT NULL,
            answered_within_target integer NOT NULL, abandoned_after_target integer NOT NULL,
            PRIMARY KEY (local_date, channel, hour_start)
        );

        -- Held by every transaction that forgets a counted day, from its first such write to its
        -- end; a report claims days only while no one holds it (`PostgresStore+ReportCounts`).
        -- A transaction that is not READ COMMITTED would not see a claim made after it began,
        -- so it may not write what the days are counted from.
        CREATE FUNCTION hold_report_days() RETURNS void LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF current_setting('transaction_isolation') != 'read committed' THEN
                RAISE EXCEPTION 'contacts, calls and hand-overs are written in READ COMMITTED transactions only (isolation here: %)',
                    current_setting('transaction_isolation')
                    USING HINT = 'the quality report''s counted days are forgotten by each such write: see docs/schema.md';
            END IF;
            PERFORM pg_advisory_xact_lock_shared(\(reportDaysLock));
        END $$;

        -- A contact or a call counts on its own day (before and after a change of it).
        CREATE FUNCTION forget_report_day_of_row() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            PERFORM hold_report_days();
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                DELETE FROM report_day WHERE local_date = OLD.local_date;
            END IF;
            IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.local_date != OLD.local_date) THEN
                DELETE FROM report_day WHERE local_date = NEW.local_date;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER report_day_contact AFTER INSERT OR DELETE OR UPDATE OF
            local_date, started_at, channel, medium, resolvable, resolution, queue_wait_s, repeat_counts, digital_help ON contact
            FOR EACH ROW EXECUTE FUNCTION forget_report_day_of_row();
        CREATE TRIGGER report_day_call AFTER INSERT OR DELETE OR UPDATE OF
            local_date, channel, first_at, offered_at, answered_at, abandoned_at, outcome ON queue_call
            FOR EACH ROW EXECUTE FUNCTION forget_report_day_of_row();

        -- Every day from `since` on, unless this transaction has already forgotten from as early.
        CREATE FUNCTION forget_report_days_from(since date) RETURNS void LANGUAGE plpgsql SET search_path = servicecenter AS $$
        DECLARE
            done date := NULLIF(current_setting('servicecenter.report_days_forgotten_from', true), '')::date;
        BEGIN
            IF done IS NULL OR since < done THEN
                PERFORM hold_report_days();
                DELETE FROM report_day WHERE local_date >= since;
                PERFORM set_config('servicecenter.report_days_forgotten_from', since::text, true);
            END IF;
        END $$;
        CREATE FUNCTION forget_report_days_of_handover() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM forget_report_days_from(LEAST(OLD.created_date, (OLD.created_at AT TIME ZONE 'UTC')::date - 1));
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM forget_report_days_from(LEAST(NEW.created_date, (NEW.created_at AT TIME ZONE 'UTC')::date - 1));
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER report_day_handover AFTER INSERT OR DELETE OR UPDATE OF created_at, created_date, due_date ON handover
            FOR EACH ROW EXECUTE FUNCTION forget_report_days_of_handover();
        CREATE FUNCTION forget_report_days_of_handover_event() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM forget_report_days_from((OLD.at AT TIME ZONE 'UTC')::date - 1);
            ELSE
                PERFORM forget_report_days_from((NEW.at AT TIME ZONE 'UTC')::date - 1);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER report_day_handover_event_insert AFTER INSERT ON handover_event
            FOR EACH ROW WHEN (NEW.event IN ('closed', 'reopened')) EXECUTE FUNCTION forget_report_days_of_handover_event();
        CREATE TRIGGER report_day_handover_event_delete AFTER DELETE ON handover_event
            FOR EACH ROW WHEN (OLD.event IN ('closed', 'reopened')) EXECUTE FUNCTION forget_report_days_of_handover_event();

        CREATE TABLE open_handover_month (
            due_month date NOT NULL, sector text NOT NULL, open integer NOT NULL, PRIMARY KEY (due_month, sector)
        );
        INSERT INTO open_handover_month (due_month, sector, open)
            SELECT date_trunc('month', due_date)::date, sector, SUM(open) FROM open_handover_count GROUP BY 1, 2;
        CREATE OR REPLACE FUNCTION count_open_handover(due date, sector_id text, change integer) RETURNS void LANGUAGE plpgsql SET search_path = servicecenter AS $$
        DECLARE
            month date := date_trunc('month', due)::date;
        BEGIN
            INSERT INTO open_handover_count AS kept (due_date, sector, open) VALUES (due, sector_id, change)
                ON CONFLICT (due_date, sector) DO UPDATE SET open = kept.open + change;
            DELETE FROM open_handover_count WHERE due_date = due AND sector = sector_id AND open <= 0;
            INSERT INTO open_handover_month AS kept (due_month, sector, open) VALUES (month, sector_id, change)
                ON CONFLICT (due_month, sector) DO UPDATE SET open = kept.open + change;
            DELETE FROM open_handover_month WHERE due_month = month AND sector = sector_id AND open <= 0;
        END $$;

        -- A site whose roles were synced before this version: every group keeps writing (its
        -- writes forget days and count hand-overs) and reporting without another `roles sync`.
        \(grantedToExistingGroups(countedDayTables));
        """
}
