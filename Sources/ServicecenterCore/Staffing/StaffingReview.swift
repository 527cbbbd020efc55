import Foundation

/// A past day's plan beside what happened: per interval the contacts that came, the service
/// level reached, and the guides who were logged in on the channel.
public struct StaffingReview: Sendable {
    /// One interval of the plan with its outcome.
    public struct Row: Hashable, Sendable {
        public var planned: StaffingInterval
        public var actualContacts: Int
        /// Service level reached by the interval's queue calls (nil when none counted).
        public var achievedServiceLevel: Double?
        /// Guides logged in on the channel at some time in the interval; nil when the store has
        /// no status history for the day.
        public var loggedIn: Int?
    }

    public var rows: [Row]

    /// The outcome of the plan's `interval`; nil when it had not begun.
    public func outcome(of interval: StaffingInterval) -> Row? {
        rows.first { $0.planned.channel == interval.channel && $0.planned.start == interval.start }
    }

    /// Matches `contacts` and `calls` of the plan's day to its intervals. Calls count in the
    /// interval they joined the queue, as in `ServiceLevelEvenness`. Only intervals begun before
    /// `until` (now, for today) have an outcome: a half hour still to come has none, not a zero.
    public init(
        plan: StaffingPlan, contacts: [Contact], calls: [QueueCall], targets: Targets,
        statusChanges: [OperatorPresence]? = nil, until: Date = .distantFuture
    ) {
        rows = plan.intervals.filter { $0.start < until }.map { interval in
            let inside = { (date: Date) in interval.start <= date && date < interval.end }
            let came = contacts.lazy.filter { $0.channel == interval.channel && inside($0.startedAt) }.count
            var achieved: Double?
            if interval.channel != .digital, let target = targets.serviceLevels[interval.channel] {
                let mine = calls.lazy.filter { $0.channel == interval.channel && inside($0.queuedAt) }
                achieved = QueueFigures(mine, target: target, now: .distantPast).serviceLevel
            }
            let loggedIn = statusChanges.map { Self.loggedIn($0, channel: interval.channel, from: interval.start, to: interval.end) }
            return Row(planned: interval, actualContacts: came, achievedServiceLevel: achieved, loggedIn: loggedIn)
        }
    }

    /// Guides whose status, by the day's changes (oldest first), was on `channel` and not logged
    /// out or paused at some moment in [from, to).
    static func loggedIn(_ changes: [OperatorPresence], channel: Channel, from: Date, to: Date) -> Int {
        var byUser: [String: [OperatorPresence]] = [:]
        for change in changes { byUser[change.user, default: []].append(change) }
        var count = 0
        for (_, own) in byUser {
            let sorted = own.sorted { $0.since < $1.since }
            for (index, change) in sorted.enumerated() {
                let until = index + 1 < sorted.count ? sorted[index + 1].since : Date.distantFuture
                let working = change.status != .loggedOut && change.status != .paused && change.channel == channel
                if working, change.since < to, until > from { count += 1; break }
            }
        }
        return count
    }
}
