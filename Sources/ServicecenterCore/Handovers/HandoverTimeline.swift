import Foundation

/// A hand-over's life as its append-only history tells it: when it was made, when it was due,
/// and every close and reopening. From it, the state on any past day can be told again, so a
/// day's figures come out the same whenever they are computed.
public struct HandoverTimeline: Hashable, Sendable {
    public var createdAt: Date
    public var dueDate: LocalDay
    /// Closes (true) and reopenings (false), oldest first.
    public var changes: [Change]

    public struct Change: Hashable, Sendable {
        public var at: Date
        public var closes: Bool

        public init(at: Date, closes: Bool) {
            self.at = at
            self.closes = closes
        }
    }

    public init(createdAt: Date, dueDate: LocalDay, changes: [Change] = []) {
        self.createdAt = createdAt
        self.dueDate = dueDate
        self.changes = changes
    }

    /// Whether it was made and not closed at `moment`.
    public func isOpen(at moment: Date) -> Bool {
        guard createdAt < moment else { return false }
        return !(changes.last { $0.at < moment }?.closes ?? false)
    }
}

/// One day's hand-over figures for the statistics: made, closed (on time or not), and
/// overdue when the day ended.
public struct HandoverDay: Hashable, Sendable {
    public var made = 0
    public var closed = 0
    /// Closed on or before the due date.
    public var closedOnTime = 0
    /// Still open at the end of the day and due before it: what the dashboard showed as overdue that day.
    public var overdueAtEnd = 0

    public init() {}

    /// Every day's figures from `first` through `last`, in one pass over the timelines.
    public static func days(
        _ timelines: some Sequence<HandoverTimeline>, from first: LocalDay, through last: LocalDay, zone: TimeZone
    ) -> [LocalDay: HandoverDay] {
        var days: [LocalDay: HandoverDay] = [:]
        var ends: [LocalDay: Date] = [:]
        var day = first
        while day <= last {
            days[day] = HandoverDay()
            ends[day] = day.adding(days: 1).start(in: zone)
            day = day.adding(days: 1)
        }
        for timeline in timelines {
            let made = LocalDay(timeline.createdAt, in: zone)
            days[made]?.made += 1
            for change in timeline.changes where change.closes {
                let closedOn = LocalDay(change.at, in: zone)
                days[closedOn]?.closed += 1
                if closedOn <= timeline.dueDate { days[closedOn]?.closedOnTime += 1 }
            }
            var overdueDay = max(first, timeline.dueDate.adding(days: 1))
            while overdueDay <= last {
                if timeline.isOpen(at: ends[overdueDay]!) { days[overdueDay]!.overdueAtEnd += 1 }
                overdueDay = overdueDay.adding(days: 1)
            }
        }
        return days
    }
}
