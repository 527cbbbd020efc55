import Foundation

extension HandoverDay {
    /// The days' figures from `first` through `last`, counted one hand-over at a time as the
    /// store hands them over (`StatisticsSource.forEachHandover`): a period of years, with a
    /// million hand-overs, takes the memory of its days, not of the hand-overs.
    ///
    /// Days are offsets from `first` into arrays. A hand-over is overdue at the end of each day
    /// after its due date on which it was open and already made; those days are runs between
    /// its closes and reopenings, each added as a start and an end (a difference array) and
    /// summed once at the end: a hand-over left open for years costs its few changes, not a
    /// step per day.
    public struct Tally: Sendable {
        let first: LocalDay
        let count: Int
        let zone: TimeZone
        private var figures: [HandoverDay]
        /// Overdue hand-overs joining (+) and leaving (−) at each day's offset; one past the end.
        private var overdue: [Int]

        public init(from first: LocalDay, through last: LocalDay, zone: TimeZone) {
            self.first = first
            self.zone = zone
            count = max(0, last.dayNumber - first.dayNumber + 1)
            figures = [HandoverDay](repeating: HandoverDay(), count: count)
            overdue = [Int](repeating: 0, count: count + 1)
        }

        /// The offset of the local day `moment` falls on, which may lie outside the days.
        func offset(_ moment: Date) -> Int { LocalDay(moment, in: zone).dayNumber - first.dayNumber }

        public mutating func add(_ timeline: HandoverTimeline) {
            let made = offset(timeline.createdAt)
            if made >= 0, made < count { figures[made].made += 1 }
            for change in timeline.changes where change.closes {
                let closed = offset(change.at)
                guard closed >= 0, closed < count else { continue }
                figures[closed].closed += 1
                if first.adding(days: closed) <= timeline.dueDate { figures[closed].closedOnTime += 1 }
            }
            // Overdue from the day after it was due, once made; open or not, change by change. A
            // change counts from the end of its own day on (and never before an earlier one).
            let from = max(0, timeline.dueDate.dayNumber + 1 - first.dayNumber, made)
            var open = true
            var since = Int.min
            for change in timeline.changes {
                let at = max(since, offset(change.at))
                if open { addOverdue(from: max(since, from), to: at) }
                open = !change.closes
                since = at
            }
            if open { addOverdue(from: max(since, from), to: count) }
        }

        /// Hand-overs open throughout the days: overdue from the day after their due date.
        public mutating func add(_ group: HandoverHistory.StillOpen) {
            addOverdue(from: max(0, group.dueDate.dayNumber + 1 - first.dayNumber), to: count, group.count)
        }

        /// Overdue on the days at offsets `from` up to (not including) `to`, clipped to the days.
        private mutating func addOverdue(from: Int, to: Int, _ hand: Int = 1) {
            let lower = max(0, from), upper = min(count, to)
            guard lower < upper else { return }
            overdue[lower] += hand
            overdue[upper] -= hand
        }

        /// Each day's figures.
        public var days: [LocalDay: HandoverDay] {
            var result: [LocalDay: HandoverDay] = [:]
            result.reserveCapacity(count)
            var running = 0
            for index in 0..<count {
                running += overdue[index]
                var day = figures[index]
                day.overdueAtEnd = running
                result[first.adding(days: index)] = day
            }
            return result
        }
    }
}
