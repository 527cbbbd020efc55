import Foundation

/// Where a guide is right now, for the supervisor's staff list.
public struct OperatorPresence: Hashable, Sendable {
    public var user: String
    public var status: OperatorStatus
    public var channel: Channel?
    public var station: String?
    public var since: Date

    public init(user: String, status: OperatorStatus, channel: Channel?, station: String?, since: Date) {
        self.user = user
        self.status = status
        self.channel = channel
        self.station = station
        self.since = since
    }
}

/// A guide's status: set with one key at the desk, and implied by starting and saving contacts.
public enum OperatorStatus: String, CaseIterable, Hashable, Sendable {
    /// Tillgänglig: ready for the next citizen.
    case available
    /// I kontakt: a contact is open at the desk.
    case inContact = "in_contact"
    /// Efterarbete: finishing what the last contact left.
    case afterContact = "after_contact"
    /// Paus.
    case paused
    /// Utloggad: the desk is closed.
    case loggedOut = "logged_out"

    /// The statuses a guide steps through with the status key; the others follow from work.
    public static let chosen: [OperatorStatus] = [.available, .afterContact, .paused]

    /// The next status in `chosen`, from any status.
    public var nextChosen: OperatorStatus {
        guard let index = Self.chosen.firstIndex(of: self) else { return .paused }
        return Self.chosen[(index + 1) % Self.chosen.count]
    }
}
