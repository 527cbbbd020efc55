import Foundation

/// The smallest number of guides that reaches a service-level target without working them past
/// the occupancy cap, for one channel's interval: Erlang C, or Erlang A where callers' patience
/// is measured; deferred work (e-mail) by workload.
public struct StaffNeeded: Hashable, Sendable {
    /// How the figure was reckoned, for the output's notes.
    public enum Model: String, Hashable, Sendable {
        case erlangC = "erlang_c"
        case erlangA = "erlang_a"
        /// Volume × handling time spread over the interval, for work that can wait its reply target.
        case deferred
    }

    public var agents: Int
    public var model: Model
    /// Expected service level with `agents` (nil for deferred work).
    public var serviceLevel: Double?
    public var occupancy: Double

    /// More agents than this is no plan but a sign the input is wrong: the target is then unreachable.
    public static let mostAgents = 10_000

    /// Staff for a queue: `contacts` arriving evenly at random over `intervalSeconds`, each taking
    /// `handlingSeconds`; with `patienceSeconds` (measured), Erlang A, else Erlang C.
    public static func queue(
        contacts: Double, intervalSeconds: Double, handlingSeconds: Double, target: ServiceLevelTarget,
        occupancyCap: Double, patienceSeconds: Double? = nil
    ) -> Result<StaffNeeded, StaffingProblem> {
        guard handlingSeconds.isFinite, handlingSeconds > 0 else { return .failure(.noHandlingTime) }
        guard contacts.isFinite, contacts >= 0, intervalSeconds.isFinite, intervalSeconds > 0 else { return .failure(.noHistory) }
        let goal = target.percent / 100
        // No model promises every single call within the target: 100 % is never reached.
        guard goal > 0, goal < 1, target.seconds >= 0, occupancyCap > 0, occupancyCap <= 1 else {
            return .failure(.unreachableTarget)
        }
        let model: Model = patienceSeconds.map { $0.isFinite && $0 > 0 } == true ? .erlangA : .erlangC
        guard contacts > 0 else { return .success(StaffNeeded(agents: 0, model: model, serviceLevel: nil, occupancy: 0)) }
        let rate = contacts / intervalSeconds
        let load = rate * handlingSeconds
        let threshold = Double(target.seconds)
        func figures(_ agents: Int, as model: Model) -> (level: Double, occupancy: Double)? {
            if model == .erlangA, let patience = patienceSeconds,
               let erlang = ErlangA(arrivalsPerSecond: rate, handlingSeconds: handlingSeconds, patienceSeconds: patience, agents: agents) {
                return (erlang.serviceLevel(within: threshold), erlang.occupancy)
            }
            guard let erlang = ErlangC(arrivalsPerSecond: rate, handlingSeconds: handlingSeconds, agents: agents) else { return nil }
            return (erlang.serviceLevel(within: threshold), erlang.occupancy)
        }
        func reaches(_ agents: Int, as model: Model) -> Bool {
            guard let found = figures(agents, as: model) else { return false }
            return found.level >= goal && found.occupancy <= occupancyCap
        }
        guard load < Double(mostAgents) else { return .failure(.unreachableTarget) }
        // Both the service level and the spare time grow with every guide added. Erlang C is
        // cheap: search up from the load by doubling, then by halves.
        let erlangC = smallest(from: max(1, Int(load.rounded(.down)) + 1)) { reaches($0, as: .erlangC) }
        let agents: Int
        switch (model, erlangC) {
        case (.erlangA, let known?):
            // Abandonment lightens the queue, so Erlang A's answer lies at or near Erlang C's. An
            // understaffed queue is long and costly to evaluate, so search out from there.
            agents = reaches(known, as: .erlangA)
                ? smallestBelow(known) { reaches($0, as: .erlangA) }
                : smallest(from: known + 1) { reaches($0, as: .erlangA) } ?? mostAgents + 1
        case (.erlangA, nil):
            agents = smallest(from: 1) { reaches($0, as: .erlangA) } ?? mostAgents + 1
        default:
            agents = erlangC ?? mostAgents + 1
        }
        guard agents <= mostAgents, let found = figures(agents, as: model) else { return .failure(.unreachableTarget) }
        return .success(StaffNeeded(agents: agents, model: model, serviceLevel: found.level, occupancy: found.occupancy))
    }

    /// The smallest number of agents from `start` up that `reaches`, assuming that once reached it
    /// stays reached: by doubling, then by halves; nil past `mostAgents`.
    static func smallest(from start: Int, reaching reaches: (Int) -> Bool) -> Int? {
        var low = start, high = start
        while !reaches(high) {
            guard high < mostAgents else { return nil }
            low = high + 1
            high = min(mostAgents, high * 2)
        }
        while low < high {
            let middle = (low + high) / 2
            if reaches(middle) { high = middle } else { low = middle + 1 }
        }
        return high
    }

    /// The smallest number of agents at or below `known` (which reaches) that `reaches`: steps
    /// down growing by doubling while it still reaches, then by halves, so few evaluations fall
    /// far below the answer.
    static func smallestBelow(_ known: Int, reaching reaches: (Int) -> Bool) -> Int {
        var high = known, low = 1, step = 1
        while high - step >= 1 {
            if reaches(high - step) {
                high -= step
                step *= 2
            } else {
                low = high - step + 1
                break
            }
        }
        while low < high {
            let middle = (low + high) / 2
            if reaches(middle) { high = middle } else { low = middle + 1 }
        }
        return high
    }

    /// Staff for deferred work (e-mail, e-services): what arrives in the interval is answered
    /// within the channel's reply target, which is at least an interval long, so the interval's
    /// work is spread over the interval: ⌈contacts × handling ÷ (interval × occupancy cap)⌉.
    public static func deferred(
        contacts: Double, intervalSeconds: Double, handlingSeconds: Double, occupancyCap: Double
    ) -> Result<StaffNeeded, StaffingProblem> {
        guard handlingSeconds.isFinite, handlingSeconds > 0 else { return .failure(.noHandlingTime) }
        guard contacts.isFinite, contacts >= 0, intervalSeconds.isFinite, intervalSeconds > 0 else { return .failure(.noHistory) }
        guard occupancyCap > 0, occupancyCap <= 1 else { return .failure(.unreachableTarget) }
        let workload = contacts * handlingSeconds / intervalSeconds
        guard workload / occupancyCap < Double(mostAgents) else { return .failure(.unreachableTarget) }
        // A hair under a whole number is that number, not one more: 2.0000000001 guides is two.
        let agents = Int((workload / occupancyCap - 1e-9).rounded(.up))
        let staffed = max(agents, 0)
        return .success(StaffNeeded(
            agents: staffed, model: .deferred, serviceLevel: nil, occupancy: staffed == 0 ? 0 : workload / Double(staffed)))
    }
}

/// A staffing figure's failure travels as a `Result`'s error: the problem is the reason shown.
extension StaffingProblem: Error {}
