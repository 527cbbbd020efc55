import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The audit log (helper D). Replace the whole file.
extension PostgresStore {
    public func recordAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func auditLog(since: Date?) throws(StoreError) -> [AuditEntry] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    func appendAudit(_ action: AuditAction, by actor: String, contactID: Int64?, details: String, now: Date, in db: PostgresSession) throws {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }
}
