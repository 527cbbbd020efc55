import Foundation

/// Evenness as a picture: a channel's service level for each weekday and hour of a period,
/// from the calls that joined the queue in that hour on any such weekday (`QueueFigures`), each
/// cell standing against the target by the wallboard's rule (`TargetState`: on target, at risk
/// when less than five points above it, missed below it), so a "!" means the same everywhere.
public struct ServiceLevelHeatMap: Sendable {
    public var channel: Channel
    public var target: ServiceLevelTarget
    public var goal: Double { target.percent / 100 }
    /// Service level by ISO weekday (1–7) and hour (0–23), for cells with one.
    public var levels: [Int: [Int: Double]]

    /// From the channel's counts per clock hour (`ReportCounts.calls`): each hour's counts go to
    /// its weekday and hour, and add up as the calls would (`CallCounts`, `QueueFigures`' rule).
    public init(channel: Channel, hours: some Sequence<(key: CallHour, value: CallCounts)>, target: ServiceLevelTarget, zone: TimeZone) {
        self.channel = channel
        self.target = target
        var groups: [Int: [Int: CallCounts]] = [:]
        for (hour, counts) in hours where hour.channel == channel {
            let start = hour.startDate
            let weekday = LocalDay(start, in: zone).weekday, clock = localHour(of: start, in: zone)
            groups[weekday, default: [:]][clock] = (groups[weekday]?[clock] ?? CallCounts()) + counts
        }
        levels = groups.mapValues { hours in hours.compactMapValues(\.serviceLevel) }
    }

    public func standing(_ level: Double) -> TargetState { TargetState(serviceLevel: level, target: target) }

    /// The weekdays and hours with any level, in order.
    public var weekdays: [Int] { levels.keys.sorted() }
    public var hours: [Int] { Set(levels.values.flatMap(\.keys)).sorted() }
    public var isEmpty: Bool { levels.values.allSatisfy(\.isEmpty) }
}
