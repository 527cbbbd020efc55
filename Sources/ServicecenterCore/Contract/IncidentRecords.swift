import Foundation

/// Incidents (driftstörningar): a known fault every desk should mention, started and ended by a supervisor.
public protocol IncidentRecords: Sendable {
    func startIncident(title: String, message: String, by user: String, now: Date) throws(QueueError) -> Incident
    func endIncident(_ id: Int64, by user: String, now: Date) throws(QueueError) -> Incident
    /// The incidents not yet ended, newest first.
    func activeIncidents() throws(StoreError) -> [Incident]
    /// Incidents that were active on or after `day` (all when nil).
    func incidents(since day: LocalDay?) throws(StoreError) -> [Incident]
}

extension IncidentRecords {
    public func startIncident(title: String, message: String, by user: String) throws(QueueError) -> Incident {
        try startIncident(title: title, message: message, by: user, now: Date())
    }

    public func endIncident(_ id: Int64, by user: String) throws(QueueError) -> Incident {
        try endIncident(id, by: user, now: Date())
    }
}
