import Foundation

/// The queue measures of one channel over a set of calls: what a wallboard and a quality
/// report show.
///
/// Conventions (written down because ICMI asks that they be, and docs/measures.md repeats them):
/// - **Service level** = answered within the target ÷ (answered + abandoned after the target).
///   A citizen who hangs up before the target ("short abandon") is left out of both sides:
///   they gave the servicecenter no chance to answer in time. Calls still waiting are left out
///   until they end; the longest current wait shows them.
/// - **No-shows** (a ticket called, its visitor gone) and **transfers** (moved to another
///   queue, measured there as a new leg) are left out of service level and speed of answer.
/// - A wait whose start or end is unknown (events missing, or clocks disagreeing) is left out
///   of every time-based measure but still counts as offered and as its outcome.
public struct QueueFigures: Hashable, Sendable {
    public var offered = 0
    public var answered = 0
    public var abandoned = 0
    /// Abandoned before the target: not counted against the service level.
    public var shortAbandoned = 0
    public var noShows = 0
    public var transferred = 0
    public var waitingNow = 0
    public var answeredWithinTarget = 0
    /// Answered and abandoned-after-target calls with a known wait: the service level's denominator.
    public var serviceLevelBase = 0
    /// Waits of answered calls (seconds).
    public var answerWaits: Distribution
    public var longestWaitNow: TimeInterval?
    public var target: ServiceLevelTarget

    public init(_ calls: some Sequence<QueueCall>, target: ServiceLevelTarget, now: Date) {
        self.target = target
        // What counts for and against the service level is `CallCounts`' rule, the one the
        // quality report and the stores' counts use; the rest is what only a wallboard needs.
        var counts = CallCounts()
        var waits: [Double] = [], abandonedWithWait = 0
        for call in calls {
            let wait = call.wait
            counts.add(outcome: call.outcome, wait: wait, limitSeconds: target.seconds)
            switch call.outcome {
            case .answered:
                if let wait { waits.append(wait) }
            case .abandoned:
                if wait != nil { abandonedWithWait += 1 }
            case .noShow: noShows += 1
            case .transferred: transferred += 1
            case .waiting:
                waitingNow += 1
                if let waited = call.waiting(at: now) { longestWaitNow = max(longestWaitNow ?? 0, waited) }
            }
        }
        offered = counts.offered
        answered = counts.answered
        abandoned = counts.abandoned
        answeredWithinTarget = counts.answeredWithinTarget
        serviceLevelBase = counts.answeredWaits + counts.abandonedAfterTarget
        shortAbandoned = abandonedWithWait - counts.abandonedAfterTarget
        answerWaits = Distribution(waits)
    }

    /// Servicenivå: the share answered within the target (0…1), nil when nothing counts yet.
    public var serviceLevel: Double? {
        serviceLevelBase == 0 ? nil : Double(answeredWithinTarget) / Double(serviceLevelBase)
    }

    /// Average speed of answer in seconds, over answered calls with a known wait.
    public var averageSpeedOfAnswer: Double? { answerWaits.mean }

    /// Abandoned ÷ offered (all abandons, short ones included).
    public var abandonmentRate: Double? { offered == 0 ? nil : Double(abandoned) / Double(offered) }

    /// How the channel stands against its target, for colours and symbols on the wallboard.
    public var state: TargetState {
        TargetState(serviceLevel: serviceLevel, target: target, longestWaitNow: longestWaitNow)
    }
}

/// On target, at risk or missed: what a supervisor must see at a glance, in colour and in symbols.
public enum TargetState: String, Hashable, Sendable {
    case onTarget = "on_target"
    /// Meeting the target by less than five points, or someone waiting longer than the target now.
    case atRisk = "at_risk"
    case missed
    case noData = "no_data"

    /// How close to the target counts as at risk.
    public static let margin = 0.05

    public init(serviceLevel: Double?, target: ServiceLevelTarget, longestWaitNow: TimeInterval? = nil) {
        let goal = target.percent / 100
        let overdueNow = (longestWaitNow ?? 0) > TimeInterval(target.seconds)
        guard let serviceLevel else {
            self = overdueNow ? .atRisk : .noData
            return
        }
        if serviceLevel < goal {
            self = .missed
        } else if serviceLevel < goal + Self.margin || overdueNow {
            self = .atRisk
        } else {
            self = .onTarget
        }
    }
}
