import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The catalogue's gaps (helper A). Replace the whole file.
extension PostgresStore {
    func countGap(of facts: ContactFacts, in db: PostgresSession) throws {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    public func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap] {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
