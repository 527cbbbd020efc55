import Foundation
import GRDB
import ServicecenterCore

/// The end of a hand-over's personal data (`CallbackRetention`): the call-back details go
/// once it has been closed `callback_days`, or with the notes at `note_days` whatever its
/// status; the matter goes with the notes. Run by `purge`, in the same short batches.
extension SQLiteStore {
    /// Hand-overs whose call-back details a purge with these cutoffs would erase.
    static let callbackDueCondition = """
        (callback_phone IS NOT NULL OR callback_email IS NOT NULL OR callback_time IS NOT NULL)
        AND (created_date < ? OR (status = 'closed' AND closed_date <= ?))
        """

    /// How many hand-overs would lose their call-back details and their matter.
    func countCallbackErasure(madeBefore: LocalDay, closedOnOrBefore: LocalDay, in db: Database) throws -> (callbacks: Int, matters: Int) {
        let callbacks = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM handover WHERE \(Self.callbackDueCondition)",
            arguments: [madeBefore.description, closedOnOrBefore.description]) ?? 0
        let matters = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM handover WHERE created_date < ? AND matter IS NOT NULL", arguments: [madeBefore.description]) ?? 0
        return (callbacks, matters)
    }

    /// Erases the call-back details and matters of hand-overs `ids` that are due, returning
    /// how many of each. The columns are set to NULL, so the row (and every count the
    /// statistics take from it) stays; SQLite's secure_delete zeroes the freed bytes.
    func eraseCallbacks(
        ids: ClosedRange<Int64>, madeBefore: LocalDay, closedOnOrBefore: LocalDay, in db: Database
    ) throws -> (callbacks: Int, matters: Int) {
        try db.execute(
            sql: """
                UPDATE handover SET callback_phone = NULL, callback_email = NULL, callback_time = NULL
                WHERE id BETWEEN ? AND ? AND \(Self.callbackDueCondition)
                """,
            arguments: [ids.lowerBound, ids.upperBound, madeBefore.description, closedOnOrBefore.description])
        let callbacks = db.changesCount
        try db.execute(
            sql: "UPDATE handover SET matter = NULL WHERE id BETWEEN ? AND ? AND created_date < ? AND matter IS NOT NULL",
            arguments: [ids.lowerBound, ids.upperBound, madeBefore.description])
        return (callbacks, db.changesCount)
    }
}

extension SQLiteStore {
    /// `contact` with the matter and call-back details its latest hand-over holds: the
    /// contact row keeps neither, and an edit's audit line must compare them too
    /// (`ContactChanges`: the matter by length, the call-back fields by name).
    func withCase(_ contact: Contact, id: Int64, in db: Database) throws -> Contact {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT matter, callback_phone, callback_email, callback_time FROM handover WHERE contact_id = ? ORDER BY id DESC LIMIT 1",
            arguments: [id])
        else { return contact }
        var contact = contact
        contact.matter = row[0]
        let callback = Callback(phone: row[1], email: row[2], preferredTime: row[3])
        contact.callback = callback.isEmpty ? nil : callback
        return contact
    }
}
