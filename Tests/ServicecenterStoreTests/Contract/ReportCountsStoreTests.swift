import Foundation
@testable import ServicecenterCore
import Testing

/// The quality report's comparison periods are counted by the store (`reportCounts`) instead
/// of read row by row: on both backends the counts are those `ReportCounts` makes of the same
/// records read in full, for demo weeks of several seeds and every service-level target, with
/// the edge cases the demo does not make (waits exactly at the target, a call offered in a
/// later hour than it arrived, e-mail answers, a day outside the span).
@Suite("Store: the report's comparison counts")
struct ReportCountsStoreTests {
    let first = LocalDay(year: 2026, month: 11, day: 16), last = LocalDay(year: 2026, month: 11, day: 22)
    let now = Timestamp.parse("2026-11-23T07:00:00+01:00")!

    func at(_ text: String) -> Date { Timestamp.parse("2026-11-18T\(text)+01:00")! }

    func fill(_ store: any Store, seed: UInt64) throws {
        let configuration = UseCaseSite.configuration
        let days = DemoGenerator.openDays(count: 7, endingOn: LocalDay(year: 2026, month: 11, day: 24), calendar: configuration.workingDays)
        _ = try store.addDemo(DemoGenerator(configuration: configuration, seed: seed), days: days, perDay: 50, now: now)
        let phoneLimit = TimeInterval(configuration.targets.serviceLevel(for: .phone).seconds)
        _ = try store.recordQueueEvents([
            // Answered exactly at the target, abandoned exactly at it, and one second either side.
            QueueEvent(at: at("09:00:00"), channel: .phone, kind: .offered, callID: "edge-1"),
            QueueEvent(at: at("09:00:00").addingTimeInterval(phoneLimit), channel: .phone, kind: .answered, callID: "edge-1", operatorUser: "anna"),
            QueueEvent(at: at("09:01:00"), channel: .phone, kind: .offered, callID: "edge-2"),
            QueueEvent(at: at("09:01:00").addingTimeInterval(phoneLimit), channel: .phone, kind: .abandoned, callID: "edge-2"),
            QueueEvent(at: at("09:02:00"), channel: .phone, kind: .offered, callID: "edge-3"),
            QueueEvent(at: at("09:02:00").addingTimeInterval(phoneLimit - 1), channel: .phone, kind: .abandoned, callID: "edge-3"),
            QueueEvent(at: at("09:03:00"), channel: .phone, kind: .offered, callID: "edge-4"),
            QueueEvent(at: at("09:03:00").addingTimeInterval(phoneLimit + 1), channel: .phone, kind: .answered, callID: "edge-4", operatorUser: "anna"),
            // Still waiting at the end of the hour, and a ticket taken before the hour turns.
            QueueEvent(at: at("09:59:59"), channel: .visit, kind: .offered, callID: "edge-5"),
        ], now: at("10:30:00"))
        var email = contact("2026-11-18T16:55:00+01:00", channel: .digital)
        email.medium = .email
        email.queueWaitSeconds = 3 * 86_400
        _ = try store.save(email, now: now)
    }

