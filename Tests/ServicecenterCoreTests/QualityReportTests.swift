import Foundation
import Testing
@testable import ServicecenterCore

/// report.html's figures are the package's: each is checked against the tables of the same
/// package, and the page carries every section, comparison and reference it promises.
@Suite("Open statistics: the quality report")
struct QualityReportTests {
    /// The fixture with its hand-overs in sectors: two in Socialförvaltningen, one in Teknik.
    static var input: StatisticsInput {
        var input = OpenStatisticsFixture.input
        for (index, sector) in ["teknik", "social", "social"].enumerated() { input.handovers.timelines[index].sector = sector }
        return input
    }

    static func column(_ table: DataTable, _ name: String) -> Int { table.fields.firstIndex { $0.name == name }! }

    static func integers(_ table: DataTable, _ name: String) -> [Int] {
        let index = column(table, name)
        return table.rows.compactMap { if case .integer(let value) = $0[index] { value } else { nil } }
    }

    @Test("Headline figures agree with the summary and service-level tables of the same package")
    func agreesWithTables() throws {
        let statistics = OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: Self.input)
        let report = QualityReport(statistics)
        let summary = statistics.summaryTable
        let sum = { (name: String) in Self.integers(summary, name).reduce(0, +) }
        #expect(report.current.contacts.contacts == sum("contacts") && sum("contacts") == 7)
        #expect(report.current.contacts.resolved == sum("resolved_first_contact"))
        for channel in Channel.allCases {
            #expect(report.current.contactsByChannel[channel, default: 0] == sum("contacts_\(channel.rawValue)"))
        }
        #expect(report.current.handovers.made == sum("handovers_made"))
        #expect(report.current.handovers.closedOnTime == sum("handovers_closed_on_time"))
        #expect(report.current.handovers.closed == sum("handovers_closed"))
        let overdue = Self.integers(summary, "handovers_overdue")
        #expect(report.current.handovers.overdueAtEnd == overdue.last)

        // Service level and evenness from the hourly table: Σ within target ÷ Σ counted, and
        // the hours whose level reached the target.
        let levels = statistics.serviceLevelTable
        let (channelColumn, within, answered, abandoned, short, level, goal) = (
            Self.column(levels, "channel"), Self.column(levels, "answered_within_target"), Self.column(levels, "answered"),
            Self.column(levels, "abandoned"), Self.column(levels, "abandoned_before_target"), Self.column(levels, "service_level"),
            Self.column(levels, "target_service_level"))
        for channel in Channel.allCases {
            let rows = levels.rows.filter { $0[channelColumn] == .text(channel.rawValue) }
            func int(_ value: DataValue) -> Int { if case .integer(let number) = value { number } else { 0 } }
            func share(_ value: DataValue) -> Double? { if case .share(let number) = value { number } else { nil } }
            let base = rows.reduce(0) { $0 + int($1[answered]) + int($1[abandoned]) - int($1[short]) }
            let expected = base == 0 ? nil : Double(rows.reduce(0) { $0 + int($1[within]) }) / Double(base)
            #expect(report.current.queues[channel]?.serviceLevel == expected, "\(channel)")
            let measured = rows.filter { share($0[level]) != nil }
            #expect(report.current.hoursMeasured[channel, default: 0] == measured.count, "\(channel)")
            #expect(report.current.hoursOnTarget[channel, default: 0] == measured.filter { share($0[level])! >= share($0[goal])! }.count)
        }
        #expect(report.current.queues[.phone]?.serviceLevel == 0.5)
        #expect(report.current.evenness(.phone) == 0)

        // The summary's KKiK columns for the one day with contacts are the period's.
        let direct = summary.rows[0][Self.column(summary, "phone_direct_answer_rate")]
        #expect(direct == .share(report.current.directAnswer.rate))
        #expect(summary.rows[0][Self.column(summary, "email_answered_within_2_working_days")] == .share(report.current.email.shareWithinTwo))

