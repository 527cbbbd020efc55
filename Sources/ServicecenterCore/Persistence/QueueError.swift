import Foundation

/// Why a ticket or an incident could not be changed. Beside `StoreError` so the strings tables
/// word it once for the command line, the desk and the dashboard.
public enum QueueError: Error, Equatable, Sendable {
    /// No ticket with this number was taken today.
    case unknownTicket(String)
    /// The ticket is no longer waiting (called, gone, or moved on): it cannot be called again.
    case ticketNotWaiting(String, outcome: QueueCall.Outcome, by: String?)
    /// Only a called ticket can be a no-show.
    case ticketNotCalled(String)
    /// Tickets are for the hall's queues; phone and digital queues come from outside systems.
    case notAHallChannel(Channel)
    case unknownIncident(Int64)
    case incidentEnded(id: Int64, by: String, at: Date)
    case emptyIncidentTitle
    case store(StoreError)
}
