import Foundation
import ServicecenterCore

/// What an alert on the wallboard is about: one condition on one channel.
public struct AlertCondition: Hashable, Sendable {
    /// The three things a supervisor must act on at once.
    public enum Kind: Int, Hashable, Sendable, CaseIterable {
        /// The current interval's service level is below the channel's target.
        case belowTarget
        /// A citizen in the queue now has waited longer than the target.
        case waitedPastTarget
        /// Fewer guides are staffed on the channel than the plan needs now.
        case understaffed
    }

    public var kind: Kind
    public var channel: Channel

    public init(_ kind: Kind, _ channel: Channel) {
        self.kind = kind
        self.channel = channel
    }
}

/// An alert that is on: its condition and when it began.
public struct DashboardAlert: Hashable, Sendable {
    public var condition: AlertCondition
    public var since: Date
}

extension DashboardModel {
    /// The statuses that count as staffed on a channel: at work on it (ready, in a contact, or
    /// finishing one). Paused and logged-out guides do not count.
    public static let staffedStatuses: Set<OperatorStatus> = [.available, .inContact, .afterContact]

    /// Guides staffed on `channel` now (`staffedStatuses`), from the presence last read.
    public func staffedNow(_ channel: Channel) -> Int {
        (live?.staff ?? []).filter { $0.channel == channel && Self.staffedStatuses.contains($0.status) }.count
    }

    /// The plan's interval for `channel` now, and the one after it.
    func plannedNow(_ channel: Channel) -> StaffingInterval? { plan?.interval(channel, at: now) }
    func plannedNext(_ channel: Channel) -> StaffingInterval? { plan?.interval(channel, after: now) }

    /// The planning interval that contains the model's clock.
    var currentInterval: PlanningInterval {
        PlanningInterval(containing: now, minutes: configuration.staffing.intervalMinutes, zone: zone)
    }

    /// Per channel, the oldest waiting citizen's start in the queue.
    static func oldestWaiting(in live: LiveDay?) -> [Channel: Date] {
        var oldest: [Channel: Date] = [:]
        for call in live?.calls ?? [] where call.outcome == .waiting {
            oldest[call.channel] = min(oldest[call.channel] ?? call.queuedAt, call.queuedAt)
        }
        return oldest
    }

    /// The current interval's conditions: its service level per channel (calls that joined the
    /// queue in it) against target, and staff needed against staffed.
    func workOutIntervalConditions() -> Set<AlertCondition> {
        guard let live else { return [] }
        let interval = currentInterval
        var conditions: Set<AlertCondition> = []
        // The interval's calls first (a few), then per channel among them.
        let inInterval = live.calls.filter { $0.queuedAt >= interval.start && $0.queuedAt < interval.end }
        for channel in Channel.allCases {
            let calls = inInterval.lazy.filter { $0.channel == channel }
            if let level = QueueFigures(calls, target: target(channel), now: now).serviceLevel, !target(channel).isMet(by: level) {
                conditions.insert(AlertCondition(.belowTarget, channel))
            }
            if let needed = plannedNow(channel)?.needed, needed > staffedNow(channel) {
                conditions.insert(AlertCondition(.understaffed, channel))
            }
        }
        return conditions
    }

    /// Brings the alerts up to date with the conditions that hold now: an alert whose condition
    /// ended goes, a new one is added with the time it began, and a bell is asked for when any
    /// began (unless `[staffing] alert_bell` is off). Pure: the clock is the model's.
    mutating func refreshAlerts() -> [DashboardEffect] {
        var holding = intervalConditions
        for (channel, since) in oldestWaiting where now.timeIntervalSince(since) > TimeInterval(target(channel).seconds) {
            holding.insert(AlertCondition(.waitedPastTarget, channel))
        }
        let kept = alerts.filter { holding.contains($0.condition) }
        let known = Set(kept.map(\.condition))
        let began = holding.subtracting(known)
            .sorted { ($0.kind.rawValue, Channel.allCases.firstIndex(of: $0.channel)!) < ($1.kind.rawValue, Channel.allCases.firstIndex(of: $1.channel)!) }
            .map { condition -> DashboardAlert in
                // A wait passed the target at a known moment, even if the board was opened later.
                let since = condition.kind == .waitedPastTarget
                    ? oldestWaiting[condition.channel].map { $0.addingTimeInterval(TimeInterval(target(condition.channel).seconds)) } ?? now
                    : now
                return DashboardAlert(condition: condition, since: min(since, now))
            }
        guard !began.isEmpty || kept.count != alerts.count else { return [] }
        alerts = kept + began
        return !began.isEmpty && configuration.staffing.alertBell ? [.ringBell] : []
    }
}

/// One planning interval of the day (`[staffing] interval_minutes` long, from local midnight).
public struct PlanningInterval: Hashable, Sendable {
    public var day: LocalDay
    public var start: Date
    public var end: Date

    public init(containing instant: Date, minutes: Int, zone: TimeZone) {
        day = LocalDay(instant, in: zone)
        let midnight = day.start(in: zone)
        let length = TimeInterval(max(1, minutes) * 60)
        start = midnight.addingTimeInterval((instant.timeIntervalSince(midnight) / length).rounded(.down) * length)
        end = start.addingTimeInterval(length)
    }
}
