import Foundation

/// Erlang A (M/M/N+M): like Erlang C, but a waiting caller hangs up after an exponentially
/// distributed patience. Used where the queue has measured abandonment: Erlang C then asks for
/// more guides than needed, because callers who give up take no guide's time.
///
/// Computed from the birth–death chain of the number in the system (in logarithms, so it stays
/// finite for hundreds of agents), and, for the service level, from a tagged caller's progress
/// through the queue by uniformization. The service level follows the house's convention
/// (`QueueFigures`): answered within the target ÷ (answered + abandoned after the target).
public struct ErlangA: Hashable, Sendable {
    public var arrivalsPerSecond: Double
    public var handlingSeconds: Double
    public var patienceSeconds: Double
    public var agents: Int
    /// P(an arrival finds n in the system), n = 0…; the tail past the last entry is below 1e-15.
    let arrivalSees: [Double]

    /// The chain is cut where the rest is below this share: far under anything shown.
    static let tailCut = 1e-15
    /// At most this many callers waiting are followed; a queue longer than that is not a plan.
    static let longestQueue = 20_000

    /// Nil when a figure is not a finite positive number (or `agents` is below 1).
    public init?(arrivalsPerSecond: Double, handlingSeconds: Double, patienceSeconds: Double, agents: Int) {
        guard arrivalsPerSecond.isFinite, arrivalsPerSecond >= 0, handlingSeconds.isFinite, handlingSeconds > 0,
              patienceSeconds.isFinite, patienceSeconds > 0, agents >= 1
        else { return nil }
        self.arrivalsPerSecond = arrivalsPerSecond
        self.handlingSeconds = handlingSeconds
        self.patienceSeconds = patienceSeconds
        self.agents = agents
        arrivalSees = Self.stationary(
            lambda: arrivalsPerSecond, mu: 1 / handlingSeconds, theta: 1 / patienceSeconds, agents: agents)
    }

    /// π_n by π_{n+1} = π_n·λ / (min(n+1, N)·μ + max(n+1−N, 0)·θ), in logarithms, normalized.
    static func stationary(lambda: Double, mu: Double, theta: Double, agents: Int) -> [Double] {
        guard lambda > 0 else { return [1] }
        var logs: [Double] = [0]
        var peak = 0.0
        var n = 0
        while n < agents + longestQueue {
            let next = n + 1
            let rate = Double(min(next, agents)) * mu + Double(max(next - agents, 0)) * theta
            let value = logs[n] + log(lambda) - log(rate)
            logs.append(value)
            peak = max(peak, value)
            n = next
            // Past the mode the terms only fall: stop once they are negligible.
            if next > agents, value < peak, value - peak < log(tailCut) { break }
        }
        let total = logs.reduce(0) { $0 + exp($1 - peak) }
        return logs.map { exp($0 - peak) / total }
    }

    var mu: Double { 1 / handlingSeconds }
    var theta: Double { 1 / patienceSeconds }

    /// The probability that a call has to wait.
    public var probabilityOfWaiting: Double {
        min(1, arrivalSees.dropFirst(agents).reduce(0, +))
    }

    /// The tagged caller's outcome after `seconds` in the queue: (answered by then, abandoned by then),
    /// both as shares of all calls, callers who did not wait counted as answered at once.
    func outcome(after seconds: Double) -> (answered: Double, abandoned: Double) {
        let served = arrivalSees.prefix(agents).reduce(0, +)
        // State k: k callers ahead in the queue.
        var ahead = Array(arrivalSees.dropFirst(agents))
        guard !ahead.isEmpty else { return (min(1, served), 0) }
        let serving = Double(agents) * mu
        let positions = ahead.count
        if seconds.isInfinite {
            // Answered eventually: at every step forward the caller must outlast the next departure.
            var answered = 0.0
            var stay = 1.0
            for k in 0..<positions {
                stay *= (serving + Double(k) * theta) / (serving + Double(k) * theta + theta)
                answered += ahead[k] * stay
            }
            return (min(1, served + answered), max(0, 1 - served - answered))
        }
        let t = max(0, seconds)
        let uniform = serving + Double(positions) * theta
        let mean = uniform * t
        var answered = 0.0, abandoned = 0.0
        let terms = Int(mean + 12 * sqrt(mean) + 30)
        var weightLeft = 1.0
        for m in 0...terms {
            let weight = exp(-mean + Double(m) * log(max(mean, .leastNonzeroMagnitude)) - lgamma(Double(m) + 1))
            let poisson = mean == 0 ? (m == 0 ? 1 : 0) : weight
            weightLeft -= poisson
            // Mass still in the queue after m uniformized steps, then one more step.
            var next = [Double](repeating: 0, count: positions)
            var stepAnswered = 0.0, stepAbandoned = 0.0
            for k in 0..<positions where ahead[k] > 0 {
                let advance = serving + Double(k) * theta
                if k == 0 { stepAnswered += ahead[0] * serving / uniform } else { next[k - 1] += ahead[k] * advance / uniform }
                stepAbandoned += ahead[k] * theta / uniform
                next[k] += ahead[k] * (1 - (advance + theta) / uniform)
            }
            // Absorbed in steps 1…m+1 counts for every later Poisson term, hence weightLeft.
            answered += stepAnswered * max(0, weightLeft)
            abandoned += stepAbandoned * max(0, weightLeft)
            ahead = next
            if weightLeft < 1e-16 { break }
        }
        return (min(1, served + answered), min(1, abandoned))
    }

    /// The share of calls abandoned.
    public var probabilityOfAbandoning: Double { outcome(after: .infinity).abandoned }

    /// Answered within `seconds` ÷ (answered + abandoned after `seconds`).
    public func serviceLevel(within seconds: Double) -> Double {
        let early = outcome(after: seconds)
        let counted = 1 - early.abandoned
        guard counted > 0 else { return 0 }
        return min(1, max(0, early.answered / counted))
    }

    /// The share of the agents' time spent in calls: answered load ÷ N.
    public var occupancy: Double {
        min(1, arrivalsPerSecond * (1 - probabilityOfAbandoning) * handlingSeconds / Double(agents))
    }
}
