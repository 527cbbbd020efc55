import Foundation

/// One hand-over event with everything a sector needs to act on it: what the mail says and
/// what the feed carries (`handovers feed`). Read from the store; composed in the core.
public struct HandoverNotice: Hashable, Sendable {
    /// The event's id: the feed's position, resumable with `--since`.
    public var eventID: Int64
    public var event: HandoverEvent
    public var at: Date
    /// Who recorded the event (the guide who forwarded it, for `created`).
    public var by: String
    public var note: String?
    public var handover: Handover
    /// Ärendebeskrivning: what the citizen wants decided or answered.
    public var matter: String?
    /// How the sector reaches the citizen (återkontakt).
    public var callbackPhone: String?
    public var callbackEmail: String?
    public var callbackTime: String?
    /// The guide who forwarded the contact.
    public var forwardedBy: String

    public init(
        eventID: Int64, event: HandoverEvent, at: Date, by: String, note: String?, handover: Handover, matter: String? = nil,
        callbackPhone: String? = nil, callbackEmail: String? = nil, callbackTime: String? = nil, forwardedBy: String
    ) {
        self.eventID = eventID
        self.event = event
        self.at = at
        self.by = by
        self.note = note
        self.handover = handover
        self.matter = matter
        self.callbackPhone = callbackPhone
        self.callbackEmail = callbackEmail
        self.callbackTime = callbackTime
        self.forwardedBy = forwardedBy
    }
}
