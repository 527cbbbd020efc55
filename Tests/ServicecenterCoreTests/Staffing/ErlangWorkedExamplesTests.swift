import Foundation
import Testing
@testable import ServicecenterCore

/// Erlang C and the staff search against the published worked examples the issue names.
@Suite("Erlang: published worked examples")
struct ErlangWorkedExamplesTests {
    /// 100 calls an hour, 60 s handling, 90 % within 20 s: 4 agents (3 fall short).
    @Test func hundredCallsAnHour() throws {
        let result = StaffNeeded.queue(
            contacts: 100, intervalSeconds: 3600, handlingSeconds: 60,
            target: ServiceLevelTarget(seconds: 20, percent: 90), occupancyCap: 1)
        let staff = try result.get()
        #expect(staff.agents == 4)
        #expect(staff.model == .erlangC)
        let three = try #require(ErlangC(arrivalsPerSecond: 100.0 / 3600, handlingSeconds: 60, agents: 3))
        #expect(three.serviceLevel(within: 20) < 0.9)
    }

    /// 60 calls in half an hour, 4 min handling, 80 % within 20 s: 11 agents, service level
    /// ≈ 81 %, ASA ≈ 20 s, occupancy ≈ 73 %.
    @Test func sixtyCallsAHalfHour() throws {
        let staff = try StaffNeeded.queue(
            contacts: 60, intervalSeconds: 1800, handlingSeconds: 240,
            target: ServiceLevelTarget(seconds: 20, percent: 80), occupancyCap: 1
        ).get()
        #expect(staff.agents == 11)
        let erlang = try #require(ErlangC(arrivalsPerSecond: 60.0 / 1800, handlingSeconds: 240, agents: 11))
        #expect(abs(erlang.serviceLevel(within: 20) - 0.81) < 0.005)
        #expect(abs(try #require(erlang.averageSpeedOfAnswer) - 20) < 1)
        #expect(abs(erlang.occupancy - 0.727) < 0.001)
        #expect(abs(erlang.probabilityOfWaiting - 0.245) < 0.001)
    }

    /// The occupancy cap asks for more guides than the service level alone: 60 calls of 4 min
    /// at 80/20 need 11 (73 %); capped at 70 % it takes ⌈8 ÷ 0.7⌉ = 12.
    @Test func occupancyCapAddsGuides() throws {
        let staff = try StaffNeeded.queue(
            contacts: 60, intervalSeconds: 1800, handlingSeconds: 240,
            target: ServiceLevelTarget(seconds: 20, percent: 80), occupancyCap: 0.7
        ).get()
        #expect(staff.agents == 12)
        #expect(staff.occupancy <= 0.7)
    }

    /// Deferred work: 30 e-mails of 10 min in half an hour is 10 guide-hours… of 0.5 h: 10 guides
    /// at full occupancy, ⌈10 ÷ 0.85⌉ = 12 at the cap.
    @Test func deferredWorkIsVolumeTimesHandling() throws {
        let staff = try StaffNeeded.deferred(contacts: 30, intervalSeconds: 1800, handlingSeconds: 600, occupancyCap: 0.85).get()
        #expect(staff.agents == 12)
        #expect(staff.model == .deferred)
        let exact = try StaffNeeded.deferred(contacts: 30, intervalSeconds: 1800, handlingSeconds: 600, occupancyCap: 1).get()
        #expect(exact.agents == 10)
    }

    /// Bad input becomes a named problem, never NaN, infinity or a crash.
    @Test func badInputIsAProblem() {
        let target = ServiceLevelTarget(seconds: 60, percent: 80)
        #expect(throws: StaffingProblem.noHandlingTime) {
            try StaffNeeded.queue(contacts: 10, intervalSeconds: 1800, handlingSeconds: 0, target: target, occupancyCap: 0.85).get()
        }
        #expect(throws: StaffingProblem.noHandlingTime) {
            try StaffNeeded.queue(contacts: 10, intervalSeconds: 1800, handlingSeconds: .nan, target: target, occupancyCap: 0.85).get()
        }
        #expect(throws: StaffingProblem.unreachableTarget) {
            try StaffNeeded.queue(
                contacts: 10, intervalSeconds: 1800, handlingSeconds: 180, target: ServiceLevelTarget(seconds: 60, percent: 100),
                occupancyCap: 0.85
            ).get()
        }
        #expect(throws: StaffingProblem.unreachableTarget) {
            try StaffNeeded.queue(contacts: 1e9, intervalSeconds: 1800, handlingSeconds: 180, target: target, occupancyCap: 0.85).get()
        }
        #expect(throws: StaffingProblem.noHandlingTime) {
            try StaffNeeded.deferred(contacts: 10, intervalSeconds: 1800, handlingSeconds: 0, occupancyCap: 0.85).get()
        }
        #expect(ErlangC(arrivalsPerSecond: .infinity, handlingSeconds: 60, agents: 3) == nil)
        #expect(ErlangA(arrivalsPerSecond: 1, handlingSeconds: 60, patienceSeconds: 0, agents: 3) == nil)
    }

    /// Nothing expected: nobody needed.
    @Test func noContactsNeedNoGuides() throws {
        let staff = try StaffNeeded.queue(
            contacts: 0, intervalSeconds: 1800, handlingSeconds: 180, target: ServiceLevelTarget(seconds: 60, percent: 80),
            occupancyCap: 0.85
        ).get()
        #expect(staff.agents == 0)
    }
}
