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
    /// The hand-over as it stands, with its matter and call-back details.
    public var handover: Handover
    /// The guide who forwarded the contact.
    public var forwardedBy: String

    public init(
        eventID: Int64, event: HandoverEvent, at: Date, by: String, note: String?, handover: Handover, forwardedBy: String
    ) {
        self.eventID = eventID
        self.event = event
        self.at = at
        self.by = by
        self.note = note
        self.handover = handover
        self.forwardedBy = forwardedBy
    }
}
