import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Metrics")
struct MetricsTests {
    @Test("Percentiles interpolate between ranks, as spreadsheets do")
    func distribution() {
        let d = Distribution([10, 20, 30, 40])
        #expect(d.count == 4)
        #expect(d.mean == 25)
        #expect(d.median == 25)
        // rank = 0.9 × 3 = 2.7 → 30 + 0.7 × 10
        #expect(abs(d.p90! - 37) < 1e-9)
        let one = Distribution([42])
        #expect(one.median == 42 && one.p90 == 42)
        #expect(Distribution([]).mean == nil)
    }

    @Test("FCR over all contacts and over resolvable categories, by hand")
    func firstContactResolution() {
        // 5 contacts: 3 resolvable (2 resolved), 2 not resolvable (1 resolved).
        let contacts = [
            Fixtures.contact(resolvable: true, resolution: .resolved),
            Fixtures.contact(resolvable: true, resolution: .resolved),
            Fixtures.contact(resolvable: true, resolution: .forwarded(to: "teknik", reason: .couldNotAnswer)),
            Fixtures.contact(resolvable: false, resolution: .resolved),
            Fixtures.contact(resolvable: false, resolution: .forwarded(to: "social", reason: .needsCaseOfficer)),
        ]
        let summary = ContactSummary(contacts)
        #expect(summary.contacts == 5)
        #expect(summary.resolved == 3)
        #expect(summary.firstContactResolution == 0.6)
        #expect(summary.resolvableFirstContactResolution == 2.0 / 3.0)
        #expect(summary.forwarded == 2)
        #expect(summary.forwardedByReason == [.couldNotAnswer: 1, .needsCaseOfficer: 1])
    }

    @Test("Referred, digital help and incidents are counted; waits only over known waits")
    func counts() {
        var withIncident = Fixtures.contact(wait: 30)
        withIncident.incident = "driftstopp"
        let contacts = [
            Fixtures.contact(resolution: .referred(to: Referral(destination: "forsakringskassan")), handling: 100, digitalHelp: true),
            Fixtures.contact(handling: 200, wait: 90, digitalHelp: true),
            withIncident,
            Fixtures.contact(handling: 400),
        ]
        let summary = ContactSummary(contacts)
        #expect(summary.referred == 1)
        #expect(summary.digitalHelp == 2)
        #expect(summary.digitalHelpShare == 0.5)
        #expect(summary.incidents == 1)
        #expect(summary.wait.count == 2)
        #expect(summary.wait.mean == 60)
        #expect(summary.handling.median == 150) // 60, 100, 200, 400
    }

    @Test("No contacts gives no FCR rather than zero")
    func empty() {
        let summary = ContactSummary([Contact]())
        #expect(summary.firstContactResolution == nil)
        #expect(summary.resolvableFirstContactResolution == nil)
    }

    @Test("Breakdowns by channel keep the fixed channel order; by hour use local hours")
    func breakdowns() {
        let contacts = [
            Fixtures.contact(channel: .digital, startHour: 14),
            Fixtures.contact(channel: .phone, startHour: 9),
            Fixtures.contact(channel: .visit, resolution: .forwarded(to: "teknik", reason: .citizenRequest), startHour: 9),
            Fixtures.contact(channel: .phone, startHour: 14, operatorUser: "maria"),
        ]
        let byChannel = ContactBreakdown.summaries(of: contacts, by: .channel, in: Fixtures.stockholm)
        #expect(byChannel.map(\.key) == ["visit", "phone", "digital"])
        #expect(byChannel[0].summary.firstContactResolution == 0)
        #expect(byChannel[1].summary.contacts == 2)

        let byHour = ContactBreakdown.summaries(of: contacts, by: .hour, in: Fixtures.stockholm)
        #expect(byHour.map(\.key) == ["09", "14"])
        #expect(byHour[0].summary.firstContactResolution == 0.5)

        let byOperator = ContactBreakdown.summaries(of: contacts, by: .operator, in: Fixtures.stockholm)
        #expect(byOperator.map(\.key) == ["anna", "maria"])
        #expect(ContactBreakdown.summaries(of: contacts, by: .sector, in: Fixtures.stockholm).count == 1)
        #expect(ContactBreakdown.summaries(of: contacts, by: .category, in: Fixtures.stockholm).first?.summary.contacts == 4)
    }

    @Test("Figures are written the way each language writes them")
    func formatting() {
        #expect(Formatting.percent(0.8534, .swedish) == "85,3 %")
        #expect(Formatting.percent(0.8534, .english) == "85.3%")
        #expect(Formatting.percent(nil, .english) == "–")
        #expect(Formatting.duration(65) == "1:05")
        #expect(Formatting.duration(3725) == "1:02:05")
        #expect(Formatting.duration(nil) == "–")
    }
}
