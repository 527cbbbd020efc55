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
        func figures(_ agents: Int) -> (level: Double, occupancy: Double)? {
            if model == .erlangA, let patience = patienceSeconds,
               let erlang = ErlangA(arrivalsPerSecond: rate, handlingSeconds: handlingSeconds, patienceSeconds: patience, agents: agents) {
                return (erlang.serviceLevel(within: threshold), erlang.occupancy)
            }
            guard let erlang = ErlangC(arrivalsPerSecond: rate, handlingSeconds: handlingSeconds, agents: agents) else { return nil }
            return (erlang.serviceLevel(within: threshold), erlang.occupancy)
        }
        func reaches(_ agents: Int) -> Bool {
            guard let found = figures(agents) else { return false }
            return found.level >= goal && found.occupancy <= occupancyCap
        }
        // Both the service level and the spare time grow with every guide added: search by halves.
        var low = model == .erlangC ? max(1, Int(load.rounded(.down)) + 1) : 1
        guard load < Double(mostAgents) else { return .failure(.unreachableTarget) }
        var high = low
        while !reaches(high) {
            guard high < mostAgents else { return .failure(.unreachableTarget) }
            low = high + 1
            high = min(mostAgents, high * 2)
        }
        while low < high {
            let middle = (low + high) / 2
            if reaches(middle) { high = middle } else { low = middle + 1 }
        }
        guard let found = figures(high) else { return .failure(.unreachableTarget) }
        return .success(StaffNeeded(agents: high, model: model, serviceLevel: found.level, occupancy: found.occupancy))
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
