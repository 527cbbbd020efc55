import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The hand-overs' outbox (helper C). Replace the whole file.
extension PostgresStore {
    func enqueueDelivery(ofEvent eventID: Int64, now: Date, in db: PostgresSession) throws {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    public func claimDelivery(after: Int64, now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool) throws(StoreError) -> OutboxEntry? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func recordDeliverySent(_ eventID: Int64, at now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func recordDeliveryFailure(_ eventID: Int64, reason: String, at now: Date, maxAttempts: Int) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func outbox(includeSent: Bool) throws(StoreError) -> [OutboxEntry] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func failingDeliveryCount() throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }

    func failingDeliveryCount(in db: PostgresSession) throws -> Int {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    public func hasDueDelivery(now: Date) throws(StoreError) -> Bool {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
