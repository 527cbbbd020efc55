import Foundation

/// One guide's day so far, for the supervisor's second page of the wallboard (never in open data).
public struct GuideDay: Hashable, Sendable {
    public var user: String
    public var contacts = 0
    /// Contacts resolved at first contact.
    public var resolved = 0
    /// Summed handling time of the day's contacts, in seconds.
    public var handlingSeconds: Double = 0

    public init(user: String, contacts: Int = 0, resolved: Int = 0, handlingSeconds: Double = 0) {
        self.user = user
        self.contacts = contacts
        self.resolved = resolved
        self.handlingSeconds = handlingSeconds
    }

    /// Lösningsgrad for the guide today.
    public var firstContactResolution: Double? { contacts == 0 ? nil : Double(resolved) / Double(contacts) }
}
