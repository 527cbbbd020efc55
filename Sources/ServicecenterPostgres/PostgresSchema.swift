import Foundation
import PostgresNIO
import ServicecenterCore

/// The schema on PostgreSQL: everything in the schema `servicecenter` (so a database shared with
/// other programs keeps its own `public`), versioned in `servicecenter.schema_version`.
///
/// Version 1 is the SQLite backend's schema at its v18, written once for PostgreSQL with the
/// server's own types: `timestamptz` for instants, `date` for local days, `boolean` for flags,
/// identity columns for ids. Append new versions; never edit one that has shipped.
enum PostgresSchema {
    static let name = "servicecenter"
    /// The channel every commit notifies, once per transaction (`ChangeSignal`).
    static let changeChannel = "servicecenter_change"

    static let versions: [(version: Int, name: String, sql: String)] = [
        (1, "servicecenter 1 (the SQLite schema at v18)", version1),
        (2, "servicecenter 2 (operator status history, SQLite v19)", version2),
        (3, "servicecenter 3 (knowledge use, the SQLite schema's v20)", version3),
        (4, "servicecenter 4 (hand-overs' closes and reopenings by time, SQLite v23)", version4),
        (5, "servicecenter 5 (open hand-overs counted, SQLite v23)", version5),
        (6, "servicecenter 6 (report days counted and kept, SQLite v22; open hand-overs folded per month)", version6),
    ]

    /// The statistics read as timelines only the hand-overs closed or reopened from a period's
    /// first day on (`handoverHistory`); the rest that are open are counted (version 5).
    static let version4 = """
        CREATE INDEX handover_change_by_time ON handover_event (at) WHERE event IN ('closed', 'reopened');
        """

    static var latest: Int { versions.last!.version }

    /// Read and write on `tables` for each group role that exists already (a site synced before
    /// the version that adds them), as `roles sync` grants them from nothing.
    static func grantedToExistingGroups(_ tables: [String]) -> String {
        """
        DO $$
        DECLARE member text;
        BEGIN
            FOREACH member IN ARRAY ARRAY['\(PostgresGrants.groups.joined(separator: "', '"))'] LOOP
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
                    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON \(tables.joined(separator: ", ")) TO %I', member);
                END IF;
            END LOOP;
        END $$
        """
    }

    /// Sets up or migrates the schema, one process at a time (a transaction-level advisory
    /// lock, so two hosts starting at once do not both create it). Refuses a schema written by
    /// a newer program. An older schema is upgraded by whoever may (the schema's owner), for a
    /// reading command too, as SQLite upgrades a file its reader may write: a nightly dump run
    /// by the owner after a new release must not fail until something writes. A login that may
    /// not upgrade it (a guide, a supervisor, a standby) is told who must (`olderSchema`).
    /// A database with no site is set up only when `setsUpSite` (the desk's first start,
    /// `demo`, `log` and `import` starting a site, `migrate`, `roles sync`); elsewhere it is
    /// missing, as an SQLite file that is not there.
    static func prepare(_ link: PostgresLink, setsUpSite: Bool) throws(StoreError) {
        var outdated: Int?
        do {
            try link.transaction { db in
                try db.execute("SELECT pg_advisory_xact_lock(hashtext('servicecenter schema'))")
                let exists = try db.value("SELECT to_regclass('servicecenter.schema_version') IS NOT NULL", as: Bool.self) ?? false
                let current = exists ? (try db.value("SELECT COALESCE(MAX(version), 0) FROM servicecenter.schema_version", as: Int.self) ?? 0) : 0
                if current > latest { throw StoreError.newerSchema(database: link.address.shown) }
                if current == latest { return }
                if !exists, !setsUpSite { throw StoreError.missingDatabase(database: link.address.shown) }
                if exists { outdated = current }
                if !exists {
                    try db.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(name)"))
                    try db.execute(PostgresQuery(unsafeSQL: """
                        CREATE TABLE \(name).schema_version (
                            version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                        """))
                }
                for step in versions where step.version > current {
                    try db.execute(PostgresQuery(unsafeSQL: "SET LOCAL search_path = \(name)"))
                    try db.executeScript(step.sql)
                    try db.execute("INSERT INTO servicecenter.schema_version (version, name) VALUES (\(step.version), \(step.name))")
                }
            }
        } catch {
            switch error {
            case .notPermitted, .readOnly:
                if let found = outdated { throw .olderSchema(database: link.address.shown, found: found, needed: latest) }
                throw error
            default: throw error
            }
        }
    }

    /// The tables every commit is announced for: all of them.
    static let tables = [
        "contact", "contact_hour_count", "desk_draft", "desk_station", "handover", "handover_event", "queue_event",
        "queue_call", "operator_status", "incident", "audit_event", "catalogue_gap", "handover_delivery",
    ]

