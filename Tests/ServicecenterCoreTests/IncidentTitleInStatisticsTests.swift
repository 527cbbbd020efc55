import Foundation
import Testing
@testable import ServicecenterCore

/// Issue 17: `stats` listed the contacts per incident by the incident's slug
/// ("vattenlacka-i-adolfsberg"), which a person reading the figures never typed or saw.
@Suite("Statistics: incidents are named by their title")
struct IncidentTitleInStatisticsTests {
    @Test("A tagged contact is counted under its incident's title; a tag without an incident stays as written")
    func titleNotSlug() {
        var tagged = Fixtures.contact()
        tagged.incident = "vattenlacka-i-adolfsberg"
        var loose = Fixtures.contact()
        loose.incident = "it-driftstopp"
        var report = StatisticsReport(
            configuration: Fixtures.configuration, from: LocalDay(year: 2026, month: 11, day: 23),
            through: LocalDay(year: 2026, month: 11, day: 23), contacts: [tagged, tagged, loose])
        report.incidentTitles = ["vattenlacka-i-adolfsberg": "Vattenläcka i Adolfsberg"]
        let lines = report.render(SwedishStrings())
        #expect(lines.contains("  Vattenläcka i Adolfsberg: 2"), "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("vattenlacka-i-adolfsberg") })
        #expect(lines.contains("  it-driftstopp: 1"))
    }
}
