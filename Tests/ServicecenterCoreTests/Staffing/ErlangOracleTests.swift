import Foundation
import Testing
@testable import ServicecenterCore

/// Erlang C against pyworkforce and Erlang A against ciw's simulation, read from the fixture
/// `scripts/staffing-oracle` wrote (Tests/Oracles/staffing-oracle.json): no Python needed here.
@Suite("Erlang: independent oracle")
struct ErlangOracleTests {
    struct Fixture: Decodable {
        struct ErlangCCase: Decodable {
            struct Figures: Decodable {
                var service_level: Double
                var waiting_probability: Double
                var occupancy: Double
            }
            var contacts: Double
            var interval_minutes: Double
            var handling_seconds: Double
            var target_seconds: Int
            var target_share: Double
            var minimal_agents: Int
            var agents: [String: Figures]
        }
        struct ErlangACase: Decodable {
            var arrivals_per_hour: Double
            var handling_seconds: Double
            var patience_seconds: Double
            var agents: Int
            var target_seconds: Double
            var service_level: Double
            var service_level_standard_error: Double
            var abandoned_share: Double
            var abandoned_share_standard_error: Double
        }
        var pyworkforce_erlang_c: [ErlangCCase]
        var ciw_erlang_a: [ErlangACase]
    }

    static func fixture() throws -> Fixture {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Oracles/staffing-oracle.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: file))
    }

    /// Every figure within 1e-9 of pyworkforce's, and the same smallest number of agents.
    @Test func erlangCAgreesWithPyworkforce() throws {
        let cases = try Self.fixture().pyworkforce_erlang_c
        #expect(cases.count > 300)
        for oracle in cases {
            let rate = oracle.contacts / (oracle.interval_minutes * 60)
            for (count, expected) in oracle.agents {
                let agents = try #require(Int(count))
                let erlang = try #require(ErlangC(arrivalsPerSecond: rate, handlingSeconds: oracle.handling_seconds, agents: agents))
                #expect(abs(erlang.serviceLevel(within: Double(oracle.target_seconds)) - expected.service_level) < 1e-9, "\(oracle)")
                #expect(abs(erlang.probabilityOfWaiting - expected.waiting_probability) < 1e-9, "\(oracle)")
                #expect(abs(erlang.occupancy - expected.occupancy) < 1e-9, "\(oracle)")
            }
            let staff = try StaffNeeded.queue(
                contacts: oracle.contacts, intervalSeconds: oracle.interval_minutes * 60, handlingSeconds: oracle.handling_seconds,
                target: ServiceLevelTarget(seconds: oracle.target_seconds, percent: oracle.target_share * 100), occupancyCap: 1
            ).get()
            #expect(staff.agents == oracle.minimal_agents, "\(oracle)")
        }
    }

    /// Service level and abandoned share within max(0.015, 4 standard errors) of the simulation.
    @Test func erlangAAgreesWithCiwSimulation() throws {
        let cases = try Self.fixture().ciw_erlang_a
        #expect(cases.count >= 5)
        for oracle in cases {
            let erlang = try #require(ErlangA(
                arrivalsPerSecond: oracle.arrivals_per_hour / 3600, handlingSeconds: oracle.handling_seconds,
                patienceSeconds: oracle.patience_seconds, agents: oracle.agents))
            let levelTolerance = max(0.015, 4 * oracle.service_level_standard_error)
            let abandonTolerance = max(0.015, 4 * oracle.abandoned_share_standard_error)
            #expect(abs(erlang.serviceLevel(within: oracle.target_seconds) - oracle.service_level) < levelTolerance, "\(oracle)")
            #expect(abs(erlang.probabilityOfAbandoning - oracle.abandoned_share) < abandonTolerance, "\(oracle)")
        }
    }
}
