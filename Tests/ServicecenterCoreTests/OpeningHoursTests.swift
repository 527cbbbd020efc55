import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Opening hours: per weekday, closed on holidays, and the hour axis they give")
struct OpeningHoursTests {
    let calendar = Fixtures.configuration.workingDays

    @Test("Intervals read as HH:MM-HH:MM with the first earlier; anything else is nil")
    func parse() {
        #expect(OpeningHours.Interval.parse("08:00-16:30") == .init(opens: 480, closes: 990))
        #expect(OpeningHours.Interval.parse("10:00-24:00") == .init(opens: 600, closes: 1_440))
        for bad in ["8-16", "16:30-08:00", "08:00-08:00", "08:00", "25:00-26:00", "08:00-16:30-17:00", "08.00-16.30", ""] {
            #expect(OpeningHours.Interval.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("A holiday and a closed day are closed whatever the weekday says")
    func holidays() {
        var calendar = self.calendar
        calendar.closedDays = [LocalDay("2026-11-24")!]
        let hours = OpeningHours.standard
        #expect(hours.interval(on: LocalDay("2026-11-23")!, calendar: calendar) != nil)
        #expect(hours.interval(on: LocalDay("2026-11-24")!, calendar: calendar) == nil)
        #expect(hours.interval(on: LocalDay("2026-12-25")!, calendar: calendar) == nil)
        #expect(hours.interval(on: LocalDay("2026-11-28")!, calendar: calendar) == nil)
        #expect(hours.isOpen(at: Fixtures.time(8), calendar: calendar))
        #expect(!hours.isOpen(at: Fixtures.time(16, 30), calendar: calendar))
        #expect(!hours.isOpen(at: Fixtures.time(23, 1), calendar: calendar))
    }

    @Test("The axis runs from the earliest opening to the latest closing hour; outside hours go to one bucket")
    func axis() {
        #expect(OpeningHours.standard.hourAxis == 8...16)
        var late = OpeningHours.standard
        late.weekdays[3] = .init(opens: 7 * 60, closes: 19 * 60)
        #expect(late.hourAxis == 7...18)
        var counts = [Int](repeating: 0, count: 24)
        counts[9] = 4
        #expect(HourAxis(opening: .standard, counts: [counts]).hasOther == false)
        counts[23] = 1
        counts[6] = 2
        let axis = HourAxis(opening: .standard, counts: [counts])
        #expect(axis.hours == 8...16 && axis.hasOther)
        #expect(axis.values(counts) == [0, 4, 0, 0, 0, 0, 0, 0, 0, 3])
    }
}
