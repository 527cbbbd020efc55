import Foundation
import Testing
@testable import ServicecenterCore

/// The open tables against figures worked out by hand (see OpenStatisticsFixture).
@Suite("Open statistics")
struct OpenStatisticsTests {
    let statistics = OpenStatisticsFixture.statistics

    func lines(_ table: DataTable) -> [String] {
        table.csv.components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    func value(_ table: DataTable, _ field: String, row: Int = 0) -> String? {
        table.rows[row][table.fields.firstIndex { $0.name == field }!].plain
    }

    @Test("Summary: one row per day, julafton included and closed; FCR, KKiK measures and hand-overs as counted by hand")
    func summary() {
        let table = statistics.summaryTable
        #expect(table.rows.count == 2)
        let expected: [String: String] = [
            "date": "2026-12-23", "working_day": "true", "contacts": "7", "contacts_visit": "2", "contacts_phone": "3",
            "contacts_sign_language": "0", "contacts_digital": "2", "resolved_first_contact": "5", "fcr": "0.7143",
            "fcr_resolvable": "0.8333", "forwarded": "1", "referred": "1", "digital_help": "1", "digital_help_share": "0.1429",
            "incident_contacts": "1", "handling_mean_s": "214", "phone_direct_answer_rate": "0.3333",
            "email_answers_measured": "2", "email_answered_within_1_working_day": "0.5000",
            "email_answered_within_2_working_days": "1.0000", "service_level_phone": "0.5000",
            "service_level_target_phone": "0.8000", "evenness_phone": "0.0000", "lowest_hour_service_level_phone": "0.5000",
            "handovers_made": "1", "handovers_closed": "1", "handovers_closed_on_time": "0", "handovers_overdue": "1",
        ]
        for (field, text) in expected {
            #expect(value(table, field) == text, "\(field)")
        }
        // No queue on the visit channel: no figure is invented.
        #expect(value(table, "service_level_visit") == nil)
        #expect(value(table, "evenness_visit") == nil)
        #expect(lines(table)[2].hasPrefix("2026-12-24,false,0,0,0,0,0,0,,,0,,0,0,0,,0,,,0,,,"))
        // The hand-over overdue since 14 December is still overdue at the end of julafton.
        #expect(value(table, "handovers_overdue", row: 1) == "1")
    }

    @Test("Contacts per channel, sector and category: the lone sensitive phone contact and its channel's other row are withheld")
    func contacts() {
        #expect(lines(statistics.contactTable) == [
            "date,channel,sector,sector_name,category,category_name,contacts,resolved_first_contact,"
                + "forwarded_needs_case_officer,forwarded_could_not_answer,forwarded_citizen_request,referred,digital_help,"
                + "incident_contacts,repeat_contacts,handling_mean_s,handling_p90_s,suppressed",
            // 240 and 60 s: mean 150, p90 60 + 0.9 × 180 = 222.
            "2026-12-23,visit,stadsbyggnad,Stadsbyggnadsförvaltningen,bygglov,Bygglov,2,1,0,0,0,1,1,1,0,150,222,false",
            // One ekonomiskt bistånd by phone (primary), so the two avfall calls go too (secondary):
            // otherwise the day's 3 phone contacts minus 2 would give it back.
            "2026-12-23,phone,social,Socialförvaltningen,ekonomiskt_bistand,Ekonomiskt bistånd,,,,,,,,,,,,true",
            "2026-12-23,phone,teknik,Tekniska förvaltningen,avfall,Avfall och sophämtning,,,,,,,,,,,,true",
            "2026-12-23,digital,forskola,Förskoleförvaltningen,forskoleplats,Förskoleplats,2,2,0,0,0,0,0,0,0,300,300,false",
        ])
    }

    @Test("Service level per channel and hour: short abandons left out, ASA and p90 over answered waits")
    func serviceLevel() {
        #expect(lines(statistics.serviceLevelTable) == [
            "date,channel,hour,offered,answered,abandoned,abandoned_before_target,no_shows,answered_within_target,"
                + "service_level,target_s,target_service_level,asa_s,wait_p90_s,meets_target",
            "2026-12-23,phone,9,2,2,0,0,0,1,0.5000,60,0.8000,60,84,false",
            "2026-12-23,phone,10,3,1,2,1,0,1,0.5000,60,0.8000,20,20,false",
        ])
    }

    @Test("Forecast per channel and day: the plan's forecast against what came; a closed day has no row, no person in it")
    func forecast() {
        var input = OpenStatisticsFixture.input
        // Four calls at 09:00 the Wednesday before, five on the day: 4 forecast, 5 came.
        input.forecastHistory = OpenStatisticsFixture.forecastHistory([.phone: (before: 4, came: 5)])
        let table = OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: input).forecastTable
        #expect(lines(table) == [
            "date,channel,forecast_contacts,contacts,forecast_error,absolute_percentage_error,history_days",
            "2026-12-23,phone,4.0000,5,1.0000,0.2000,1",
        ])
        // Without a history read (the report's comparison periods) the table is empty, not wrong.
        #expect(OpenStatistics(configuration: OpenStatisticsFixture.configuration, input: OpenStatisticsFixture.input).forecastTable.rows.isEmpty)
    }

    @Test("Evenness per hour: an hour whose service level reaches the target exactly meets it")
    func hourMeetsTarget() {
        var configuration = OpenStatisticsFixture.configuration
        configuration.targets.serviceLevels[.phone] = ServiceLevelTarget(seconds: 60, percent: 50)
        let table = OpenStatistics(configuration: configuration, input: OpenStatisticsFixture.input).serviceLevelTable
        #expect(lines(table).dropFirst().map { $0.split(separator: ",").last } == ["true", "true"])
    }

    @Test("Operators: only when asked, one row per day and guide")
    func operators() {
        #expect(statistics.tables(includingOperators: false).map(\.name) == [
            "summary", "contacts_by_channel_sector_category", "service_level_by_channel_hour", "forecast_by_channel_day",
            "referrals_by_destination", "knowledge_by_category",
        ])
        #expect(lines(statistics.operatorTable).dropFirst() == ["2026-12-23,kanariefagel,,7,5,0.7143,1,214,300"])
    }

    @Test("stats and the dump agree: the terminal table shows the same FCR, service level and counts the summary holds")
    func statsAgrees() {
        let input = OpenStatisticsFixture.input
        let report = StatisticsReport(
            configuration: OpenStatisticsFixture.configuration, from: input.first, through: input.first,
            contacts: input.contacts, queueCalls: input.queueCalls)
        let text = report.render(SwedishStrings())
        let summary = statistics.summaryTable
        let fcr = Formatting.percent(Double(value(summary, "fcr")!), .swedish)
        let resolvable = Formatting.percent(Double(value(summary, "fcr_resolvable")!), .swedish)
        let total = text.first { $0.hasPrefix("Totalt") }!
        #expect(total.contains(" \(value(summary, "contacts")!) "))
        #expect(total.contains(fcr) && total.contains(resolvable))
        let phone = text.first { $0.hasPrefix("Telefon") && $0.contains("%") && $0.contains(" 5 ") }!
        #expect(phone.contains(Formatting.percent(Double(value(summary, "service_level_phone")!), .swedish)))
        #expect(fcr == "71,4 %" && resolvable == "83,3 %")
    }
}

