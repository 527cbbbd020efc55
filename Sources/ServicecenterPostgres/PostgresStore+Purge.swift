import Foundation
import PostgresNIO
import ServicecenterCore

/// Gallring: free text older than the retention period is cleared; every count the
/// statistics read stays as it was.
extension PostgresStore {
    /// Rows looked through per transaction: row locks are held for milliseconds at a time, so
    /// desks saving meanwhile wait no longer than for a colleague's save.
    static let purgeBatch: Int64 = 2_000

    /// Clears notes, subjects and referral texts ("annan"'s `referred_other`; the destination id
    /// is not personal data and stays for the statistics) of contacts filed before `before`, notes of
    /// hand-over events made before it, drafts last touched before it, and the catalogue gap
    /// report's and the unmatched knowledge searches' days before it. With `dryRun`, only counts.
    /// Hand-overs lose their call-back details once closed on or before `callbacksClosedOnOrBefore`
    /// (`CallbackRetention`; nil: only those made before `before`), and their matter when made before `before`;
    /// drafts go when untouched since before that day too, as they may hold a call-back number.
    /// The audit log records a real purge's counts.
    public func purgeFreeText(
        before: LocalDay, callbacksClosedOnOrBefore: LocalDay?, dryRun: Bool, by actor: String, now: Date
    ) throws(StoreError) -> PurgeOutcome {
        let cutoffTime = Instant(before.start(in: zone))
        // A desk draft keeps the call-back number and address as typed (the form is restored
        // after a crash); one abandoned that long must not outlive a closed hand-over's.
        let draftCutoffTime = Instant(max(before, callbacksClosedOnOrBefore ?? before).start(in: zone))
        let erasure = CallbackErasure(madeBefore: before, closedOnOrBefore: callbacksClosedOnOrBefore)
        var outcome = PurgeOutcome(before: before)
        if dryRun {
            return try read { [outcome] db in
                var outcome = outcome
                let counts = try db.query("""
                    SELECT COUNT(*) FILTER (WHERE note IS NOT NULL), COUNT(*) FILTER (WHERE referred_other IS NOT NULL),
                           COUNT(*) FILTER (WHERE subject IS NOT NULL)
                    FROM contact WHERE local_date < \(before)
                    """)[0]
                (outcome.notes, outcome.referrals, outcome.subjects) = try counts.decode((Int, Int, Int).self)
                outcome.handoverNotes = try db.value(
                    "SELECT COUNT(*) FROM handover_event WHERE at < \(cutoffTime) AND note IS NOT NULL", as: Int.self) ?? 0
                outcome.drafts = try db.value("SELECT COUNT(*) FROM desk_draft WHERE updated_at < \(draftCutoffTime)", as: Int.self) ?? 0
                outcome.gaps = try db.value("SELECT COUNT(*) FROM catalogue_gap WHERE local_date < \(before)", as: Int.self) ?? 0
                outcome.searches = try db.value("SELECT COUNT(*) FROM knowledge_search WHERE local_date < \(before)", as: Int.self) ?? 0
                (outcome.callbacks, outcome.matters) = try erasure.count(in: db)
                return outcome
            }
        }
        // The ids to look through, found in a snapshot before any row is locked.
        let (lastContact, lastEvent, lastHandover) = try read { db in
            (try db.value("SELECT MAX(id) FROM contact WHERE local_date < \(before)", as: Int64?.self) ?? nil,
             try db.value("SELECT MAX(id) FROM handover_event WHERE at < \(cutoffTime)", as: Int64?.self) ?? nil,
             try db.value("SELECT MAX(id) FROM handover", as: Int64?.self) ?? nil)
        }
        let contacts = try inBatches(through: lastContact ?? 0) { db, ids in
            // One statement for all three texts, not one per column: each UPDATE leaves a
            // version of the row behind, and a version holding one text but not the others
            // would outlive the rewrite below (`rewriteWithoutClearedText`).
            let cleared = try db.query("""
                UPDATE contact AS c SET note = NULL, referred_other = NULL, subject = NULL
                FROM (SELECT id, note IS NOT NULL AS note, referred_other IS NOT NULL AS referral, subject IS NOT NULL AS subject
                      FROM contact
                      WHERE id BETWEEN \(ids.lowerBound) AND \(ids.upperBound) AND local_date < \(before)
                        AND (note IS NOT NULL OR referred_other IS NOT NULL OR subject IS NOT NULL)
                      FOR UPDATE) AS old
                WHERE c.id = old.id
                RETURNING old.note, old.referral, old.subject
                """).map { try $0.decode((Bool, Bool, Bool).self) }
            return [cleared.filter(\.0).count, cleared.filter(\.1).count, cleared.filter(\.2).count]
        }
        (outcome.notes, outcome.referrals, outcome.subjects) = (contacts[0], contacts[1], contacts[2])
        outcome.handoverNotes = try inBatches(through: lastEvent ?? 0) { db, ids in
            [try db.execute("""
                UPDATE handover_event SET note = NULL
                WHERE id BETWEEN \(ids.lowerBound) AND \(ids.upperBound) AND at < \(cutoffTime) AND note IS NOT NULL
                """)]
        }[0]
        let handovers = try inBatches(through: lastHandover ?? 0) { db, ids in
            let erased = try erasure.erase(ids: ids, in: db)
            return [erased.callbacks, erased.matters]
        }
        (outcome.callbacks, outcome.matters) = (handovers[0], handovers[1])
        let (purged, lastWrite) = try write { [outcome] db in
            var outcome = outcome
            outcome.drafts = try db.execute("DELETE FROM desk_draft WHERE updated_at < \(draftCutoffTime)")
            outcome.gaps = try db.execute("DELETE FROM catalogue_gap WHERE local_date < \(before)")
            outcome.searches = try db.execute("DELETE FROM knowledge_search WHERE local_date < \(before)")
            try appendAudit(.purge, by: actor, contactID: nil, details: outcome.auditDetails, now: now, in: db)
            // The purge's last transaction: every row version it left behind is older.
            return (outcome, try db.value("SELECT pg_current_xact_id()::text", as: String.self) ?? "0")
        }
        rewriteWithoutClearedText(after: purged, lastWrite: lastWrite)
        return purged
    }

