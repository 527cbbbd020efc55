import Foundation

/// The audit log: who read, changed, purged or removed what, appended and never changed.
public protocol AuditTrail: Sendable {
    func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date) throws(StoreError)
    /// The entries from `since` (all when nil), oldest first.
    func auditLog(since: Date?) throws(StoreError) -> [AuditEntry]
}

extension AuditTrail {
    public func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64? = nil, details: String) throws(StoreError) {
        try recordAudit(action, by: actor, contactID: contactID, details: details, now: Date())
    }

    public func recordAudit(_ action: AuditAction, by actor: String, details: String, now: Date) throws(StoreError) {
        try recordAudit(action, by: actor, contactID: nil, details: details, now: now)
    }

    public func auditLog() throws(StoreError) -> [AuditEntry] {
        try auditLog(since: nil)
    }
}
