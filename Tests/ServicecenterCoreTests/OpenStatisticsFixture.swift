import Foundation
@testable import ServicecenterCore

/// Two days before Christmas 2026, small enough to count by hand: Wednesday 23 December, a
/// working day with phone calls (answered, abandoned short and late), a forwarded contact
/// in a sensitive category, a referral, an incident, e-mails answered after one and after
/// two working days; and Thursday 24 December, julafton, closed and empty.
///
/// Every figure the tests expect is worked out in the comments here.
enum OpenStatisticsFixture {
    static let zone = Fixtures.stockholm
    static let wednesday = LocalDay(year: 2026, month: 12, day: 23)
    static let julafton = LocalDay(year: 2026, month: 12, day: 24)

    static var configuration: Configuration {
        var configuration = Fixtures.configuration
        // Socialförvaltningen is sensitive: its small counts are withheld.
        configuration.sectors[2].sensitive = true
        configuration.site.name = "Testkommun & Co"
        return configuration
    }

    /// 23 December at hh:mm:ss Stockholm time (UTC+1).
    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, day: LocalDay = wednesday) -> Date {
        day.start(in: zone).addingTimeInterval(Double(hour * 3600 + minute * 60 + second))
    }

    static let canaryNote = "KANARIEFÅGEL-anteckning 19121212-1212"
    static let canaryOperator = "kanariefagel"
    static let canaryCall = "CALL-KANARIE-1"

    static func contact(
        _ channel: Channel, _ category: String, _ sector: String, resolvable: Bool, _ resolution: Resolution = .resolved,
        start: Date, handling: Double, wait: Int? = nil, medium: DigitalMedium? = nil, digitalHelp: Bool = false,
        incident: String? = nil
    ) -> Contact {
        Contact(
            startedAt: start, endedAt: start.addingTimeInterval(handling), channel: channel, medium: medium, category: category,
            sector: sector, resolvable: resolvable, operatorUser: canaryOperator, queueWaitSeconds: wait, resolution: resolution,
            digitalHelp: digitalHelp, incident: incident, note: canaryNote, callID: canaryCall)
    }

    /// Seven contacts on the Wednesday:
    /// - resolved 1, 2, 4, 6, 7 → FCR 5/7 = 0.7143; resolvable 1, 2, 4, 5, 6, 7 with 5 resolved → 0.8333;
    /// - handling 120+180+300+240+60+300+300 = 1500 s → mean 214 s;
    /// - phone direct answers: simple questions 1 and 2, only 1 within 60 s; one late abandon → 1/3.
    static let contacts: [Contact] = [
        contact(.phone, "avfall", "teknik", resolvable: true, start: at(9, 5), handling: 120, wait: 30),                     // 1
        contact(.phone, "avfall", "teknik", resolvable: true, start: at(9, 20), handling: 180, wait: 90),                    // 2
        contact(.phone, "ekonomiskt_bistand", "social", resolvable: false, .forwarded(to: "social", reason: .needsCaseOfficer),
                start: at(10, 10), handling: 300, wait: 20),                                                                // 3
        contact(.visit, "bygglov", "stadsbyggnad", resolvable: true, start: at(10, 30), handling: 240, digitalHelp: true,
                incident: "it-driftstopp"),                                                                                 // 4
        contact(.visit, "bygglov", "stadsbyggnad", resolvable: true, .referred(to: Referral(destination: "annan", text: "Lantmäteriet")), start: at(11, 0), handling: 60), // 5
        // Arrived Monday 21 December 10:00, answered Wednesday 09:00: due within one working
        // day on the 22nd (missed), within two on the 23rd (met).
        contact(.digital, "forskoleplats", "forskola", resolvable: true, start: at(9, 0), handling: 300, wait: 47 * 3600, medium: .email), // 6
        // Arrived 08:00 the same morning: within one and two.
        contact(.digital, "forskoleplats", "forskola", resolvable: true, start: at(9, 30), handling: 300, wait: 1800, medium: .email), // 7
    ]

    static func call(_ id: String, offered: Date, _ end: QueueEvent.Kind, at endTime: Date) -> QueueCall {
        var call = QueueCall(QueueEvent(at: offered, channel: .phone, kind: .offered, callID: id))
        call.apply(QueueEvent(at: endTime, channel: .phone, kind: end, callID: id, operatorUser: canaryOperator))
        return call
    }

    /// Phone, target 80 % within 60 s:
    /// - 09: answered after 30 s and 90 s → 1/2 = 0.5, ASA 60, p90 30 + 0.9 × 60 = 84;
    /// - 10: answered after 20 s, abandoned after 30 s (short, left out), after 120 s → 1/2 = 0.5, ASA 20;
    /// - the day: 2 of 4 = 0.5; no hour met 80 % → evenness 0; lowest hour 0.5 (09, the earlier).
    static let calls: [QueueCall] = [
        call("c1", offered: at(9, 4, 30), .answered, at: at(9, 5)),
        call("c2", offered: at(9, 18, 30), .answered, at: at(9, 20)),
        call("c3", offered: at(10, 9, 40), .answered, at: at(10, 10)),
        call("c4", offered: at(10, 0), .abandoned, at: at(10, 0, 30)),
        call("c5", offered: at(10, 20), .abandoned, at: at(10, 22)),
    ]

    /// On the Wednesday one made (due 29 December), one closed late (due the 22nd), one
    /// overdue since 14 December and still open on both days.
    static let handovers: [HandoverTimeline] = [
        HandoverTimeline(createdAt: at(10, 15), dueDate: LocalDay(year: 2026, month: 12, day: 29)),
        HandoverTimeline(
            createdAt: at(11, 0, day: LocalDay(year: 2026, month: 12, day: 18)), dueDate: LocalDay(year: 2026, month: 12, day: 22),
            changes: [HandoverTimeline.Change(at: at(14, 0), closes: true)]),
        HandoverTimeline(createdAt: at(9, 0, day: LocalDay(year: 2026, month: 12, day: 10)), dueDate: LocalDay(year: 2026, month: 12, day: 14)),
    ]

    static var input: StatisticsInput {
        StatisticsInput(first: wednesday, last: julafton, contacts: contacts, queueCalls: calls, handovers: HandoverHistory(timelines: handovers))
    }

    static var statistics: OpenStatistics { OpenStatistics(configuration: configuration, input: input) }

    /// A forecast history for the Wednesday: per channel, the contacts at 09:00 the Wednesday
    /// before (what the forecast rests on) and on the day (what came).
    static func forecastHistory(_ counts: [Channel: (before: Int, came: Int)]) -> StaffingHistory {
        let weekBefore = wednesday.adding(days: -7)
        let cells = Channel.allCases.compactMap { channel in counts[channel].map { (channel, $0) } }.flatMap { channel, count in
            [StaffingHistory.Cell(day: weekBefore, channel: channel, interval: 18, contacts: count.before, handlingSeconds: 600),
             StaffingHistory.Cell(day: wednesday, channel: channel, interval: 18, contacts: count.came, handlingSeconds: 600)]
        }
        return StaffingHistory(intervalMinutes: 30, days: [weekBefore, wednesday], cells: cells)
    }
}
