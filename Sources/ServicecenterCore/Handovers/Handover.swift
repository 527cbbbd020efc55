import Foundation

/// Ärende: a forwarded contact in a sector's hands, with the day it is due.
public struct Handover: Hashable, Sendable {
    public var id: Int64
    public var contactID: Int64
    public var sector: String
    public var reason: ForwardReason
    public var createdAt: Date
    /// The last day the sector may act and still keep the promise.
    public var dueDate: LocalDay
    public var status: HandoverStatus
    /// When and by whom the status last changed.
    public var statusAt: Date
    public var statusBy: String
    /// The local day it was closed, if it is closed.
    public var closedOn: LocalDay?
    /// From the contact, for lists: what it was about and how it came in.
    public var category: String
    public var channel: Channel
    /// Ärendebeskrivning, masked like a note; nil for hand-overs made before it was asked for.
    public var matter: String?
    /// How the sector reaches the citizen; nil when none was given or it has been erased.
    public var callback: Callback?

    public init(
        id: Int64, contactID: Int64, sector: String, reason: ForwardReason, createdAt: Date, dueDate: LocalDay,
        status: HandoverStatus, statusAt: Date, statusBy: String, closedOn: LocalDay?, category: String, channel: Channel,
        matter: String? = nil, callback: Callback? = nil
    ) {
        self.id = id
        self.contactID = contactID
        self.sector = sector
        self.reason = reason
        self.createdAt = createdAt
        self.dueDate = dueDate
        self.status = status
        self.statusAt = statusAt
        self.statusBy = statusBy
        self.closedOn = closedOn
        self.category = category
        self.channel = channel
        self.matter = matter
        self.callback = callback
    }

    /// Past its due date and not closed, as of `today`.
    public func isOverdue(on today: LocalDay) -> Bool { status != .closed && today > dueDate }

    /// Working days past the due date as of `today` (at least 1 once overdue), 0 when not overdue.
    public func workingDaysOverdue(on today: LocalDay, calendar: WorkingDayCalendar) -> Int {
        isOverdue(on: today) ? max(1, calendar.workingDays(from: dueDate, to: today)) : 0
    }

    /// Closed no later than its due date.
    public var closedOnTime: Bool { closedOn.map { $0 <= dueDate } ?? false }
}

/// Where a hand-over stands: open → acknowledged by the sector → citizen called back → closed.
public enum HandoverStatus: String, CaseIterable, Codable, Sendable {
    case open
    case acknowledged
    case calledBack = "called_back"
    case closed
}

/// One entry in a hand-over's history, which is only ever appended to.
public enum HandoverEvent: String, CaseIterable, Codable, Sendable {
    case created
    case acknowledged
    case calledBack = "called_back"
    case closed
    case reopened

    /// The status a hand-over has after this event.
    public var resultingStatus: HandoverStatus {
        switch self {
        case .created, .reopened: .open
        case .acknowledged: .acknowledged
        case .calledBack: .calledBack
        case .closed: .closed
        }
    }

    /// Whether the event may follow a hand-over in `status`. Reopening is its own event,
    /// so closing is never undone by rewriting history.
    public func isAllowed(from status: HandoverStatus) -> Bool {
        switch self {
        case .created: false
        case .acknowledged: status == .open
        case .calledBack: status == .open || status == .acknowledged
        case .closed: status != .closed
        case .reopened: status == .closed
        }
    }
}

/// A hand-over about to be made, decided when its contact is saved.
public struct NewHandover: Hashable, Sendable {
    public var sector: String
    public var reason: ForwardReason
    public var dueDate: LocalDay
    public var matter: String?
    public var callback: Callback?

    public init(sector: String, reason: ForwardReason, dueDate: LocalDay, matter: String? = nil, callback: Callback? = nil) {
        self.sector = sector
        self.reason = reason
        self.dueDate = dueDate
        self.matter = matter
        self.callback = callback
    }
}

/// Decides the hand-over a contact makes: forwarded contacts go to their sector, due in the
/// sector's working days, or in the digital reply target for e-mail.
public struct HandoverPlanner: Sendable {
    public let configuration: Configuration
    let calendar: WorkingDayCalendar

    public init(configuration: Configuration) {
        self.configuration = configuration
        self.calendar = configuration.workingDays
    }

    public func plan(for contact: Contact) -> NewHandover? {
        guard case .forwarded(let sector, let reason) = contact.resolution else { return nil }
        let days = contact.channel == .digital && contact.medium == .email
            ? configuration.targets.digitalReplyWorkingDays
            : configuration.sector(sector)?.handoverWorkingDays ?? configuration.targets.handoverWorkingDays
        return NewHandover(
            sector: sector, reason: reason, dueDate: calendar.dueDate(from: contact.endedAt, workingDays: days),
            matter: contact.matter, callback: contact.callback)
    }
}

/// Hand-over figures for one sector over a period: made, closed on time or late, still open
/// and, of those, past their due date.
public struct HandoverFigures: Hashable, Sendable {
    public var sector: String
    public var made: Int
    public var closedOnTime: Int
    public var closedLate: Int
    /// Not closed; includes the overdue ones.
    public var open: Int
    /// Not closed and past the due date on the day the figures were made.
    public var overdue: Int

    public init(sector: String, made: Int, closedOnTime: Int, closedLate: Int, open: Int, overdue: Int) {
        self.sector = sector
        self.made = made
        self.closedOnTime = closedOnTime
        self.closedLate = closedLate
        self.open = open
        self.overdue = overdue
    }

    /// The figures of several sectors added up.
    public static func total(_ all: [HandoverFigures], label: String) -> HandoverFigures {
        all.reduce(HandoverFigures(sector: label, made: 0, closedOnTime: 0, closedLate: 0, open: 0, overdue: 0)) {
            HandoverFigures(
                sector: label, made: $0.made + $1.made, closedOnTime: $0.closedOnTime + $1.closedOnTime,
                closedLate: $0.closedLate + $1.closedLate, open: $0.open + $1.open, overdue: $0.overdue + $1.overdue)
        }
    }

    /// Share of the closed hand-overs that were closed by their due date, nil when none is closed.
    public var onTimeShare: Double? {
        closedOnTime + closedLate == 0 ? nil : Double(closedOnTime) / Double(closedOnTime + closedLate)
    }
}
