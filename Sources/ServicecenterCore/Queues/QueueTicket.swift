import Foundation

/// Kölapp: the numbered ticket a visitor takes in the hall, Qmatic-style ("B042").
///
/// A ticket is a `QueueCall` like any other; this type names its number and call id so the
/// kiosk, the desk and the measures agree on them.
public struct QueueTicket: Hashable, Sendable {
    public var number: String
    public var channel: Channel
    public var service: String?
    public var takenAt: Date
    public var callID: String
    /// Tickets before this one in its queue when it was taken or looked at.
    public var ahead: Int

    public init(number: String, channel: Channel, service: String?, takenAt: Date, callID: String, ahead: Int = 0) {
        self.number = number
        self.channel = channel
        self.service = service
        self.takenAt = takenAt
        self.callID = callID
        self.ahead = ahead
    }

    /// The channels whose queue is in the hall; the others come from outside systems.
    public static let hallChannels: [Channel] = [.visit, .signLanguage]

    /// The letter a channel's tickets start with: B for besök, T for teckenspråk.
    public static func prefix(for channel: Channel) -> String? {
        switch channel {
        case .visit: "B"
        case .signLanguage: "T"
        case .phone, .digital: nil
        }
    }

    /// "B042": the prefix and the day's sequence, three digits until the day passes 999.
    public static func number(prefix: String, sequence: Int) -> String {
        let digits = String(sequence)
        return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Numbers restart every day, so the call id carries the day; a transfer adds a leg.
    public static func callID(day: LocalDay, number: String, leg: Int = 1) -> String {
        leg == 1 ? "ticket:\(day):\(number)" : "ticket:\(day):\(number):\(leg)"
    }
}
