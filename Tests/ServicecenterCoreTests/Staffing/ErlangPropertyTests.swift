import Foundation
import Testing
@testable import ServicecenterCore

/// Properties every load must keep: more load never needs fewer guides, more guides never give a
/// lower service level, and hundreds of guides stay finite (the Erlang B recursion, no factorials).
@Suite("Erlang: properties")
struct ErlangPropertyTests {
    let target = ServiceLevelTarget(seconds: 60, percent: 80)

    @Test(arguments: [nil, 90.0, 600.0])
    func staffIsMonotoneInLoad(patience: Double?) throws {
        var previous = 0
        for contacts in stride(from: 0.0, through: 600, by: 7.5) {
            let staff = try StaffNeeded.queue(
                contacts: contacts, intervalSeconds: 1800, handlingSeconds: 200, target: target, occupancyCap: 0.85,
                patienceSeconds: patience
            ).get()
            #expect(staff.agents >= previous, "\(contacts) contacts needed \(staff.agents), fewer than \(previous)")
            previous = staff.agents
        }
    }

    @Test func serviceLevelGrowsWithGuides() throws {
        var previousC = 0.0, previousA = 0.0
        for agents in 21...60 {
            let c = try #require(ErlangC(arrivalsPerSecond: 0.1, handlingSeconds: 200, agents: agents))
            let a = try #require(ErlangA(arrivalsPerSecond: 0.1, handlingSeconds: 200, patienceSeconds: 120, agents: agents))
            #expect(c.serviceLevel(within: 60) >= previousC)
            #expect(a.serviceLevel(within: 60) >= previousA - 1e-12)
            previousC = c.serviceLevel(within: 60)
            previousA = a.serviceLevel(within: 60)
        }
    }

    /// 20,000 calls of 3 min in half an hour is a load of 2,000 erlangs: the answer is finite and sane.
    @Test(arguments: [nil, 180.0])
    func largeLoadsStayFinite(patience: Double?) throws {
        let staff = try StaffNeeded.queue(
            contacts: 20_000, intervalSeconds: 1800, handlingSeconds: 180, target: target, occupancyCap: 1,
            patienceSeconds: patience
        ).get()
        #expect(staff.agents > 500)
        #expect(staff.agents < 2_100)
        let level = try #require(staff.serviceLevel)
        #expect(level.isFinite && level >= 0.8 && level <= 1)
        #expect(staff.occupancy.isFinite)
        let erlang = try #require(ErlangC(arrivalsPerSecond: 20_000.0 / 1800, handlingSeconds: 180, agents: 2_050))
        #expect(erlang.probabilityOfWaiting.isFinite)
        #expect(try #require(erlang.averageSpeedOfAnswer).isFinite)
    }

    /// Erlang A with patience far longer than any wait is Erlang C.
    @Test func longPatienceIsErlangC() throws {
        let c = try #require(ErlangC(arrivalsPerSecond: 60.0 / 1800, handlingSeconds: 240, agents: 11))
        let a = try #require(ErlangA(arrivalsPerSecond: 60.0 / 1800, handlingSeconds: 240, patienceSeconds: 1e7, agents: 11))
        #expect(abs(c.serviceLevel(within: 20) - a.serviceLevel(within: 20)) < 0.002)
        #expect(abs(c.probabilityOfWaiting - a.probabilityOfWaiting) < 0.002)
    }

    /// An overloaded queue under Erlang C is no answer (service level 0), but with patience it settles.
    @Test func overloadIsBoundedWithAbandonment() throws {
        let c = try #require(ErlangC(arrivalsPerSecond: 0.1, handlingSeconds: 200, agents: 10))
        #expect(c.serviceLevel(within: 60) == 0)
        #expect(c.averageSpeedOfAnswer == nil)
        let a = try #require(ErlangA(arrivalsPerSecond: 0.1, handlingSeconds: 200, patienceSeconds: 60, agents: 10))
        #expect(a.probabilityOfAbandoning > 0 && a.probabilityOfAbandoning < 1)
        #expect(a.occupancy <= 1)
    }

    /// The search starts from Erlang C's answer for Erlang A instead of from one guide: whatever
    /// the load, patience and target, the answer reaches the target and one guide fewer does not.
    @Test func erlangAAnswerIsTheSmallestThatReaches() throws {
        var random = SeededGenerator(seed: 21)
        for _ in 0..<150 {
            let contacts = Double.random(in: 1...400, using: &random)
            let handling = Double.random(in: 30...900, using: &random)
            let patience = Double.random(in: 10...1_200, using: &random)
            let goal = ServiceLevelTarget(seconds: Int.random(in: 0...180, using: &random), percent: Double.random(in: 50...95, using: &random))
            let cap = Double.random(in: 0.6...1, using: &random)
            let staff = try StaffNeeded.queue(
                contacts: contacts, intervalSeconds: 1_800, handlingSeconds: handling, target: goal, occupancyCap: cap, patienceSeconds: patience
            ).get()
            func reaches(_ agents: Int) -> Bool {
                guard let erlang = ErlangA(arrivalsPerSecond: contacts / 1_800, handlingSeconds: handling, patienceSeconds: patience, agents: agents)
                else { return false }
                return erlang.serviceLevel(within: Double(goal.seconds)) >= goal.percent / 100 && erlang.occupancy <= cap
            }
            #expect(staff.model == .erlangA && reaches(staff.agents), "\(contacts) \(handling) \(patience) \(goal) \(cap)")
            #expect(staff.agents == 1 || !reaches(staff.agents - 1), "\(contacts) \(handling) \(patience) \(goal) \(cap): \(staff.agents)")
        }
    }
}
