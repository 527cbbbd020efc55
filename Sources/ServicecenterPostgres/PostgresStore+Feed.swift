import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The hand-over feed (helper C). Replace the whole file.
extension PostgresStore {
    public func handoverNotices(after: Int64, limit: Int) throws(StoreError) -> [HandoverNotice] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func handoverNotice(event id: Int64) throws(StoreError) -> HandoverNotice? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func lastHandoverEventID() throws(StoreError) -> Int64 {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