    static let version1 = """
        CREATE TABLE contact (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            external_id text UNIQUE,
            started_at timestamptz NOT NULL,
            ended_at timestamptz NOT NULL,
            local_date date NOT NULL,
            local_hour integer NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
            channel text NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
            medium text CHECK (medium IN ('email', 'chat', 'eservice')),
            category text NOT NULL,
            sector text NOT NULL,
            resolvable boolean NOT NULL,
            operator text NOT NULL,
            queue_wait_s integer CHECK (queue_wait_s >= 0),
            resolution text NOT NULL CHECK (resolution IN ('resolved', 'forwarded', 'referred')),
            forward_reason text CHECK (forward_reason IN ('needs_case_officer', 'could_not_answer', 'citizen_request')),
            forward_to text,
            referred_to text,
            referred_other text,
            handling_s double precision NOT NULL CHECK (handling_s >= 0),
            digital_help boolean NOT NULL DEFAULT false,
            incident text,
            note text,
            subject text,
            created_at timestamptz NOT NULL,
            repeat_of bigint REFERENCES contact(id),
            repeat_counts boolean NOT NULL DEFAULT false,
            call_id text,
            CHECK ((resolution = 'forwarded') = (forward_reason IS NOT NULL AND forward_to IS NOT NULL))
        );
        CREATE INDEX contact_by_day_hour ON contact (local_date, channel, local_hour, resolution);
        CREATE INDEX contact_by_operator_day ON contact (operator, local_date);
        CREATE INDEX contact_by_repeat_of ON contact (repeat_of) WHERE repeat_of IS NOT NULL;
        CREATE INDEX contact_by_call ON contact (call_id) WHERE call_id IS NOT NULL;
        CREATE INDEX contact_by_incident ON contact (incident, local_date) WHERE incident IS NOT NULL;

        -- Contacts per day, channel and hour, kept exact by a trigger in the contact's own
        -- transaction: the wallboard reads a few hundred rows, not the history.
        CREATE TABLE contact_hour_count (
            local_date date NOT NULL, channel text NOT NULL, local_hour integer NOT NULL,
            contacts integer NOT NULL, resolved integer NOT NULL,
            PRIMARY KEY (local_date, channel, local_hour)
        );
        CREATE FUNCTION contact_hour_count_keep() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                UPDATE contact_hour_count SET contacts = contacts - 1, resolved = resolved - (OLD.resolution = 'resolved')::int
                WHERE local_date = OLD.local_date AND channel = OLD.channel AND local_hour = OLD.local_hour;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO contact_hour_count AS c VALUES (NEW.local_date, NEW.channel, NEW.local_hour, 1, (NEW.resolution = 'resolved')::int)
                ON CONFLICT (local_date, channel, local_hour)
                DO UPDATE SET contacts = c.contacts + 1, resolved = c.resolved + excluded.resolved;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER contact_hour_count_insert AFTER INSERT OR DELETE ON contact
            FOR EACH ROW EXECUTE FUNCTION contact_hour_count_keep();
        CREATE TRIGGER contact_hour_count_update AFTER UPDATE OF local_date, channel, local_hour, resolution ON contact
            FOR EACH ROW EXECUTE FUNCTION contact_hour_count_keep();

        -- The form a guide is filling in, saved on every change so nothing typed is lost.
        CREATE TABLE desk_draft (operator text PRIMARY KEY, payload text NOT NULL, updated_at timestamptz NOT NULL);
        -- The station and channel each guide chose last.
        CREATE TABLE desk_station (operator text PRIMARY KEY, station text NOT NULL, updated_at timestamptz NOT NULL);

        CREATE TABLE handover (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            contact_id bigint NOT NULL REFERENCES contact(id),
            sector text NOT NULL,
            reason text NOT NULL CHECK (reason IN ('needs_case_officer', 'could_not_answer', 'citizen_request')),
            created_at timestamptz NOT NULL,
            created_date date NOT NULL,
            due_date date NOT NULL,
            status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'called_back', 'closed')),
            status_at timestamptz NOT NULL,
            status_by text NOT NULL,
            closed_date date,
            matter text,
            callback_phone text,
            callback_email text,
            callback_time text
        );
        CREATE INDEX handover_by_status_sector ON handover (status, sector, due_date);
        CREATE INDEX handover_by_contact ON handover (contact_id);
        CREATE INDEX handover_by_created_date ON handover (created_date, sector);
        CREATE INDEX handover_by_closed_date ON handover (closed_date) WHERE closed_date IS NOT NULL;

        CREATE TABLE handover_event (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            handover_id bigint NOT NULL REFERENCES handover(id),
            at timestamptz NOT NULL,
            by text NOT NULL,
            event text NOT NULL CHECK (event IN ('created', 'acknowledged', 'called_back', 'closed', 'reopened')),
            note text
        );
        CREATE INDEX handover_event_by_handover ON handover_event (handover_id, id);
        CREATE INDEX handover_change_by_handover ON handover_event (handover_id, id, at, event)
            WHERE event IN ('closed', 'reopened');

        -- Every event as it arrived, once per call and kind: a feed sent twice counts once.
        CREATE TABLE queue_event (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            call_id text NOT NULL,
            event text NOT NULL CHECK (event IN ('offered', 'answered', 'abandoned', 'no_show', 'transferred')),
            at timestamptz NOT NULL,
            channel text NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
            operator text,
            received_at timestamptz NOT NULL,
            UNIQUE (call_id, event)
        );
        -- One row per wait in a queue, folded from its events; `arrival` keeps arrival order.
        CREATE TABLE queue_call (
            arrival bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            call_id text NOT NULL UNIQUE,
            channel text NOT NULL CHECK (channel IN ('visit', 'phone', 'sign_language', 'digital')),
            service text,
            ticket text,
            first_at timestamptz NOT NULL,
            local_date date NOT NULL,
            local_hour integer NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
            offered_at timestamptz,
            answered_at timestamptz,
            answered_by text,
            abandoned_at timestamptz,
            no_show_at timestamptz,
            transferred_at timestamptz,
            outcome text NOT NULL CHECK (outcome IN ('waiting', 'answered', 'abandoned', 'no_show', 'transferred')),
            station text
        );
        CREATE INDEX queue_call_by_day ON queue_call (local_date, channel);
        CREATE INDEX queue_call_by_ticket ON queue_call (local_date, ticket) WHERE ticket IS NOT NULL;
        CREATE INDEX queue_call_by_answerer ON queue_call (answered_by, local_date, channel, answered_at)
            WHERE answered_by IS NOT NULL;

        -- Where each guide is now; one row per guide, replaced on every change.
        CREATE TABLE operator_status (
            operator text PRIMARY KEY,
            status text NOT NULL CHECK (status IN ('available', 'in_contact', 'after_contact', 'paused', 'logged_out')),
            channel text,
            station text,
            since timestamptz NOT NULL
        );
        CREATE TABLE incident (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            tag text NOT NULL UNIQUE,
            title text NOT NULL,
            message text NOT NULL,
            started_at timestamptz NOT NULL,
            started_by text NOT NULL,
            ended_at timestamptz,
            ended_by text
        );
        CREATE TABLE audit_event (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            contact_id bigint,
            details text NOT NULL
        );
        CREATE INDEX audit_event_by_time ON audit_event (at);
        -- The questions the catalogue had no category for, counted per word and local day.
        CREATE TABLE catalogue_gap (
            local_date date NOT NULL,
            word text NOT NULL,
            count integer NOT NULL CHECK (count > 0),
            last_seen timestamptz NOT NULL,
            PRIMARY KEY (local_date, word)
        );
        -- The outbox of hand-over events to be e-mailed, written with its event.
        CREATE TABLE handover_delivery (
            event_id bigint PRIMARY KEY,
            handover_id bigint NOT NULL,
            event text NOT NULL,
            sector text NOT NULL,
            mailbox text NOT NULL,
            message_id text NOT NULL,
            state text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
            attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_error text,
            next_attempt_at timestamptz NOT NULL,
            claimed_until timestamptz,
            sent_at timestamptz,
            created_at timestamptz NOT NULL,
            CHECK ((state = 'sent') = (sent_at IS NOT NULL))
        );
        CREATE INDEX handover_delivery_due ON handover_delivery (next_attempt_at) WHERE state <> 'sent';
        -- One random token per database, made once: Message-IDs from two databases never meet.
        CREATE TABLE database_identity (id integer PRIMARY KEY CHECK (id = 1), token text NOT NULL);
        INSERT INTO database_identity (id, token) VALUES (1, substr(md5(random()::text || clock_timestamp()::text), 1, 16));

        -- History is append-only for everyone. Purging (gallring) may only clear a hand-over
        -- event's note, and the owner's maintenance (removing the demo, `migrate`) says so by
        -- setting servicecenter.maintenance in its own transaction; the grants keep that
        -- setting useless to every other role, which has no UPDATE or DELETE on these tables.
        CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            IF current_setting('servicecenter.maintenance', true) = 'on' THEN
                RETURN COALESCE(NEW, OLD);
            END IF;
            -- Every column but the note as it was, compared whole: PL/pgSQL cannot name the
            -- column `by` (NEW.by is "no field"), and a column added later is covered too.
            IF TG_TABLE_NAME = 'handover_event' AND TG_OP = 'UPDATE' AND NEW.note IS NULL
               AND to_jsonb(NEW) - 'note' = to_jsonb(OLD) - 'note' THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '% is append-only', CASE TG_TABLE_NAME WHEN 'audit_event' THEN 'the audit log' ELSE 'handover history' END
                USING ERRCODE = '42501';
        END $$;
        CREATE TRIGGER handover_event_append_only BEFORE UPDATE OR DELETE ON handover_event
            FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
        CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
            FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

        -- Every commit that changes a table tells the listeners once (NOTIFY folds one
        -- transaction's identical notices into one): the screens on other hosts re-read then.
        CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql SET search_path = servicecenter AS $$
        BEGIN
            PERFORM pg_notify('\(changeChannel)', '');
            RETURN NULL;
        END $$;
        """ + tables.map {
            "CREATE TRIGGER \($0)_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \($0) FOR EACH STATEMENT EXECUTE FUNCTION announce_change();"
        }.joined(separator: "\n") + "\n" + PostgresGrants.contactTextView + ";"
}
