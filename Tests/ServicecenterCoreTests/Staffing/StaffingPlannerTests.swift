import Foundation
import Testing
@testable import ServicecenterCore

/// The forecast and plan for a day, worked out by hand from a small history.
@Suite("Staffing: forecast and plan")
struct StaffingPlannerTests {
    /// Monday 7 December 2026, planned from the two Mondays before.
    let day = LocalDay(year: 2026, month: 12, day: 7)

    func planner(weeks: Int = 2, configure: (inout Configuration) -> Void = { _ in }) -> StaffingPlanner {
        var configuration = Fixtures.configuration
        configuration.staffing.historyWeeks = weeks
        configure(&configuration)
        return StaffingPlanner(configuration: configuration)
    }

    /// 10 and 20 phone calls at 09:00–09:30 on the two Mondays; one e-mail at 10:00 to show the day had data.
    var history: StaffingHistory {
        let first = LocalDay(year: 2026, month: 11, day: 30), second = LocalDay(year: 2026, month: 11, day: 23)
        return StaffingHistory(intervalMinutes: 30, days: [first, second], cells: [
            .init(day: first, channel: .phone, interval: 18, contacts: 10, handlingSeconds: 1_800),
            .init(day: second, channel: .phone, interval: 18, contacts: 20, handlingSeconds: 3_600),
            .init(day: second, channel: .digital, interval: 20, contacts: 4, handlingSeconds: 2_400),
        ])
    }

    @Test func historyIsTheSameWeekdayBefore() {
        #expect(planner().historyDays(for: day) == [LocalDay(year: 2026, month: 11, day: 30), LocalDay(year: 2026, month: 11, day: 23)])
    }