    /// Runs `body` for ids 1 through `last`, `purgeBatch` at a time, each in its own transaction,
    /// and adds up the counts it returns (three counts in, three sums out). A count is kept
    /// once its transaction has committed: one run again after a deadlock counts afresh.
    private func inBatches(through last: Int64, _ body: (PostgresSession, ClosedRange<Int64>) throws -> [Int]) throws(StoreError) -> [Int] {
        var sums: [Int] = []
        var first: Int64 = 1
        while first <= last {
            let ids = first...min(last, first + Self.purgeBatch - 1)
            let counts = try write { db in try body(db, ids) }
            sums = sums.isEmpty ? counts : zip(sums, counts).map(+)
            first = ids.upperBound + 1
        }
        return sums.isEmpty ? [0, 0, 0] : sums
    }

    /// The cleared texts must not live on in the tables' files. PostgreSQL keeps the old
    /// version of an updated or deleted row in its page until a vacuum, and a plain vacuum
    /// only marks its space free, leaving the bytes there; SQLite's secure_delete zeroes them.
    /// VACUUM FULL writes each table afresh without them, and the old file is emptied at
    /// commit. It locks the table while it copies (a hand-over table in milliseconds, a year's
    /// contacts in a few seconds): the purge runs at night, and only tables it changed are
    /// rewritten, once the transactions older than the purge have ended. A role that does not
    /// own the tables is skipped by the server with a warning;
    /// the texts are cleared all the same, and the server's own vacuum frees their space later.
    /// (The write-ahead log and backups keep old pages until they are recycled, as a copy of
    /// an SQLite file would.)
    private func rewriteWithoutClearedText(after outcome: PurgeOutcome, lastWrite: String) {
        var tables: [String] = []
        if outcome.notes + outcome.referrals + outcome.subjects > 0 { tables.append("contact") }
        if outcome.handoverNotes > 0 { tables.append("handover_event") }
        if outcome.callbacks + outcome.matters > 0 { tables.append("handover") }
        if outcome.drafts > 0 { tables.append("desk_draft") }
        if outcome.gaps > 0 { tables.append("catalogue_gap") }
        if outcome.searches > 0 { tables.append("knowledge_search") }
        guard !tables.isEmpty else { return }
        // VACUUM runs outside a transaction; a failure here leaves the purge done.
        _ = try? link.run { db in
            try waitForOlderTransactions(than: lastWrite, in: db)
            for table in tables { try db.execute(PostgresQuery(unsafeSQL: "VACUUM FULL \(table)")) }
        }
    }

