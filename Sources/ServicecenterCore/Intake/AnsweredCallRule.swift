import Foundation

/// Which queue call a contact that names none was most likely about: the latest one the feed
/// says this guide answered on this channel, from ten minutes before the contact started until
/// it ended, and not yet linked to another contact. A backend finds it; the rule is here.
public struct AnsweredCallRule: Sendable, Hashable {
    public var day: LocalDay
    public var channel: Channel
    public var answeredBy: String
    public var answeredFrom: Date
    public var answeredThrough: Date

    /// How long before a contact starts its call may have been answered.
    public static let leadSeconds: TimeInterval = 600

    /// The search for `contact`'s call, or nil when it names one already.
    public init?(for contact: Contact, zone: TimeZone) {
        guard contact.callID == nil else { return nil }
        day = LocalDay(contact.startedAt, in: zone)
        channel = contact.channel
        answeredBy = contact.operatorUser
        answeredFrom = contact.startedAt.addingTimeInterval(-Self.leadSeconds)
        answeredThrough = contact.endedAt
    }
}
