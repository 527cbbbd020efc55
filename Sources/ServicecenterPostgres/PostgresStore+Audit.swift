import Foundation
import PostgresNIO
import ServicecenterCore

/// The audit log: appended to in the same transaction as what it records, so a change and
/// its line are stored together or not at all. The table refuses UPDATE and DELETE by trigger.
extension PostgresStore {
    /// Records something that changed nothing else, such as a refused command.
    public func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date) throws(StoreError) {
        try write { db in try appendAudit(action, by: actor, contactID: contactID, details: details, now: now, in: db) }
    }

    /// The log from `since` on (all of it without), oldest first.
    public func auditLog(since: Date?) throws(StoreError) -> [AuditEntry] {
        try read { db in
            // Whole seconds, as SQLite compares its text timestamps: an entry made in the same
            // second as `since` is in.
            let rows = try since.map { since in
                try db.query("SELECT id, at, actor, action, contact_id, details FROM audit_event WHERE at >= \(Instant(since)) ORDER BY id")
            } ?? db.query("SELECT id, at, actor, action, contact_id, details FROM audit_event ORDER BY id")
            return try rows.map { row in
                let (id, at, actor, action, contactID, details) = try row.decode((Int64, Date, String, String, Int64?, String).self)
                return AuditEntry(
                    id: id, at: at, actor: actor, action: AuditAction(rawValue: action) ?? .refused, contactID: contactID, details: details)
            }
        }
    }

    /// The log is append-only and outlives every purge, so what reaches it is masked here too,
    /// whoever composed it: callers pass field names, ids, counts and lengths, never free text.
    func appendAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date, in db: PostgresSession) throws {
        try db.execute("""
            INSERT INTO audit_event (at, actor, action, contact_id, details)
            VALUES (\(Instant(now)), \(intake.masked(actor, now: now)), \(action.rawValue), \(contactID), \(intake.masked(details, now: now)))
            """)
    }
}
