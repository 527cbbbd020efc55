import Foundation

/// One line of the audit log (granskningslogg): who did what to which contact, and when.
/// The log is append-only; it holds structured changes and counts, never free text, so it
/// can be kept longer than the notes it speaks of.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64?
    public var at: Date
    /// The login name of whoever did it.
    public var actor: String
    public var action: AuditAction
    public var contactID: Int64?
    /// What changed, in field names and values (`category avfall → bygglov; note 12 → 40
    /// characters`), or what a purge removed, or which command was refused.
    public var details: String

    public init(id: Int64? = nil, at: Date, actor: String, action: AuditAction, contactID: Int64? = nil, details: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.contactID = contactID
        self.details = details
    }
}

/// What an audit entry records.
public enum AuditAction: String, CaseIterable, Sendable {
    case contactEdited = "contact.edited"
    case purge
    case incidentStarted = "incident.started"
    case incidentEnded = "incident.ended"
    /// A command refused for want of a role.
    case refused
    /// An admin recorded a change in another operator's name (details name both).
    case onBehalf = "recorded.on_behalf"
    /// Synthetic demo data written, with its counts.
    case demoGenerated = "demo.generated"
    /// The demo's data removed (`demo --remove`), with its counts.
    case demoRemoved = "demo.removed"
}
