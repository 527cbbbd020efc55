import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Statistics report")
struct StatisticsReportTests {
    let day = LocalDay("2026-11-23")!

    func report(_ contacts: [Contact]) -> StatisticsReport {
        StatisticsReport(siteName: "Testkommun", from: day, through: day, contacts: contacts, zone: Fixtures.stockholm)
    }

    @Test("The table shows each channel, the total, FCR and reasons, in Swedish")
    func swedish() {
        let lines = report([
            Fixtures.contact(channel: .phone, handling: 120, wait: 30),
            Fixtures.contact(channel: .phone, resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer), handling: 240, wait: 90),
            Fixtures.contact(channel: .signLanguage, resolution: .resolved, handling: 600, digitalHelp: true),
        ]).render(SwedishStrings())
        #expect(lines[0] == "Testkommun – statistik för 2026-11-23")
        #expect(lines[2].hasPrefix("Kanal"))
        #expect(lines.contains { $0.hasPrefix("Telefon") && $0.contains("2") && $0.contains("50,0 %") })
        #expect(lines.contains { $0.hasPrefix("Teckenspråk") && $0.contains("100,0 %") })
        #expect(lines.contains { $0.hasPrefix("Totalt") && $0.contains("66,7 %") && $0.contains("33,3 %") })
        #expect(lines.contains { $0.hasPrefix("Telefon") && $0.contains("3:00") && $0.contains("1:00") })
        #expect(lines.contains("  Kräver handläggare (myndighetsutövning): 1"))
        #expect(!lines.contains { $0.hasPrefix("Besök") })
    }

    @Test("English strings and an empty period")
    func english() {
        let lines = report([Fixtures.contact(channel: .visit)]).render(EnglishStrings())
        #expect(lines.contains { $0.hasPrefix("Visit") && $0.contains("100.0%") })
        #expect(report([]).render(EnglishStrings()).last == "No contacts in the period.")
    }

    @Test("Columns line up: every row of a table is as wide as its rule")
    func alignment() {
        let lines = TextTable(header: ["Kanal", "Kontakter"], rows: [["Teckenspråk", "3"], ["Totalt", "1234"]]).render()
        #expect(lines == ["Kanal        Kontakter", "───────────  ─────────", "Teckenspråk          3", "Totalt            1234"])
    }
}
