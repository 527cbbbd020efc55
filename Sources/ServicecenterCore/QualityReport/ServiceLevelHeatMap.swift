import Foundation

/// Evenness as a picture: a channel's service level for each weekday and hour of a period,
/// from the calls that joined the queue in that hour on any such weekday (`QueueFigures`), each
/// cell on target, at risk (just below it) or missed.
public struct ServiceLevelHeatMap: Sendable {
    /// How a cell stands against the target.
    public enum Standing: Sendable {
        case met, atRisk, missed
    }

    /// Within this many percentage points below the target an hour is at risk, not missed.
    public static let riskPoints = 10

    public var channel: Channel
    public var goal: Double
    /// Service level by ISO weekday (1–7) and hour (0–23), for cells with one.
    public var levels: [Int: [Int: Double]]

    public init(channel: Channel, calls: some Sequence<QueueCall>, target: ServiceLevelTarget, zone: TimeZone) {
        self.channel = channel
        goal = target.percent / 100
        var groups: [Int: [Int: [QueueCall]]] = [:]
        for call in calls {
            let weekday = LocalDay(call.queuedAt, in: zone).weekday
            groups[weekday, default: [:]][localHour(of: call.queuedAt, in: zone), default: []].append(call)
        }
        levels = groups.mapValues { hours in
            hours.compactMapValues { QueueFigures($0, target: target, now: .distantPast).serviceLevel }
        }
    }

    public func standing(_ level: Double) -> Standing {
        level >= goal ? .met : level >= goal - Double(Self.riskPoints) / 100 ? .atRisk : .missed
    }

    /// The weekdays and hours with any level, in order.
    public var weekdays: [Int] { levels.keys.sorted() }
    public var hours: [Int] { Set(levels.values.flatMap(\.keys)).sorted() }
    public var isEmpty: Bool { levels.values.allSatisfy(\.isEmpty) }
}
