import Foundation

/// A hand-over's life as its append-only history tells it: when it was made, when it was due,
/// and every close and reopening. From it, the state on any past day can be told again, so a
/// day's figures come out the same whenever they are computed.
public struct HandoverTimeline: Hashable, Sendable {
    public var createdAt: Date
    public var dueDate: LocalDay
    /// Closes (true) and reopenings (false), oldest first.
    public var changes: [Change]
    /// The sector it was handed to: the quality report counts hand-overs per sector.
    public var sector: String

    public struct Change: Hashable, Sendable {
        public var at: Date
        public var closes: Bool

        public init(at: Date, closes: Bool) {
            self.at = at
            self.closes = closes
        }
    }

    public init(createdAt: Date, dueDate: LocalDay, changes: [Change] = [], sector: String = "") {
        self.createdAt = createdAt
        self.dueDate = dueDate
        self.changes = changes
        self.sector = sector
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

    /// The figures of `first` through `last` together: made and closed on any of the days,
    /// overdue at the end of the last.
    public static func total(_ days: [LocalDay: HandoverDay], from first: LocalDay, through last: LocalDay) -> HandoverDay {
        var total = HandoverDay()
        var day = first
        while day <= last {
            total = total + (days[day] ?? HandoverDay())
            day = day.adding(days: 1)
        }
        return total
    }

    /// Two consecutive spans' figures, the earlier first.
    static func + (earlier: Self, later: Self) -> Self {
        var sum = later
        sum.made += earlier.made
        sum.closed += earlier.closed
        sum.closedOnTime += earlier.closedOnTime
        return sum
    }

    /// Every day's figures from `first` through `last`, told from `history` (`HandoverDay.Tally`).
    public static func days(_ history: HandoverHistory, from first: LocalDay, through last: LocalDay, zone: TimeZone) -> [LocalDay: HandoverDay] {
        var tally = Tally(from: first, through: last, zone: zone)
        for timeline in history.timelines { tally.add(timeline) }
        for group in history.stillOpen { tally.add(group) }
        return tally.days
    }
}
