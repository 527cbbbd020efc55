import Foundation

/// One citizen's wait in one channel's queue: a phone call, a video call, an e-mail or a ticket.
///
/// Built by applying its events in any order: every time is the earliest seen for its kind,
/// so events arriving late or twice give the same call as events arriving in order.
public struct QueueCall: Hashable, Sendable {
    /// What became of the wait. Checked in this order: a no-show was called, but did not come.
    public enum Outcome: String, CaseIterable, Sendable {
        case waiting
        case answered
        case abandoned
        case noShow = "no_show"
        case transferred
    }

    public var callID: String
    public var channel: Channel
    /// Qmatic-style service a ticket was taken for (a sector id), if any.
    public var service: String?
    /// The number shown to a visitor, e.g. "B042"; nil for calls from outside systems.
    public var ticket: String?
    /// The earliest time any event for this call carried: files it under a day and an hour.
    public var firstAt: Date
    public var offeredAt: Date?
    public var answeredAt: Date?
    public var answeredBy: String?
    public var abandonedAt: Date?
    public var noShowAt: Date?
    public var transferredAt: Date?
    /// When the visitor took the ticket, for a ticket's later leg (after a transfer): the
    /// first leg's offer. A transfer starts a new leg so each queue measures its own wait, but
    /// the visitor took the ticket once; nil for a first leg and for calls from outside systems.
    public var ticketTakenAt: Date?

    public init(
        callID: String, channel: Channel, firstAt: Date, service: String? = nil, ticket: String? = nil,
        offeredAt: Date? = nil, answeredAt: Date? = nil, answeredBy: String? = nil, abandonedAt: Date? = nil,
        noShowAt: Date? = nil, transferredAt: Date? = nil
    ) {
        self.callID = callID
        self.channel = channel
        self.firstAt = firstAt
        self.service = service
        self.ticket = ticket
        self.offeredAt = offeredAt
        self.answeredAt = answeredAt
        self.answeredBy = answeredBy
        self.abandonedAt = abandonedAt
        self.noShowAt = noShowAt
        self.transferredAt = transferredAt
    }

    /// A call known only from its first event.
    public init(_ event: QueueEvent) {
        self.init(callID: event.callID, channel: event.channel, firstAt: event.at)
        apply(event)
    }

    /// Folds one more event in. Order-independent: each time keeps the earliest value seen.
    public mutating func apply(_ event: QueueEvent) {
        firstAt = min(firstAt, event.at)
        switch event.kind {
        case .offered: offeredAt = Self.earliest(offeredAt, event.at)
        case .answered:
            if answeredAt == nil || event.at < answeredAt! { answeredBy = event.operatorUser ?? answeredBy }
            answeredAt = Self.earliest(answeredAt, event.at)
        case .abandoned: abandonedAt = Self.earliest(abandonedAt, event.at)
        case .noShow: noShowAt = Self.earliest(noShowAt, event.at)
        case .transferred: transferredAt = Self.earliest(transferredAt, event.at)
        }
    }

    /// When the citizen joined the queue, or the first sign of the call when the feed never
    /// said: files the call under an hour for service level and evenness.
    public var queuedAt: Date { offeredAt ?? firstAt }

    /// When the visitor took the ticket (the time shown as "taken"), kept across transfers.
    public var takenAt: Date { ticketTakenAt.map { min($0, queuedAt) } ?? queuedAt }

    /// When this leg began by a transfer from another queue; nil for a first leg.
    public var movedAt: Date? { takenAt < queuedAt ? queuedAt : nil }

    public var outcome: Outcome {
        if noShowAt != nil { return .noShow }
        if answeredAt != nil { return .answered }
        if abandonedAt != nil { return .abandoned }
        if transferredAt != nil { return .transferred }
        return .waiting
    }

    /// Seconds from joining the queue to being answered or giving up; nil when either end
    /// is unknown, or the clocks disagree (an end before the start).
    public var wait: TimeInterval? {
        guard let offeredAt else { return nil }
        let end: Date?
        switch outcome {
        case .answered, .noShow: end = answeredAt
        case .abandoned: end = abandonedAt
        case .transferred: end = transferredAt
        case .waiting: end = nil
        }
        guard let end, end >= offeredAt else { return nil }
        return end.timeIntervalSince(offeredAt)
    }

    /// How long a citizen still in the queue has waited by `now`; nil when not waiting.
    public func waiting(at now: Date) -> TimeInterval? {
        guard outcome == .waiting else { return nil }
        return max(0, now.timeIntervalSince(queuedAt))
    }

    static func earliest(_ current: Date?, _ new: Date) -> Date {
        guard let current else { return new }
        return min(current, new)
    }
}
