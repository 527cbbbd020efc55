import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Statistics report")
struct StatisticsReportTests {
    let day = LocalDay("2026-11-23")!

    func report(_ contacts: [Contact], by dimension: ContactBreakdown.Dimension = .channel) -> StatisticsReport {
        StatisticsReport(configuration: Fixtures.configuration, from: day, through: day, contacts: contacts, by: dimension)
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

    @Test("By sector, category and hour: names from the configuration, largest first")
    func otherDimensions() {
        var social = Fixtures.contact(category: "ekonomiskt_bistand", resolvable: false, startHour: 13)
        social.sector = "social"
        let contacts = [Fixtures.contact(startHour: 9), Fixtures.contact(startHour: 9), social]
        let bySector = report(contacts, by: .sector).render(SwedishStrings())
        #expect(bySector[2].hasPrefix("Förvaltning"))
        #expect(bySector[4].hasPrefix("Tekniska förvaltningen"))
        #expect(bySector[5].hasPrefix("Socialförvaltningen"))
        let byCategory = report(contacts, by: .category).render(EnglishStrings())
        #expect(byCategory[4].hasPrefix("Avfall och sophämtning"))
        #expect(byCategory[5].hasPrefix("Ekonomiskt bistånd"))
        let byHour = report(contacts, by: .hour).render(SwedishStrings())
        #expect(byHour[4].hasPrefix("09–10"))
        #expect(byHour[5].hasPrefix("13–14"))
    }

    @Test("Long labels are clipped with an ellipsis so the table fits a terminal")
    func clipping() {
        #expect(StatisticsReport.clip("Förvaltningen för gymnasie- och vuxenutbildning") == "Förvaltningen för gymnasie- o…")
        #expect(StatisticsReport.clip("Socialförvaltningen") == "Socialförvaltningen")
        #expect(StatisticsReport.wrap("ett två tre fyra", width: 8) == ["ett två", "tre fyra"])
    }

    @Test("Columns line up: every row of a table is as wide as its rule")
    func alignment() {
        let lines = TextTable(header: ["Kanal", "Kontakter"], rows: [["Teckenspråk", "3"], ["Totalt", "1234"]]).render()
        #expect(lines == ["Kanal        Kontakter", "───────────  ─────────", "Teckenspråk          3", "Totalt            1234"])
    }

    @Test("Hand-overs per sector: made, closed on time and late, on-time share, open and overdue, with a total")
    func handovers() throws {
        var withHandovers = report([Fixtures.contact()])
        withHandovers.handovers = [
            HandoverFigures(sector: "teknik", made: 4, closedOnTime: 2, closedLate: 1, open: 1, overdue: 1),
            HandoverFigures(sector: "social", made: 6, closedOnTime: 0, closedLate: 0, open: 6, overdue: 0),
        ]
        let lines = withHandovers.render(SwedishStrings())
        let title = try #require(lines.firstIndex(of: "Överlämnade ärenden per förvaltning"))
        let table = Array(lines[(title + 1)...(title + 5)])
        #expect(table[0].hasPrefix("Förvaltning"))
        #expect(table[2].hasPrefix("Socialförvaltningen") && table[2].hasSuffix("–      6          0"))
        #expect(table[3].hasPrefix("Tekniska förvaltningen") && table[3].contains("66,7 %"))
        #expect(table[4].hasPrefix("Totalt") && table[4].contains("10"))
        #expect(Set(table.map(\.count)).count == 1)
        #expect(!report([Fixtures.contact()]).render(SwedishStrings()).contains("Överlämnade ärenden per förvaltning"))
    }
}
