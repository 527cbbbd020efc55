import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Incidents (helper B). Replace the whole file.
extension PostgresStore {
    public func startIncident(title: String, message: String, by user: String, now: Date) throws(QueueError) -> Incident {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func endIncident(_ id: Int64, by user: String, now: Date) throws(QueueError) -> Incident {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func activeIncidents() throws(StoreError) -> [Incident] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func incidents(since day: LocalDay?) throws(StoreError) -> [Incident] {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