@Suite("Open statistics: small counts")
struct SmallCountSuppressionTests {
    let rule = SmallCountSuppression(threshold: 3)

    func row(_ group: Int, _ count: Int, sensitive: Bool = false) -> SmallCountSuppression.Row {
        SmallCountSuppression.Row(group: group, count: count, sensitive: sensitive)
    }

    @Test("Small counts outside sensitive categories are published; three or more in a sensitive one too")
    func nothingWithheld() {
        #expect(rule.withheld([row(0, 1), row(0, 2), row(1, 3, sensitive: true)]).isEmpty)
    }

    @Test("Two withheld rows that together hold three or more need nothing more")
    func twoEnough() {
        #expect(rule.withheld([row(0, 1, sensitive: true), row(0, 2, sensitive: true), row(0, 9)]) == [0, 1])
    }

    @Test("One withheld row takes the smallest other row of its group with it, a sensitive one first on a tie")
    func secondary() {
        #expect(rule.withheld([row(0, 5), row(0, 2, sensitive: true), row(0, 4), row(0, 4, sensitive: true)]) == [1, 3])
        // Two small ones that together hold only 2: a third row goes too.
        #expect(rule.withheld([row(0, 1, sensitive: true), row(0, 1, sensitive: true), row(0, 7), row(0, 6)]) == [0, 1, 3])
    }

