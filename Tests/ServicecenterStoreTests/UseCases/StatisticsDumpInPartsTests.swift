import Foundation
import ServicecenterCore
import Testing

/// A long period's package is read and written a week or month at a time (`PackageStream`,
/// `QualityReport.Gathering`) so that years of contacts are never held; it must be the very
/// package that the whole period held at once makes, byte for byte, whatever the period's
/// length, start or end, and on either backend.
@Suite("StatisticsDump: a period written in parts is the package of the period held whole")
struct StatisticsDumpInPartsTests {
    let configuration = UseCaseSite.configuration
    let options = DataPackage.Options(formats: DataPackage.Format.allCases, excel: true, includeOperators: true)
    let now = Timestamp.parse("2026-11-23T07:00:00+01:00")!

    /// About four months of the demo, with hand-overs closed, reopened and closed again across
    /// the parts' edges, so the days' hand-over figures depend on histories spanning parts.
    func fill(_ store: any Store) throws {
        let days = DemoGenerator.openDays(count: 80, endingOn: LocalDay(year: 2026, month: 11, day: 20), calendar: configuration.workingDays)
        _ = try store.addDemo(DemoGenerator(configuration: configuration, seed: 24), days: days, perDay: 12, now: now)
        var referred = contact("2026-10-14T10:15:00+02:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))
        referred.articles = ["hyresratt"]
        _ = try store.save(referred, now: now)
        let handovers = try store.handovers(.init(includeClosed: true)).sorted { $0.id < $1.id }
        for (index, handover) in handovers.enumerated() where index % 3 == 0 {
            let closed = handover.createdAt.addingTimeInterval(Double(index % 40) * 86_400 + 3_600)
            guard closed < now else { continue }
            _ = try? store.record(.closed, on: handover.id, by: "maria", note: nil, now: closed)
            if index % 2 == 0, closed.addingTimeInterval(9 * 86_400) < now {
                _ = try? store.record(.reopened, on: handover.id, by: "maria", note: nil, now: closed.addingTimeInterval(9 * 86_400))
            }
        }
    }

    @Test("Months, weeks, a fortnight's edge, a short span and a day: each package is the whole period's, file for file", arguments: Backends.all)
    func partsMakeTheWhole(_ backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        try fill(store)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sc-dump-parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let dump = StatisticsDump(configuration: configuration, options: options)
        let periods: [(String, String)] = [
            ("2026-07-20", "2026-11-22"),  // 126 days: by month, starting and ending mid-month
            ("2026-09-30", "2026-11-03"),  // 35 days: by ISO week, starting mid-week
            ("2026-10-05", "2026-10-18"),  // 14 days: two weeks exactly
            ("2026-10-07", "2026-10-19"),  // 13 days: one part
            ("2026-11-18", "2026-11-18"),
        ]
        for (from, to) in periods {
            let first = LocalDay(from)!, last = LocalDay(to)!
            let period = DataPackage.periodName(first: first, last: last)
            var input = try store.statisticsInput(from: first, through: last, includingOperators: true)
            #expect(!input.contacts.isEmpty, "\(period)")
            input.forecastHistory = try StatisticsDump.forecastHistory(from: store, input: input, configuration: configuration)
            let comparisons = try StatisticsDump.comparisons(from: store, first: first, last: last, configuration: configuration)
            let whole = DataPackage(OpenStatistics(configuration: configuration, input: input), options: options, comparisons: comparisons)

            let outcome = try dump.write(from: store, first: first, last: last, into: out)
            let written = try UseCaseSite.files(under: outcome.target)
            #expect(outcome.contacts == input.contacts.count && outcome.files == whole.files.count, "\(period)")
            #expect(Set(written.keys) == Set(whole.files.map(\.path)), "\(period)")
            for (path, contents) in whole.files {
                #expect(written[path] == Data(contents.utf8), "\(period)/\(path) differs from the whole period's")
            }
        }
    }

    @Test("stats counted a week or month at a time says what the period held whole says, by every dimension", arguments: Backends.all)
    func statsInParts(_ backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        try fill(store)
        for (from, to) in [("2026-07-20", "2026-11-22"), ("2026-09-30", "2026-11-03"), ("2026-10-07", "2026-10-19")] {
            let first = LocalDay(from)!, last = LocalDay(to)!
            var input = try store.statisticsInput(from: first, through: last, includingOperators: true)
            input.forecastHistory = try StatisticsDump.forecastHistory(from: store, input: input, configuration: configuration)
            let forecasts = StaffingPlanner(configuration: configuration).forecastAccuracy(
                on: OpenStatistics.days(from: first, through: last), history: input.forecastHistory!)
            #expect(forecasts.count > 10)
            for dimension in ContactBreakdown.Dimension.allCases {
                var whole = StatisticsReport(configuration: configuration, from: first, through: last, contacts: input.contacts, by: dimension)
                whole.forecasts = forecasts
                let tally = try PeriodTally.read(from: store, from: first, through: last, by: dimension, configuration: configuration)
                var parts = StatisticsReport(configuration: configuration, from: first, through: last, tally: tally)
                parts.forecasts = tally.forecasts
                #expect(parts.render(EnglishStrings()) == whole.render(EnglishStrings()), "\(from)–\(to) by \(dimension)")
            }
        }
    }

    @Test("The contacts handed over one at a time are the statistics' contacts, less the articles", arguments: Backends.all)
    func contactsOneAtATime(_ backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        try fill(store)
        for operators in [false, true] {
            let first = LocalDay("2026-09-01")!, last = LocalDay("2026-11-22")!
            var handed: [Contact] = []
            try store.forEachContact(from: first, through: last, includingOperators: operators) { handed.append($0) }
            let read = try store.statisticsInput(from: first, through: last, includingOperators: operators).contacts
                .map { contact -> Contact in
                    var contact = contact
                    contact.articles = []
                    return contact
                }
            #expect(handed.count == read.count && handed.count > 500)
            #expect(handed.sorted { $0.id! < $1.id! } == read.sorted { $0.id! < $1.id! })
        }
    }
}
