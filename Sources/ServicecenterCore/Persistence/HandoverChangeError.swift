import Foundation

/// Why a hand-over could not be moved on. Lives in the core beside `StoreError`, so that the
/// strings tables word it once for the command line and the desk.
public enum HandoverChangeError: Error, Equatable, Sendable {
    case notFound(id: Int64)
    /// The event does not fit the current status, e.g. closing what someone already closed.
    case notAllowed(id: Int64, event: HandoverEvent, status: HandoverStatus, since: Date, by: String)
    case store(StoreError)
}