    @Test("Groups are separate: another channel's rows are never withheld for this one")
    func groups() {
        #expect(rule.withheld([row(0, 1, sensitive: true), row(1, 1), row(0, 10)]) == [0, 2])
        // Alone in its group: withheld, with nothing else to hide behind.
        #expect(rule.withheld([row(0, 2, sensitive: true), row(1, 10)]) == [0])
    }

    @Test("A threshold of 1 withholds nothing")
    func off() {
        #expect(SmallCountSuppression(threshold: 1).withheld([row(0, 1, sensitive: true)]).isEmpty)
    }
}

@Suite("Open statistics: hand-overs and KKiK measures")
struct OpenStatisticsMeasuresTests {
    let zone = Fixtures.stockholm

    func at(_ day: Int, _ hour: Int) -> Date {
        LocalDay(year: 2026, month: 12, day: day).start(in: zone).addingTimeInterval(Double(hour * 3600))
    }

    @Test("A reopened hand-over is open again from the reopening; its day figures follow its history")
    func reopened() {
        let timeline = HandoverTimeline(
            createdAt: at(1, 9), dueDate: LocalDay(year: 2026, month: 12, day: 3),
            changes: [.init(at: at(2, 10), closes: true), .init(at: at(7, 10), closes: false), .init(at: at(9, 10), closes: true)])
        let days = HandoverDay.days([timeline], from: LocalDay(year: 2026, month: 12, day: 1), through: LocalDay(year: 2026, month: 12, day: 10), zone: zone)
        func day(_ number: Int) -> HandoverDay { days[LocalDay(year: 2026, month: 12, day: number)]! }
        #expect(day(1).made == 1)
        #expect(day(2).closed == 1 && day(2).closedOnTime == 1)
        #expect(day(6).overdueAtEnd == 0)
        #expect(day(7).overdueAtEnd == 1 && day(8).overdueAtEnd == 1)
        #expect(day(9).closed == 1 && day(9).closedOnTime == 0 && day(9).overdueAtEnd == 0)
    }

    @Test("E-mail after closing on a Friday before a holiday counts from the next working day")
    func emailAfterClosing() {
        // Friday 2026-01-02 17:00 (after 16:30); Monday 5th is a working day, Tuesday 6th is trettondedag jul.
        let arrived = LocalDay(year: 2026, month: 1, day: 2).start(in: zone).addingTimeInterval(17 * 3600)
        func answered(_ day: Int) -> Contact {
            let start = LocalDay(year: 2026, month: 1, day: day).start(in: zone).addingTimeInterval(10 * 3600)
            return Contact(
                startedAt: start, endedAt: start.addingTimeInterval(60), channel: .digital, medium: .email, category: "avfall",
                sector: "teknik", resolvable: true, operatorUser: "anna", queueWaitSeconds: Int(start.timeIntervalSince(arrived)),
                resolution: .resolved)
        }
        let calendar = WorkingDayCalendar(zone: zone)
        // Counts from Monday 5th: one working day is Wednesday 7th, two is Thursday 8th.
        #expect(EmailReplyTimes(contacts: [answered(7)], calendar: calendar).withinOneWorkingDay == 1)
        let thursday = EmailReplyTimes(contacts: [answered(8)], calendar: calendar)
        #expect(thursday.withinOneWorkingDay == 0 && thursday.withinTwoWorkingDays == 1)
        #expect(EmailReplyTimes(contacts: [answered(9)], calendar: calendar).shareWithinTwo == 0)
    }

    @Test("Direct answers: no calls and no contacts give no rate, not zero")
    func noDirectAnswers() {
        #expect(PhoneDirectAnswer(contacts: [], calls: [], target: ServiceLevelTarget(seconds: 60, percent: 80)).rate == nil)
    }
}
