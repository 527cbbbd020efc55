import Foundation

/// Jämnhet: how even the service level was over the day's hours, because "a more even service
/// level" is what the award named, and a good day's average can hide a bad lunch hour.
///
/// Each call counts in the local hour it joined the queue. An hour counts when it has a
/// service level (something answered or abandoned after the target).
public struct ServiceLevelEvenness: Hashable, Sendable {
    /// Service level per local hour (0–23), for hours with one.
    public var byHour: [Int: Double]
    public var target: ServiceLevelTarget
    public var goal: Double { target.percent / 100 }

    public init(_ calls: some Sequence<QueueCall>, target: ServiceLevelTarget, zone: TimeZone) {
        // Each hour's calls counted as the service level counts them (`CallCounts`).
        var hours: [Int: CallCounts] = [:]
        for call in calls { hours[localHour(of: call.queuedAt, in: zone), default: CallCounts()].add(call, limitSeconds: target.seconds) }
        byHour = hours.compactMapValues(\.serviceLevel)
        self.target = target
    }

    public var hoursMeasured: Int { byHour.count }
    public var hoursMeetingTarget: Int { byHour.values.filter(target.isMet).count }

    /// The share of measured hours that met the target (0…1); nil before any.
    public var shareOfHoursMeetingTarget: Double? {
        hoursMeasured == 0 ? nil : Double(hoursMeetingTarget) / Double(hoursMeasured)
    }

    /// The hour with the lowest service level (the earliest on a tie).
    public var worstHour: (hour: Int, serviceLevel: Double)? {
        byHour.min { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
