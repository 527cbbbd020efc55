import Foundation
import GRDB
import ServicecenterCore

/// The audit log: appended to in the same transaction as what it records, so a change and
/// its line are stored together or not at all.
extension SQLiteStore {
    /// Records something that changed nothing else, such as a refused command.
    public func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date) throws(StoreError) {
        try write { db in try appendAudit(action, by: actor, contactID: contactID, details: details, now: now, in: db) }
    }

    /// The log from `since` on (all of it without), oldest first.
    public func auditLog(since: Date?) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, at, actor, action, contact_id, details FROM audit_event WHERE at >= ? ORDER BY id",
                arguments: [since.map(Timestamp.utcText) ?? ""]
            ).map { row in
                AuditEntry(
                    id: row[0], at: Timestamp.parse(row[1]) ?? .distantPast, actor: row[2],
                    action: AuditAction(rawValue: row[3]) ?? .refused, contactID: row[4], details: row[5])
            }
        }
    }

    /// The log is append-only and outlives every purge, so what reaches it is masked here too,
    /// whoever composed it: callers pass field names, ids, counts and lengths, never free text.
    func appendAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO audit_event (at, actor, action, contact_id, details) VALUES (?, ?, ?, ?, ?)",
            arguments: [Timestamp.utcText(now), intake.masked(actor, now: now), action.rawValue, contactID, intake.masked(details, now: now)])
    }
}
