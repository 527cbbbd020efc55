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

    /// Every day's figures from `first` through `last`: the timelines walked in one pass, and
    /// the hand-overs still open throughout counted overdue on each day after their due date.
    /// Days are counted as offsets from `first` into arrays: a year of hand-overs that stayed
    /// overdue for months is then a few million array steps, not dictionary look-ups.
    public static func days(_ history: HandoverHistory, from first: LocalDay, through last: LocalDay, zone: TimeZone) -> [LocalDay: HandoverDay] {
        let count = max(0, last.dayNumber - first.dayNumber + 1)
        var figures = walked(history.timelines, from: first, count: count, zone: zone)
        // Each group joins the overdue from the day after its due date; a running sum adds them in.
        var joining = [Int](repeating: 0, count: count)
        for group in history.stillOpen {
            let index = max(0, group.dueDate.dayNumber + 1 - first.dayNumber)
            if index < count { joining[index] += group.count }
        }
        var overdue = 0
        for index in 0..<count {
            overdue += joining[index]
            figures[index].overdueAtEnd += overdue
        }
        return Dictionary(uniqueKeysWithValues: figures.enumerated().map { (first.adding(days: $0.offset), $0.element) })
    }

    /// The timelines' figures for the `count` days from `first`, in one pass.
    private static func walked(_ timelines: [HandoverTimeline], from first: LocalDay, count: Int, zone: TimeZone) -> [HandoverDay] {
        var figures = [HandoverDay](repeating: HandoverDay(), count: count)
        let ends = (0..<count).map { first.adding(days: $0 + 1).start(in: zone) }
        func offset(_ moment: Date) -> Int? {
            let index = LocalDay(moment, in: zone).dayNumber - first.dayNumber
            return index >= 0 && index < count ? index : nil
        }
        for timeline in timelines {
            if let made = offset(timeline.createdAt) { figures[made].made += 1 }
            for change in timeline.changes where change.closes {
                guard let closed = offset(change.at) else { continue }
                figures[closed].closed += 1
                if first.adding(days: closed) <= timeline.dueDate { figures[closed].closedOnTime += 1 }
            }
            // Overdue from the day after it was due; open or not, change by change.
            var index = max(0, timeline.dueDate.dayNumber + 1 - first.dayNumber)
            var next = timeline.changes.startIndex
            var open = true
            while index < count {
                let end = ends[index]
                while next < timeline.changes.endIndex, timeline.changes[next].at < end {
                    open = !timeline.changes[next].closes
                    next += 1
                }
                if open, timeline.createdAt < end { figures[index].overdueAtEnd += 1 }
                if !open, next == timeline.changes.endIndex { break }
                index += 1
            }
        }
        return figures
    }
}
