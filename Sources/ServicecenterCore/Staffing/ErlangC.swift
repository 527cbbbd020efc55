import Foundation

/// Erlang C (M/M/N): calls arrive at random, wait as long as it takes, and `agents` guides answer
/// them in turn. The textbook staffing model for a queue whose callers do not hang up.
///
/// Computed through the Erlang B recursion B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁), never through
/// factorials or powers of A, so it stays finite for thousands of agents.
public struct ErlangC: Hashable, Sendable {
    /// Offered load A in erlangs: arrivals per second × handling seconds.
    public var load: Double
    public var agents: Int
    public var handlingSeconds: Double

    /// Nil when a figure is not a finite positive number (or `agents` is below 1): no NaN gets in.
    public init?(arrivalsPerSecond: Double, handlingSeconds: Double, agents: Int) {
        let load = arrivalsPerSecond * handlingSeconds
        guard arrivalsPerSecond.isFinite, arrivalsPerSecond >= 0, handlingSeconds.isFinite, handlingSeconds > 0,
              load.isFinite, agents >= 1
        else { return nil }
        self.load = load
        self.agents = agents
        self.handlingSeconds = handlingSeconds
    }

    /// Whether the queue empties on average: more agents than the load (else waits grow without end).
    public var isStable: Bool { Double(agents) > load }

    /// Erlang B: the share of calls that would be lost if there were no queue.
    public var erlangB: Double { Self.erlangB(load: load, agents: agents) }

    static func erlangB(load: Double, agents: Int) -> Double {
        var b = 1.0
        guard agents >= 1 else { return b }
        for k in 1...agents { b = load * b / (Double(k) + load * b) }
        return b
    }

    /// Erlang C: the probability that a call has to wait (1 when the queue is not stable).
    public var probabilityOfWaiting: Double {
        guard isStable else { return 1 }
        let b = erlangB, n = Double(agents)
        return min(1, max(0, n * b / (n - load * (1 - b))))
    }

    /// The share of calls answered within `seconds`: 1 − C·e^(−(N−A)·t/AHT); 0 when not stable.
    public func serviceLevel(within seconds: Double) -> Double {
        guard isStable else { return 0 }
        let level = 1 - probabilityOfWaiting * exp(-(Double(agents) - load) * max(0, seconds) / handlingSeconds)
        return min(1, max(0, level))
    }

    /// Average speed of answer over all calls, C·AHT / (N − A); nil when the queue is not stable.
    public var averageSpeedOfAnswer: Double? {
        isStable ? probabilityOfWaiting * handlingSeconds / (Double(agents) - load) : nil
    }

    /// The share of the agents' time spent in calls, A / N (at most 1).
    public var occupancy: Double { min(1, load / Double(agents)) }
}
