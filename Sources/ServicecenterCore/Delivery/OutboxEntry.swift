import Foundation

/// Where one hand-over event's e-mail to its sector stands.
public enum DeliveryState: String, CaseIterable, Codable, Sendable {
    /// Not sent yet: waiting for its first try, or for the next after a failure.
    case pending
    /// The mail command took it (exit 0).
    case sent
    /// Tried `[delivery] max_attempts` times without success: shown on the dashboard, and still
    /// tried again by `handovers deliver`.
    case failed
}

/// One row of the outbox: a hand-over event to be e-mailed to its sector's mailbox.
public struct OutboxEntry: Hashable, Sendable {
    public var eventID: Int64
    public var handoverID: Int64
    public var event: HandoverEvent
    public var sector: String
    public var mailbox: String
    /// `<handover-ID-event-ID@domain>`, fixed when the row is written, so every retry of the
    /// same event carries the same id and a receiver can drop a second copy.
    public var messageID: String
    public var state: DeliveryState
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Date
    public var sentAt: Date?
    public var createdAt: Date
    /// Until when the process trying it holds it (nil: nobody has it). Still set once that time
    /// has passed means the process ended without recording an outcome (killed, or the machine
    /// went down): the row is free again, and the outbox says so.
    public var claimedUntil: Date?

    public init(
        eventID: Int64, handoverID: Int64, event: HandoverEvent, sector: String, mailbox: String, messageID: String,
        state: DeliveryState, attempts: Int, lastError: String?, nextAttemptAt: Date, sentAt: Date?, createdAt: Date,
        claimedUntil: Date? = nil
    ) {
        self.eventID = eventID
        self.handoverID = handoverID
        self.event = event
        self.sector = sector
        self.mailbox = mailbox
        self.messageID = messageID
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.sentAt = sentAt
        self.createdAt = createdAt
        self.claimedUntil = claimedUntil
    }

    /// Whether another process is trying it at `now`: claimed, and its hold not yet over.
    public func isHeld(at now: Date) -> Bool {
        claimedUntil.map { $0 > now } ?? false
    }

    /// The Message-ID of a hand-over event, in the site's domain. `database` is the database's
    /// own random token: the ids restart in every new database (a test install, a rebuilt one,
    /// a second site on the same domain), and a receiver that drops repeated Message-IDs, as
    /// the docs tell it to, would otherwise drop a real new hand-over.
    public static func messageID(handover: Int64, event: Int64, database: String, domain: String) -> String {
        "<handover-\(handover)-event-\(event).\(database)@\(domain)>"
    }

    /// The events that are e-mailed to the sector: a new hand-over, and one reopened (the
    /// sector closed it, and it is theirs again). Acknowledging, calling back and closing are
    /// the sector's own doings: mailing them back to the sector would only echo them.
    public static let mailedEvents: Set<HandoverEvent> = [.created, .reopened]

    /// The wait before try number `attempts + 1`: 1, 2, 4 … minutes, at most an hour, so a
    /// broken mail command is not hammered and a passing outage is over within the hour.
    public static func backoff(afterAttempts attempts: Int) -> TimeInterval {
        TimeInterval(min(60, 1 << min(max(attempts - 1, 0), 6))) * 60
    }
}

/// What one round of delivery did.
public struct DeliveryReport: Hashable, Sendable {
    public var sent = 0
    /// Tried and not sent this round (still pending, or now failed).
    public var failed = 0
    /// Left for later: not yet due, or past the round's time.
    public var leftOver = 0
    /// Not tried because another process holds them (it is sending them, or it died doing so).
    public var heldElsewhere = 0
    /// When the last of those holds ends: if that process has not recorded an outcome by then,
    /// the next round tries them again.
    public var heldUntil: Date?

    public init(sent: Int = 0, failed: Int = 0, leftOver: Int = 0, heldElsewhere: Int = 0, heldUntil: Date? = nil) {
        self.sent = sent
        self.failed = failed
        self.leftOver = leftOver
        self.heldElsewhere = heldElsewhere
        self.heldUntil = heldUntil
    }
}
