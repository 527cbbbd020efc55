import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Purging free text (helper D). Replace the whole file.
extension PostgresStore {
    public func purgeFreeText(before: LocalDay, callbacksClosedOnOrBefore: LocalDay?, dryRun: Bool, by actor: String, now: Date) throws(StoreError) -> PurgeOutcome {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