    /// Waits (up to `rewriteWaitSeconds`) until no transaction that could still see the
    /// cleared texts is running: VACUUM FULL copies every row version some snapshot may still
    /// need, and its own snapshot reaches back to the oldest transaction running anywhere on
    /// the server, so one begun before the purge ended would keep the texts in the new file.
    private func waitForOlderTransactions(than lastWrite: String, in db: PostgresSession) throws {
        guard let xid8 = UInt64(lastWrite) else { return }
        let xid32 = String(xid8 % (1 << 32))
        let deadline = Date().addingTimeInterval(Self.rewriteWaitSeconds)
        while Date() < deadline {
            let clear = try db.value("""
                SELECT pg_snapshot_xmin(pg_current_snapshot()) > \(lastWrite)::xid8
                   AND NOT EXISTS (
                       SELECT 1 FROM pg_stat_activity
                       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
                         AND age(backend_xmin) >= age(\(xid32)::xid))
                """, as: Bool.self) ?? true
            if clear { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// How long a purge waits for transactions older than it before rewriting the tables anyway.
    static let rewriteWaitSeconds: TimeInterval = 30
}

/// The end of a hand-over's personal data (`CallbackRetention`): the call-back details go
/// once it has been closed `callback_days`, or with the notes at `note_days` whatever its
/// status; the matter goes with the notes. Run by `purge`, in the same short batches.
///
/// A hand-over's call-back details are due when it has any and it was made before
/// `madeBefore` or closed (its latest close) on or before `closedOnOrBefore`. A nil cutoff
/// makes the closing half NULL, which only the day it was made can then turn true.
struct CallbackErasure {
    /// Hand-overs made before this day lose their call-back details and their matter.
    let madeBefore: LocalDay
    /// Closed hand-overs whose latest close is on or before this day lose their call-back
    /// details; nil: none by this rule.
    let closedOnOrBefore: LocalDay?

    /// How many hand-overs would lose their call-back details and their matter.
    func count(in db: PostgresSession) throws -> (callbacks: Int, matters: Int) {
        let row = try db.query("""
            SELECT COUNT(*) FILTER (WHERE (callback_phone IS NOT NULL OR callback_email IS NOT NULL OR callback_time IS NOT NULL)
                                      AND (created_date < \(madeBefore) OR (status = 'closed' AND closed_date <= \(closedOnOrBefore)))),
                   COUNT(*) FILTER (WHERE created_date < \(madeBefore) AND matter IS NOT NULL)
            FROM handover
            """)[0]
        return try row.decode((Int, Int).self)
    }

    /// Erases the call-back details and matters of hand-overs `ids` that are due, returning
    /// how many of each. The columns are set to NULL, so the row (and every count the
    /// statistics take from it) stays. Both in one statement, so no row version is left with
    /// one of them and not the other (see `rewriteWithoutClearedText`); only due rows are locked.
    func erase(ids: ClosedRange<Int64>, in db: PostgresSession) throws -> (callbacks: Int, matters: Int) {
        let erased = try db.query("""
            UPDATE handover AS h SET
                callback_phone = CASE WHEN due.callback THEN NULL ELSE h.callback_phone END,
                callback_email = CASE WHEN due.callback THEN NULL ELSE h.callback_email END,
                callback_time = CASE WHEN due.callback THEN NULL ELSE h.callback_time END,
                matter = CASE WHEN due.matter THEN NULL ELSE h.matter END
            FROM (
                -- Locked as they are now, so a hand-over reopened meanwhile is judged reopened.
                SELECT id,
                       COALESCE((callback_phone IS NOT NULL OR callback_email IS NOT NULL OR callback_time IS NOT NULL)
                                AND (created_date < \(madeBefore) OR (status = 'closed' AND closed_date <= \(closedOnOrBefore))), false) AS callback,
                       created_date < \(madeBefore) AND matter IS NOT NULL AS matter
                FROM handover
                WHERE id BETWEEN \(ids.lowerBound) AND \(ids.upperBound)
                  AND (((callback_phone IS NOT NULL OR callback_email IS NOT NULL OR callback_time IS NOT NULL)
                        AND (created_date < \(madeBefore) OR (status = 'closed' AND closed_date <= \(closedOnOrBefore))))
                       OR (created_date < \(madeBefore) AND matter IS NOT NULL))
                FOR UPDATE
            ) AS due
            WHERE h.id = due.id
            RETURNING due.callback, due.matter
            """).map { try $0.decode((Bool, Bool).self) }
        return (erased.filter(\.0).count, erased.filter(\.1).count)
    }
}
