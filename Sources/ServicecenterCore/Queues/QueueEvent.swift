import Foundation

/// Köhändelse: one thing that happened to a call, a ticket or an e-mail waiting in a channel's queue.
///
/// Phone, sign-language video and digital events come from outside systems (`queue events`);
/// visitor-hall tickets make the same events inside the store, so every channel is measured alike.
public struct QueueEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// The citizen joined the queue (a call rang in, a ticket was taken, an e-mail arrived).
        case offered
        /// A guide took it (answered the call, called the ticket, replied to the e-mail).
        case answered
        /// The citizen gave up before being answered.
        case abandoned
        /// A called ticket whose visitor did not come to the desk (uteblev).
        case noShow = "no_show"
        /// Moved to another channel's or sector's queue; the wait there is a new leg.
        case transferred

        /// Reads a feed's event name. Digital feeds say `received`/`replied`; they mean the
        /// same as `offered`/`answered` and are stored as those.
        public init?(feedName: String) {
            switch feedName {
            case "received": self = .offered
            case "replied": self = .answered
            default: self.init(rawValue: feedName)
            }
        }

        /// The names an outside feed may send.
        public static let feedNames = ["offered", "answered", "abandoned", "received", "replied"]
    }

    public var at: Date
    public var channel: Channel
    public var kind: Kind
    /// The outside system's id for the call; with `kind`, what makes an event a duplicate.
    public var callID: String
    public var operatorUser: String?

    public init(at: Date, channel: Channel, kind: Kind, callID: String, operatorUser: String? = nil) {
        self.at = at
        self.channel = channel
        self.kind = kind
        self.callID = callID
        self.operatorUser = operatorUser
    }
}
