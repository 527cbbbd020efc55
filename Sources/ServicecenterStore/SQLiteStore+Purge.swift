import Foundation
import GRDB
import ServicecenterCore

/// Gallring: free text older than the retention period is cleared; every count the
/// statistics read stays as it was.
extension SQLiteStore {
    /// Rows changed per transaction: the write lock is held for milliseconds at a time, so
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
        // Without a call-back cutoff, a day no hand-over was closed on: only `before` applies.
        let closedCutoff = callbacksClosedOnOrBefore ?? LocalDay(year: 1, month: 1, day: 1)
        let cutoff = before.description
        let cutoffTime = Timestamp.utcText(before.start(in: zone))
        // A desk draft keeps the call-back number and address as typed (the form is restored
        // after a crash); one abandoned that long must not outlive a closed hand-over's.
        let draftCutoffTime = Timestamp.utcText(max(before, callbacksClosedOnOrBefore ?? before).start(in: zone))
        var outcome = PurgeOutcome(before: before)
        if dryRun {
            return try read { db in
                outcome.notes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contact WHERE local_date < ? AND note IS NOT NULL", arguments: [cutoff]) ?? 0
                outcome.referrals = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM contact WHERE local_date < ? AND referred_other IS NOT NULL", arguments: [cutoff]) ?? 0
                outcome.handoverNotes = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM handover_event WHERE at < ? AND note IS NOT NULL", arguments: [cutoffTime]) ?? 0
                outcome.drafts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM desk_draft WHERE updated_at < ?", arguments: [draftCutoffTime]) ?? 0
                outcome.subjects = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM contact WHERE local_date < ? AND subject IS NOT NULL", arguments: [cutoff]) ?? 0
                outcome.gaps = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM catalogue_gap WHERE local_date < ?", arguments: [cutoff]) ?? 0
                outcome.searches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM knowledge_search WHERE local_date < ?", arguments: [cutoff]) ?? 0
                (outcome.callbacks, outcome.matters) = try countCallbackErasure(madeBefore: before, closedOnOrBefore: closedCutoff, in: db)
                return outcome
            }
        }
        // The ids to look through, found without taking the write lock.
        let (lastContact, lastEvent, lastHandover) = try read { db in
            (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM contact WHERE local_date < ?", arguments: [cutoff]) ?? 0,
             try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM handover_event WHERE at < ?", arguments: [cutoffTime]) ?? 0,
             try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM handover") ?? 0)
        }
        try inBatches(through: lastContact) { db, ids in
            try db.execute(
                sql: "UPDATE contact SET note = NULL WHERE id BETWEEN ? AND ? AND local_date < ? AND note IS NOT NULL",
                arguments: [ids.lowerBound, ids.upperBound, cutoff])
            outcome.notes += db.changesCount
            try db.execute(
                sql: "UPDATE contact SET referred_other = NULL WHERE id BETWEEN ? AND ? AND local_date < ? AND referred_other IS NOT NULL",
                arguments: [ids.lowerBound, ids.upperBound, cutoff])
            outcome.referrals += db.changesCount
            try db.execute(
                sql: "UPDATE contact SET subject = NULL WHERE id BETWEEN ? AND ? AND local_date < ? AND subject IS NOT NULL",
                arguments: [ids.lowerBound, ids.upperBound, cutoff])
            outcome.subjects += db.changesCount
        }
        try inBatches(through: lastEvent) { db, ids in
            try db.execute(
                sql: "UPDATE handover_event SET note = NULL WHERE id BETWEEN ? AND ? AND at < ? AND note IS NOT NULL",
                arguments: [ids.lowerBound, ids.upperBound, cutoffTime])
            outcome.handoverNotes += db.changesCount
        }
        try inBatches(through: lastHandover) { db, ids in
            let erased = try eraseCallbacks(ids: ids, madeBefore: before, closedOnOrBefore: closedCutoff, in: db)
            outcome.callbacks += erased.callbacks
            outcome.matters += erased.matters
        }
        let finished = outcome
        outcome = try write { db in
            var outcome = finished
            try db.execute(sql: "DELETE FROM desk_draft WHERE updated_at < ?", arguments: [draftCutoffTime])
            outcome.drafts = db.changesCount
            try db.execute(sql: "DELETE FROM catalogue_gap WHERE local_date < ?", arguments: [cutoff])
            outcome.gaps = db.changesCount
            try db.execute(sql: "DELETE FROM knowledge_search WHERE local_date < ?", arguments: [cutoff])
            outcome.searches = db.changesCount
            try appendAudit(.purge, by: actor, contactID: nil, details: outcome.auditDetails, now: now, in: db)
            return outcome
        }
        // The cleared texts must not live on in the write-ahead log (SQLite itself zeroes
        // freed space: secure_delete). A busy reader can hold the checkpoint back; the next
        // one finishes it.
        _ = try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return outcome
    }

    /// Runs `body` for ids 1 through `last`, `purgeBatch` at a time, each in its own transaction.
    private func inBatches(through last: Int64, _ body: (Database, ClosedRange<Int64>) throws -> Void) throws(StoreError) {
        var first: Int64 = 1
        while first <= last {
            let ids = first...min(last, first + Self.purgeBatch - 1)
            try write { db in try body(db, ids) }
            first = ids.upperBound + 1
        }
    }
}
