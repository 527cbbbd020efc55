import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Swedish working days")
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar(zone: Fixtures.stockholm)

    func day(_ text: String) -> LocalDay { LocalDay(text)! }

    @Test("Easter Sunday by the computus matches the almanac",
          arguments: [(2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
                      (2027, "2027-03-28"), (2038, "2038-04-25"), (2000, "2000-04-23"), (1818, "1818-03-22"), (2285, "2285-03-22")])
    func easter(year: Int, expected: String) {
        #expect(SwedishHolidays.easterSunday(year) == day(expected))
    }

    @Test("2026's holidays as the almanac lists them")
    func holidays2026() {
        let names = Dictionary(uniqueKeysWithValues: SwedishHolidays.holidays(in: 2026).map { ($0.day.description, $0.name) })
        #expect(names["2026-04-03"] == "Långfredagen")
        #expect(names["2026-04-06"] == "Annandag påsk")
        #expect(names["2026-05-14"] == "Kristi himmelsfärdsdag")
        #expect(names["2026-06-19"] == "Midsommarafton")
        #expect(names["2026-06-20"] == "Midsommardagen")
        #expect(names["2026-10-31"] == "Alla helgons dag")
        #expect(names["2026-01-06"] == "Trettondedag jul")
        #expect(SwedishHolidays.holidays(in: 2025).first { $0.name == "Midsommarafton" }?.day == day("2025-06-20"))
        #expect(SwedishHolidays.holidays(in: 2025).first { $0.name == "Alla helgons dag" }?.day == day("2025-11-01"))
        #expect(SwedishHolidays.holidays(in: 2024).first { $0.name == "Midsommarafton" }?.day == day("2024-06-21"))
    }

    @Test("Forwarded on the Thursday before Easter: due after Good Friday and Easter Monday")
    func easterThursday() {
        let thursday = Timestamp.parse("2026-04-02T10:00:00+02:00")!
        #expect(calendar.dueDate(from: thursday, workingDays: 2) == day("2026-04-08"))
        #expect(calendar.dueDate(from: thursday, workingDays: 1) == day("2026-04-07"))
        #expect(calendar.dueDate(from: thursday, workingDays: 0) == day("2026-04-02"))
    }

    @Test("After closing time, or on a closed day, counting starts on the next working day")
    func closingTime() {
        #expect(calendar.dueDate(from: Timestamp.parse("2026-11-23T16:29:00+01:00")!, workingDays: 2) == day("2026-11-25"))
        #expect(calendar.dueDate(from: Timestamp.parse("2026-11-23T16:30:00+01:00")!, workingDays: 2) == day("2026-11-26"))
        // Saturday: counts from Monday.
        #expect(calendar.dueDate(from: Timestamp.parse("2026-11-28T11:00:00+01:00")!, workingDays: 2) == day("2026-12-02"))
    }

    @Test("Across the year end: julafton to trettondedag jul")
    func yearEnd() {
        // Monday 2026-12-21 + 5: 22, 23, (24, 25, 26, 27 closed), 28, 29, 30 → 30th; (31, 1 Jan closed).
        #expect(calendar.adding(workingDays: 5, to: day("2026-12-21")) == day("2026-12-30"))
        #expect(calendar.adding(workingDays: 6, to: day("2026-12-21")) == day("2027-01-04"))
        #expect(calendar.adding(workingDays: 7, to: day("2026-12-21")) == day("2027-01-05"))
        #expect(calendar.adding(workingDays: 8, to: day("2026-12-21")) == day("2027-01-07"))
    }

    @Test("Midsommar and a leap day")
    func midsummerAndLeapDay() {
        // Thursday 2026-06-18 + 1: Friday is midsommarafton → Monday 22nd.
        #expect(calendar.adding(workingDays: 1, to: day("2026-06-18")) == day("2026-06-22"))
        // 2028-02-28 (Monday) + 1 = the leap day, a Tuesday.
        #expect(calendar.adding(workingDays: 1, to: day("2028-02-28")) == day("2028-02-29"))
        #expect(calendar.adding(workingDays: 2, to: day("2028-02-28")) == day("2028-03-01"))
    }

    @Test("A DST change never shifts a due date: the local day is what counts")
    func daylightSaving() {
        // 2026-03-29 02:00 CET → 03:00 CEST. Friday evening before and the following Monday.
        let beforeChange = Timestamp.parse("2026-03-27T10:00:00+01:00")!
        #expect(calendar.dueDate(from: beforeChange, workingDays: 2) == day("2026-03-31"))
        // 00:30 local on Monday 30 March is 22:30 UTC on Sunday: still Monday's hand-over.
        let justAfterMidnight = Timestamp.parse("2026-03-29T22:30:00Z")!
        #expect(calendar.dueDate(from: justAfterMidnight, workingDays: 0) == day("2026-03-30"))
        // Autumn: 2026-10-25 03:00 CEST → 02:00 CET; a Friday 16:00 hand-over is due Tuesday.
        #expect(calendar.dueDate(from: Timestamp.parse("2026-10-23T16:00:00+02:00")!, workingDays: 2) == day("2026-10-27"))
    }

    @Test("Extra closed days from the configuration are skipped; working days are counted between dates")
    func closedDaysAndCounting() {
        let closed = WorkingDayCalendar(zone: Fixtures.stockholm, closedDays: [day("2026-11-24")])
        #expect(closed.adding(workingDays: 1, to: day("2026-11-23")) == day("2026-11-25"))
        #expect(calendar.workingDays(from: day("2026-04-02"), to: day("2026-04-08")) == 2)
        #expect(calendar.workingDays(from: day("2026-11-23"), to: day("2026-11-23")) == 0)
        #expect(calendar.workingDays(from: day("2026-11-25"), to: day("2026-11-23")) == -2)
    }
}