        // Referrals: the referral table's rows added up.
        let referred = Self.integers(statistics.referralTable, "referred").reduce(0, +)
        #expect(report.referrals.reduce(0) { $0 + $1.referred } == referred)
        #expect(report.referrals.map(\.destination) == ["annan"])
    }

    @Test("The heat map's symbols mean what the wallboard's mean: ! is on target by under five points, ✗ any hour below it")
    func heatMapSymbolsAsTheWallboard() {
        // Hour 9: 4 of 5 within the minute (80 %, the target: at risk). Hour 10: 3 of 4 (75 %: missed).
        let fixture = OpenStatisticsFixture.self
        var calls = (0..<4).map { fixture.call("a\($0)", offered: fixture.at(9, $0), .answered, at: fixture.at(9, $0, 20)) }
        calls.append(fixture.call("a4", offered: fixture.at(9, 10), .answered, at: fixture.at(9, 13)))
        calls += (0..<3).map { fixture.call("b\($0)", offered: fixture.at(10, $0), .answered, at: fixture.at(10, $0, 20)) }
        calls.append(fixture.call("b3", offered: fixture.at(10, 10), .answered, at: fixture.at(10, 13)))
        var input = Self.input
        input.queueCalls = calls
        let statistics = OpenStatistics(configuration: fixture.configuration, input: input)
        let map = QualityReport(statistics).heatMaps.first { $0.channel == .phone }
        let levels = map?.levels.values.first ?? [:]
        #expect(levels[9].map { map?.standing($0) } == .atRisk && levels[10].map { map?.standing($0) } == .missed)
        for level in stride(from: 0.70, through: 0.95, by: 0.01) {
            #expect(map?.standing(level) == TargetState(serviceLevel: level, target: ServiceLevelTarget(seconds: 60, percent: 80)))
        }
        let html = StatisticsPage(statistics, language: .swedish).html
        #expect(html.contains("! 80,0 %") && html.contains("✗ 75,0 %"))
    }

    @Test("Hand-overs per sector add up to the summary's; few in a sensitive sector are withheld with another row")
    func sectors() {
        let statistics = OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: Self.input)
        let report = QualityReport(statistics)
        let summary = statistics.summaryTable
        #expect(report.sectors.map(\.sector) == ["teknik", "social"])
        #expect(report.sectors.reduce(0) { $0 + $1.made } == Self.integers(summary, "handovers_made").reduce(0, +))
        #expect(report.sectors.reduce(0) { $0 + $1.closedOnTime } == Self.integers(summary, "handovers_closed_on_time").reduce(0, +))
        let social = report.sectors[1]
        // Closed late on the 23rd (due the 22nd); one open and overdue since the 14th.
        #expect(social.closedLate == 1 && social.closedOnTime == 0 && social.openAtEnd == 1 && social.overdueAtEnd == 1)
        #expect(report.sectors[0].made == 1 && report.sectors[0].openAtEnd == 1 && report.sectors[0].overdueAtEnd == 0)
        // Socialförvaltningen is sensitive with no hand-over made in the period: nothing to withhold.
        #expect(report.withheldSectors.isEmpty)
        // Teknik sensitive with one made: withheld, and Socialförvaltningen with it, or the total would give it back.
        var configuration = OpenStatisticsFixture.configuration
        configuration.sectors = configuration.sectors.map { var sector = $0; sector.sensitive = sector.sensitive || sector.id == "teknik"; return sector }
        let withheld = QualityReport(OpenStatistics(configuration: configuration, input: Self.input))
        #expect(withheld.withheldSectors == ["teknik", "social"])
        let html = StatisticsPage(report: withheld, language: .swedish).html
        #expect(html.contains(" class=\"n\">undanhållet</td>") && html.contains("Undanhållet: få ärenden"))
    }

    @Test("The page: every section, comparisons with their change in words, references with source and year, no scripts")
    func page() throws {
        var configuration = OpenStatisticsFixture.configuration
        configuration.reference = ReferenceValues(source: "KKiK, riket", year: 2025, percent: [.phoneDirectAnswer: 55])
        let statistics = OpenStatistics(configuration: configuration, input: Self.input)
        // The previous period as the same records: every change is "unchanged".
        let same = ReportComparisons(
            previous: ReportCounts(Self.input, configuration: configuration),
            yearEarlier: ReportCounts(first: LocalDay(year: 2025, month: 12, day: 23), last: LocalDay(year: 2025, month: 12, day: 24)))
        for language in Language.allCases {
            let html = StatisticsPage(statistics, language: language, comparisons: same).html
            for id in ["headline", "contacts", "service-level", "evenness", "handovers", "access", "referrals"] {
                #expect(html.contains("<section id=\"\(id)\">"), "\(id) in \(language)")
            }
            #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
            #expect(html.contains("KKiK, riket 2025"))
            #expect(html.contains(language == .swedish ? "= oförändrat" : "= unchanged"))
            #expect(html.contains(language == .swedish ? "inga data" : "no data"), "the empty year earlier says so")
            #expect(html.contains(language == .swedish ? "Jämförs med föregående period (2026-12-21 – 2026-12-22)" : "previous period (2026-12-21 – 2026-12-22)"))
            #expect(!InertText.containsUnsafe(html, allowingLineBreaks: true))
        }
        let swedish = StatisticsPage(statistics, language: .swedish, comparisons: same).html
        // The phone's hours in the heat map: 09 and 10 on a Wednesday, both missed (50 % < 70 %).
        #expect(swedish.contains(" class=\"missed\">✗ 50,0 %</td>"))
        #expect(swedish.contains("Andel timmar som nådde målet: 0,0 % (0 av 2 timmar med kö)."))
        // A worse period before: the change is said in words.
        var better = Self.input
        better.contacts = better.contacts.map { var contact = $0; contact.resolution = .resolved; return contact }
        let worse = StatisticsPage(statistics, language: .swedish, comparisons: ReportComparisons(previous: ReportCounts(better, configuration: configuration))).html
        #expect(worse.contains("▼ −28,6 procentenheter, sämre"), "FCR 71,4 % against 100 %")
    }

    @Test("Comparison periods: a day by weekday, a month, a year read once, any other span")
    func periods() {
        let day = ReportPeriods(first: LocalDay("2026-11-20")!, last: LocalDay("2026-11-20")!)
        #expect(day.previous.label == "2026-11-13" && day.yearEarlier.label == "2025-11-21")
        #expect(LocalDay("2025-11-21")!.weekday == LocalDay("2026-11-20")!.weekday)
        let march = ReportPeriods(first: LocalDay("2026-03-01")!, last: LocalDay("2026-03-31")!)
        #expect(march.previous.label == "2026-02-01 – 2026-02-28" && march.yearEarlier.label == "2025-03-01 – 2025-03-31")
        let february = ReportPeriods(first: LocalDay("2028-02-01")!, last: LocalDay("2028-02-29")!)
        #expect(february.yearEarlier.label == "2027-02-01 – 2027-02-28" && february.previous.label == "2028-01-01 – 2028-01-31")
        let january = ReportPeriods(first: LocalDay("2027-01-01")!, last: LocalDay("2027-01-31")!)
        #expect(january.previous.label == "2026-12-01 – 2026-12-31")
        let year = ReportPeriods(first: LocalDay("2026-01-01")!, last: LocalDay("2026-12-31")!)
        #expect(year.previous == year.yearEarlier && year.previous.label == "2025-01-01 – 2025-12-31")
        let span = ReportPeriods(first: LocalDay("2026-11-16")!, last: LocalDay("2026-11-22")!)
        #expect(span.previous.label == "2026-11-09 – 2026-11-15" && span.yearEarlier.label == "2025-11-16 – 2025-11-22")
    }

    @Test("Trends: none for a short period, ISO weeks for a month, months for a quarter; the buckets add up to the period")
    func trends() {
        func report(_ first: String, _ last: String) -> QualityReport {
            var input = Self.input
            input.first = LocalDay(first)!
            input.last = LocalDay(last)!
            return QualityReport(OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: input))
        }
        #expect(report("2026-12-21", "2026-12-27").trend.isEmpty)
        let month = report("2026-12-01", "2026-12-31")
        #expect(!month.monthlyTrend && month.trend.map(\.number) == [49, 50, 51, 52, 53])
        #expect(month.trend.reduce(0) { $0 + $1.figures.contacts.contacts } == month.current.contacts.contacts)
        let quarter = report("2026-10-01", "2026-12-31")
        #expect(quarter.monthlyTrend && quarter.trend.map(\.number) == [10, 11, 12])
        let newYear = QualityReport.isoWeek(LocalDay("2027-01-01")!), first = QualityReport.isoWeek(LocalDay("2026-01-01")!)
        #expect(newYear.year == 2026 && newYear.week == 53 && first.year == 2026 && first.week == 1)
        let html = StatisticsPage(report: quarter, language: .english).html
        #expect(html.contains("<section id=\"trends\">") && html.contains("December 2026"))
    }
}
