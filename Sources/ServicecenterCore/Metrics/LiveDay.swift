import Foundation

/// Today as the supervisor's wallboard shows it: everything the store knows about the day so far.
///
/// Read in one transaction, so the figures on the screen belong to one moment.
public struct LiveDay: Sendable {
    /// How many earlier same weekdays the hourly average is taken over.
    public static let weekdayAverageWeeks = 8

    public var day: LocalDay
    /// The day's queue calls, tickets and e-mails.
    public var calls: [QueueCall]
    /// The day's logged contacts per channel.
    public var contacts: [Channel: ChannelContacts]
    /// Contacts per hour on the same weekday in the weeks before, averaged over the days that had any.
    public var weekdayAverage: [Channel: [Double]]
    public var staff: [OperatorPresence]
    /// Open hand-overs past their due date, per sector, most first.
    public var overdueBySector: [(sector: String, overdue: Int)]
    /// Incidents not yet ended, newest first.
    public var incidents: [Incident]
    /// Contacts tagged with each incident today.
    public var incidentContacts: [String: Int]
    /// Hand-over e-mails that have used all their tries (`handovers outbox`), 0 when none.
    public var failingDeliveries = 0
    /// Every status change today, oldest first (a change is a presence from its `since`):
    /// who was logged in on which channel when, and time in each status.
    public var statusChanges: [OperatorPresence] = []
    /// Each guide's contacts today, by user.
    public var guides: [GuideDay] = []

    public init(
        day: LocalDay, calls: [QueueCall] = [], contacts: [Channel: ChannelContacts] = [:],
        weekdayAverage: [Channel: [Double]] = [:], staff: [OperatorPresence] = [],
        overdueBySector: [(sector: String, overdue: Int)] = [], incidents: [Incident] = [], incidentContacts: [String: Int] = [:]
    ) {
        self.day = day
        self.calls = calls
        self.contacts = contacts
        self.weekdayAverage = weekdayAverage
        self.staff = staff
        self.overdueBySector = overdueBySector
        self.incidents = incidents
        self.incidentContacts = incidentContacts
    }

    /// One channel's queue figures at `now`.
    public func queue(_ channel: Channel, target: ServiceLevelTarget, now: Date) -> QueueFigures {
        QueueFigures(calls.lazy.filter { $0.channel == channel }, target: target, now: now)
    }
}

/// One channel's logged contacts on one day: how many, how many resolved, and when.
public struct ChannelContacts: Hashable, Sendable {
    public var contacts = 0
    public var resolved = 0
    /// Contacts per local hour, 0–23.
    public var byHour = [Int](repeating: 0, count: 24)

    public init() {}

    /// Lösningsgrad for the channel today.
    public var firstContactResolution: Double? { contacts == 0 ? nil : Double(resolved) / Double(contacts) }
}
