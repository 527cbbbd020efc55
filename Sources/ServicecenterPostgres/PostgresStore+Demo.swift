import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — The demo's history (helper D). Replace the whole file.
extension PostgresStore {
    public func addDemo(_ generator: DemoGenerator, days: [LocalDay], perDay: Int, now: Date) throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func removeDemo() throws(StoreError) -> DemoRemoval {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func realContactCount() throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