    /// Wednesday 20 May 2026: the Wednesday before was the eve of Kristi himmelsfärd (14 May) and
    /// is replaced by an earlier one; so is a holiday itself (Friday 1 May for Friday 8 May).
    @Test func eveAndHolidaySkipped() {
        let planner = planner(weeks: 3)
        #expect(planner.isDayBeforeHoliday(LocalDay(year: 2026, month: 5, day: 13)))
        #expect(!planner.isDayBeforeHoliday(LocalDay(year: 2026, month: 5, day: 6)))
        #expect(planner.historyDays(for: LocalDay(year: 2026, month: 5, day: 20)) == [
            LocalDay(year: 2026, month: 5, day: 6), LocalDay(year: 2026, month: 4, day: 29), LocalDay(year: 2026, month: 4, day: 22),
        ])
        #expect(!planner.historyDays(for: LocalDay(year: 2026, month: 5, day: 8)).contains(LocalDay(year: 2026, month: 5, day: 1)))
    }

    @Test func forecastIsTheMeanOfTheWeeks() throws {
        let plan = planner().plan(for: day, history: history)
        let phone = plan.intervals.filter { $0.channel == .phone }
        // 08:00–16:30 in half hours.
        #expect(phone.count == 17)
        let nine = try #require(phone.first { $0.start == Timestamp.parse("2026-12-07T09:00:00+01:00") })
        #expect(nine.forecast == 15)
        #expect(nine.handlingSeconds == 180)
        #expect(nine.problem == nil)
        let expected = try StaffNeeded.queue(
            contacts: 15, intervalSeconds: 1800, handlingSeconds: 180, target: ServiceLevelTarget(seconds: 60, percent: 80),
            occupancyCap: 0.85
        ).get()
        #expect(nine.needed == expected.agents)
        #expect(nine.toSchedule(shrinkage: 0.3) == Int((Double(expected.agents) / 0.7).rounded(.up)))
        // A quiet half hour: nothing expected, the channel's mean handling time, nobody needed.
        let eight = try #require(phone.first)
        #expect(eight.forecast == 0 && eight.handlingSeconds == 180 && eight.needed == 0)
        // E-mail is deferred work: 2 expected of 10 min in half an hour at 85 % is one guide.
        let mail = try #require(plan.intervals.first { $0.channel == .digital && $0.forecast == 2 })
        #expect(mail.model == .deferred && mail.needed == 1)
    }

    @Test func thinHistorySaysSo() throws {
        let plan = planner(weeks: 8).plan(for: day, history: history)
        let nine = try #require(plan.intervals.first { $0.channel == .phone && $0.forecast == 15 })
        #expect(nine.problem == .thinHistory(weeks: 2))
        #expect(nine.needed != nil)
    }

    @Test func withoutHistoryNothingIsGuessed() {
        let plan = planner().plan(for: day, history: StaffingHistory(intervalMinutes: 30, days: planner().historyDays(for: day)))
        #expect(!plan.intervals.isEmpty)
        #expect(plan.intervals.allSatisfy { $0.problem == .noHistory && $0.forecast == nil && $0.needed == nil })
        // A channel with no contacts on the days that had some: no history for it either.
        let visit = planner().plan(for: day, history: history).intervals.filter { $0.channel == .visit }
        #expect(visit.allSatisfy { $0.problem == .noHistory })
    }

    @Test func closedDaysHaveNoPlan() {
        #expect(planner().plan(for: LocalDay(year: 2026, month: 12, day: 5), history: history).intervals.isEmpty)
        #expect(planner().plan(for: LocalDay(year: 2026, month: 12, day: 24), history: history).intervals.isEmpty)
    }

    @Test func missingTargetAndHandlingTimeAreNamed() throws {
        let withoutTarget = planner { $0.targets.serviceLevels[.phone] = nil }.plan(for: day, history: history)
        #expect(withoutTarget.intervals.filter { $0.channel == .phone }.allSatisfy { $0.problem == .noTarget && $0.needed == nil })
        var zero = history
        zero.cells = zero.cells.map { var cell = $0; cell.handlingSeconds = 0; return cell }
        let withoutHandling = planner().plan(for: day, history: zero)
        let nine = try #require(withoutHandling.intervals.first { $0.channel == .phone && $0.forecast == 15 })
        #expect(nine.problem == .noHandlingTime && nine.needed == nil)
    }

    /// Patience measured (waits ÷ abandons) makes it Erlang A.
    @Test func measuredAbandonmentUsesErlangA() throws {
        var withPatience = history
        withPatience.waiting[.phone] = StaffingHistory.Waiting(waitedSeconds: 6_000, abandoned: 50)
        #expect(withPatience.waiting[.phone]?.patienceSeconds == 120)
        let nine = try #require(planner().plan(for: day, history: withPatience).intervals.first { $0.channel == .phone && $0.forecast == 15 })
        #expect(nine.model == .erlangA)
        #expect(StaffingHistory.Waiting(waitedSeconds: 100, abandoned: 0).patienceSeconds == nil)
    }

    /// Who was on the channel in an interval, from the day's status changes.
    @Test func loggedInFromStatusChanges() {
        let nine = Timestamp.parse("2026-12-07T09:00:00+01:00")!
        let changes = [
            OperatorPresence(user: "anna", status: .available, channel: .phone, station: nil, since: nine.addingTimeInterval(-600)),
            OperatorPresence(user: "bo", status: .available, channel: .visit, station: nil, since: nine),
            OperatorPresence(user: "cia", status: .available, channel: .phone, station: nil, since: nine.addingTimeInterval(1200)),
            OperatorPresence(user: "cia", status: .loggedOut, channel: nil, station: nil, since: nine.addingTimeInterval(1500)),
            OperatorPresence(user: "dan", status: .available, channel: .phone, station: nil, since: nine.addingTimeInterval(-3600)),
            OperatorPresence(user: "dan", status: .loggedOut, channel: nil, station: nil, since: nine.addingTimeInterval(-60)),
        ]
        #expect(StaffingReview.loggedIn(changes, channel: .phone, from: nine, to: nine.addingTimeInterval(1800)) == 2)
    }

    /// Today's review stops at now: a half hour still to come has no outcome rather than a zero.
    @Test func todayIsReviewedUntilNow() throws {
        let plan = planner().plan(for: day, history: history)
        let ten = try #require(Timestamp.parse("2026-12-07T10:00:00+01:00"))
        let review = StaffingReview(plan: plan, contacts: [], calls: [], targets: Fixtures.configuration.targets, until: ten.addingTimeInterval(60))
        #expect(!review.rows.isEmpty && review.rows.allSatisfy { $0.planned.start <= ten })
        let later = try #require(plan.intervals.first { $0.channel == .phone && $0.start > ten })
        #expect(review.outcome(of: later) == nil)
        let begun = try #require(plan.intervals.first { $0.channel == .phone && $0.start == ten })
        #expect(review.outcome(of: begun)?.actualContacts == 0)
    }
}