    @Test("The store's counts are the counts of the records, on both backends and every seed", arguments: Backends.all, [UInt64(3), 11, 2022])
    func sameAsRecords(backend: Backend, seed: UInt64) throws {
        let store = try UseCaseSite.store(on: backend)
        try fill(store, seed: seed)
        let configuration = UseCaseSite.configuration
        // A week, a day, and twelve days (SQLite reads a span of eight days or more on two
        // connections); then seven months around the days kept by now, which SQLite counts in
        // runs either side of them, a quarter at a time.
        let spans = [(first, last), (first, first), (LocalDay(year: 2026, month: 11, day: 18), LocalDay(year: 2026, month: 11, day: 18)),
                     (LocalDay(year: 2026, month: 11, day: 13), LocalDay(year: 2026, month: 11, day: 24)),
                     (LocalDay(year: 2026, month: 5, day: 1), LocalDay(year: 2026, month: 11, day: 30))]
        for (from, through) in spans {
            let input = try store.statisticsInput(from: from, through: through, includingOperators: false)
            let records = ReportCounts(input, configuration: configuration)
            let counted = try store.reportCounts(from: from, through: through, basis: CountingBasis(configuration))
            #expect(counted.first == records.first && counted.last == records.last)
            #expect(counted.contacts == records.contacts, "\(from)–\(through)")
            #expect(counted.email == records.email, "\(from)–\(through)")
            #expect(counted.handovers == records.handovers)
            #expect(Set(counted.calls.keys) == Set(records.calls.keys), "\(from)–\(through)")
            for (hour, calls) in records.calls {
                var stored = counted.calls[hour] ?? CallCounts()
                #expect(abs(stored.answerWaitSeconds - calls.answerWaitSeconds) < 0.001)
                stored.answerWaitSeconds = calls.answerWaitSeconds
                #expect(stored == calls, "\(hour)")
            }
            // And so the figures a board reads.
            let fromStore = PeriodFigures(counted, configuration: configuration), fromRecords = PeriodFigures(records, configuration: configuration)
            for measure in HeadlineMeasure.all {
                #expect(measure.value(fromStore) == measure.value(fromRecords) || abs((measure.value(fromStore) ?? 0) - (measure.value(fromRecords) ?? 0)) < 1e-9,
                        "\(measure)")
            }
            #expect(input.contacts.isEmpty || fromStore.hasData)
        }
        // The edge calls are in the phone's 09 hour on Wednesday, as the records put them.
        let wednesday = try store.reportCounts(from: LocalDay(year: 2026, month: 11, day: 18), through: LocalDay(year: 2026, month: 11, day: 18),
                                               basis: CountingBasis(configuration))
        #expect(wednesday.calls.values.reduce(0) { $0 + $1.offered } >= 5)
        // The e-mail that waited three days (from Sunday) is among Wednesday's answers: within two working days, not one.
        #expect(wednesday.email.measured >= 1)
        let long = EmailReplyTimes(replies: [EmailReply(startedAt: Timestamp.parse("2026-11-18T16:55:00+01:00")!, waitSeconds: 3 * 86_400)],
                                   calendar: configuration.workingDays)
        #expect(long.measured == 1 && long.withinOneWorkingDay == 0 && long.withinTwoWorkingDays == 1)
    }

    @Test("Counted, the figures are the package's measures of the rows: service level, answer speed, evenness, resolution, direct answer, e-mail", arguments: [UInt64(3), 11, 2022])
    func sameAsMeasures(seed: UInt64) throws {
        let store = try UseCaseSite.store(on: .sqlite)
        try fill(store, seed: seed)
        let configuration = UseCaseSite.configuration, zone = configuration.timeZone
        let statistics = OpenStatistics(configuration: configuration, input: try store.statisticsInput(from: first, through: last, includingOperators: false))
        let figures = PeriodFigures(statistics)
        let contacts = statistics.contacts(from: first, through: last), calls = statistics.calls(from: first, through: last)
        let summary = ContactSummary(contacts)
        #expect(figures.contacts.contacts == summary.contacts && figures.contacts.resolved == summary.resolved)
        #expect(figures.contacts.resolvableFirstContactResolution == summary.resolvableFirstContactResolution)
        #expect(figures.contacts.repeatRate == summary.repeatRate && figures.contacts.digitalHelpShare == summary.digitalHelpShare)
        #expect(figures.directAnswer == PhoneDirectAnswer(contacts: contacts, calls: calls, target: configuration.targets.serviceLevel(for: .phone)))
        #expect(figures.email == EmailReplyTimes(contacts: contacts, calendar: configuration.workingDays))
        #expect(figures.email.measured > 0)
        for channel in Channel.allCases {
            let target = configuration.targets.serviceLevel(for: channel)
            let queue = QueueFigures(calls.filter { $0.channel == channel }, target: target, now: .distantPast)
            let counted = figures.queues[channel]
            #expect(counted?.offered ?? 0 == queue.offered && counted?.abandoned ?? 0 == queue.abandoned, "\(channel)")
            #expect(counted?.serviceLevel == queue.serviceLevel, "\(channel)")
            #expect(abs((counted?.averageSpeedOfAnswer ?? 0) - (queue.averageSpeedOfAnswer ?? 0)) < 1e-9, "\(channel)")
            var measured = 0, onTarget = 0
            for day in statistics.days {
                let evenness = ServiceLevelEvenness(statistics.calls(on: day).filter { $0.channel == channel }, target: target, zone: zone)
                measured += evenness.hoursMeasured
                onTarget += evenness.hoursMeetingTarget
            }
            #expect(figures.hoursMeasured[channel, default: 0] == measured && figures.hoursOnTarget[channel, default: 0] == onTarget, "\(channel)")
        }
        #expect(figures.hoursMeasured.values.reduce(0, +) > 10)
        // The report's heat map: each weekday and hour's level is the level of its calls.
        let report = QualityReport(statistics)
        for map in report.heatMaps {
            let target = configuration.targets.serviceLevel(for: map.channel)
            let cells = Dictionary(grouping: calls.filter { $0.channel == map.channel }) {
                [LocalDay($0.queuedAt, in: zone).weekday, localHour(of: $0.queuedAt, in: zone)]
            }.compactMapValues { QueueFigures($0, target: target, now: .distantPast).serviceLevel }
            #expect(cells.count == map.levels.values.reduce(0) { $0 + $1.count }, "\(map.channel)")
            for (cell, level) in cells { #expect(map.levels[cell[0]]?[cell[1]] == level, "\(map.channel) \(cell)") }
        }
        #expect(!report.heatMaps.isEmpty)
    }
}
