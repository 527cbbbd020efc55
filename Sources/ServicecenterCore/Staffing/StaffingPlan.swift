import Foundation

/// Bemanningsplan: one day's forecast and staff needed per channel and interval.
public struct StaffingPlan: Hashable, Sendable {
    public var day: LocalDay
    /// Every channel's intervals, in channel order and then time order.
    public var intervals: [StaffingInterval]

    public init(day: LocalDay, intervals: [StaffingInterval]) {
        self.day = day
        self.intervals = intervals
    }

    /// The channel's interval that contains `instant`, if the plan has one.
    public func interval(_ channel: Channel, at instant: Date) -> StaffingInterval? {
        intervals.first { $0.channel == channel && $0.start <= instant && instant < $0.end }
    }

    /// The channel's interval after the one that contains `instant`.
    public func interval(_ channel: Channel, after instant: Date) -> StaffingInterval? {
        intervals.first { $0.channel == channel && $0.start > instant }
    }
}

/// One channel's planning interval: what is expected and how many guides it takes.
public struct StaffingInterval: Hashable, Sendable {
    public var channel: Channel
    public var start: Date
    public var end: Date
    /// Contacts expected in the interval; nil when there is nothing to forecast from.
    public var forecast: Double?
    /// Expected handling time per contact, in seconds.
    public var handlingSeconds: Double?
    /// Guides needed on the channel during the interval to reach its target (before shrinkage).
    public var needed: Int?
    /// Why `needed` is missing or less certain than usual.
    public var problem: StaffingProblem?
    /// How `needed` was reckoned (Erlang C, Erlang A or deferred work); nil without a figure.
    public var model: StaffNeeded.Model?
    /// The service level expected with `needed` guides (queues only).
    public var expectedServiceLevel: Double?
    /// The share of the guides' time expected in contacts with `needed` guides.
    public var expectedOccupancy: Double?

    public init(
        channel: Channel, start: Date, end: Date, forecast: Double? = nil, handlingSeconds: Double? = nil,
        needed: Int? = nil, problem: StaffingProblem? = nil
    ) {
        self.channel = channel
        self.start = start
        self.end = end
        self.forecast = forecast
        self.handlingSeconds = handlingSeconds
        self.needed = needed
        self.problem = problem
    }

    /// Guides to schedule so that `needed` are at work after breaks, meetings and training:
    /// ⌈needed ÷ (1 − shrinkage)⌉; nil without `needed` or with a shrinkage of 1 or more.
    public func toSchedule(shrinkage: Double) -> Int? {
        guard let needed, shrinkage >= 0, shrinkage < 1 else { return nil }
        return Int((Double(needed) / (1 - shrinkage) - 1e-9).rounded(.up))
    }
}

/// What stands in the way of a staffing figure; shown in words, never as NaN or infinity.
public enum StaffingProblem: Hashable, Sendable {
    /// The site is closed in the interval.
    case closed
    /// No earlier same weekday has any contacts on the channel.
    case noHistory
    /// Fewer earlier weeks than configured had data: the forecast rests on `weeks` of them.
    case thinHistory(weeks: Int)
    /// The channel has no service-level target in Config/.
    case noTarget
    /// No handling time could be measured or assumed.
    case noHandlingTime
    /// No number of guides reaches the target (e.g. a target shorter than possible).
    case unreachableTarget
}
