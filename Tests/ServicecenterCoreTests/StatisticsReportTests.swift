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

@Suite("Statistics: queues and incidents")
struct StatisticsQueueTests {
    func at(_ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        LocalDay(year: 2026, month: 11, day: day).start(in: Fixtures.stockholm)
            .addingTimeInterval(Double(hour * 3600 + minute * 60 + second))
    }

    func call(_ id: String, _ offered: Date, answered: Date? = nil, abandoned: Date? = nil) -> QueueCall {
        var call = QueueCall(QueueEvent(at: offered, channel: .phone, kind: .offered, callID: id))
        if let answered { call.apply(QueueEvent(at: answered, channel: .phone, kind: .answered, callID: id)) }
        if let abandoned { call.apply(QueueEvent(at: abandoned, channel: .phone, kind: .abandoned, callID: id)) }
        return call
    }

    @Test("Two days of phone calls: the period's service level, and evenness counted per day and hour")
    func queueTable() {
        let calls = [
            call("a", at(23, 9, 0), answered: at(23, 9, 0, 30)),    // within
            call("b", at(23, 10, 0), answered: at(23, 10, 2)),      // 120 s: missed; 23rd 10–11 is the worst hour
            call("c", at(24, 9, 0), answered: at(24, 9, 0, 10)),    // within
            call("d", at(24, 9, 5), abandoned: at(24, 9, 5, 20)),   // short abandon, left out
        ]
        let report = StatisticsReport(
            configuration: Fixtures.configuration, from: LocalDay(year: 2026, month: 11, day: 23),
            through: LocalDay(year: 2026, month: 11, day: 24), contacts: [Fixtures.contact()], queueCalls: calls)
        let lines = report.render(SwedishStrings())
        let phone = lines.first { $0.hasPrefix("Telefon") && $0.contains("66,7 %") }
        // 2 of 3 within the minute; ASA (30 + 120 + 10) / 3 = 53 s; 1 abandoned of 4; hours: 23rd 09 ✓, 10 ✗, 24th 09 ✓.
        #expect(phone?.contains("0:53") == true, "\(lines.joined(separator: "\n"))")
        #expect(phone?.contains("25,0 %") == true)
        #expect(phone?.contains("2/3") == true)
        #expect(phone?.contains("2026-11-23 10–11 (0,0 %)") == true)
        // The dashboard computes today's figure with the same function.
        #expect(QueueFigures(calls, target: ServiceLevelTarget(seconds: 60, percent: 80), now: .distantPast).serviceLevel == 2.0 / 3.0)
    }

    @Test("Evenness per hour: the period's service level in each hour and on how many days the hour met the target")
    func hourLevels() {
        let calls = [
            call("a", at(23, 9, 0), answered: at(23, 9, 0, 30)),    // 23rd 09: met
            call("b", at(23, 10, 0), answered: at(23, 10, 2)),      // 23rd 10: missed
            call("c", at(24, 9, 0), answered: at(24, 9, 3)),        // 24th 09: missed
            call("e", at(24, 10, 0), answered: at(24, 10, 0, 5)),   // 24th 10: met
        ]
        let report = StatisticsReport(
            configuration: Fixtures.configuration, from: LocalDay(year: 2026, month: 11, day: 23),
            through: LocalDay(year: 2026, month: 11, day: 24), contacts: [Fixtures.contact()], queueCalls: calls)
        let lines = report.render(SwedishStrings())
        let title = lines.firstIndex(of: "Servicenivå per timme (jämnhet)")
        #expect(title != nil, "\(lines.joined(separator: "\n"))")
        // Each hour: one call of two within the minute over the period, and one day of two on target.
        #expect(lines.contains { $0.hasPrefix("09–10") && $0.hasSuffix("50,0 % 1/2") })
        #expect(lines.contains { $0.hasPrefix("10–11") && $0.hasSuffix("50,0 % 1/2") })
        #expect(report.render(EnglishStrings()).contains("Service level per hour (evenness)"))
    }

    @Test("The forecast against the outcome per channel: summed, signed error, mean error per day; none without history")
    func forecastLines() {
        var report = StatisticsReport(
            configuration: Fixtures.configuration, from: LocalDay(year: 2026, month: 11, day: 23),
            through: LocalDay(year: 2026, month: 11, day: 24), contacts: [Fixtures.contact()])
        #expect(!report.render(SwedishStrings()).contains("Prognos mot utfall (bemanningsplanens prognos)"))
        report.forecasts = [
            ForecastAccuracy(day: LocalDay(year: 2026, month: 11, day: 23), channel: .phone, forecast: 100, actual: 110, historyDays: 8),
            ForecastAccuracy(day: LocalDay(year: 2026, month: 11, day: 24), channel: .phone, forecast: 100, actual: 80, historyDays: 8),
        ]
        let lines = report.render(SwedishStrings())
        #expect(lines.contains("Prognos mot utfall (bemanningsplanens prognos)"), "\(lines.joined(separator: "\n"))")
        // 200 forecast, 190 came: −5 %; the days' errors 10/110 and 20/80 average 17,0 %.
        let phone = lines.first { $0.hasPrefix("Telefon") && $0.contains("200,0") }
        #expect(phone?.contains("190") == true && phone?.contains("−5,0 %") == true && phone?.contains("17,0 %") == true, "\(phone ?? "")")
    }

    @Test("Contacts about incidents are counted per incident")
    func incidents() {
        var tagged = Fixtures.contact()
        tagged.incident = "vattenlacka"
        let report = StatisticsReport(
            configuration: Fixtures.configuration, from: LocalDay(year: 2026, month: 11, day: 23),
            through: LocalDay(year: 2026, month: 11, day: 23), contacts: [tagged, tagged, Fixtures.contact()])
        let lines = report.render(EnglishStrings())
        #expect(lines.contains("Contacts about incidents"))
        #expect(lines.contains("  vattenlacka: 2"))
    }
}
