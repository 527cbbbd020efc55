import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The statistics' input (helper D). Replace the whole file.
extension PostgresStore {
    public func statisticsInput(from first: LocalDay, through last: LocalDay, includingOperators: Bool) throws(StoreError) -> StatisticsInput {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
