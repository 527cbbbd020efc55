import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Local days and timestamps")
struct LocalDayTests {
    @Test("Dates parse strictly")
    func parsing() {
        #expect(LocalDay("2026-11-23") == LocalDay(year: 2026, month: 11, day: 23))
        #expect(LocalDay("2024-02-29") != nil)
        #expect(LocalDay("2026-02-29") == nil)
        #expect(LocalDay("2026-13-01") == nil)
        #expect(LocalDay("26-11-23") == nil)
        #expect(LocalDay("2026-11-23x") == nil)
    }

    @Test("Weekdays are ISO: Monday 1, Sunday 7")
    func weekdays() {
        #expect(LocalDay("2026-11-23")!.weekday == 1)
        #expect(LocalDay("2026-11-29")!.weekday == 7)
        #expect(LocalDay("2026-12-31")!.adding(days: 1) == LocalDay("2027-01-01"))
        #expect(LocalDay("2028-03-01")!.adding(days: -1) == LocalDay("2028-02-29"))
    }

    @Test("A contact just after midnight Stockholm time belongs to that local day, not UTC's")
    func localDay() {
        let date = Timestamp.parse("2026-11-22T23:30:00Z")! // 00:30 on the 23rd in Stockholm
        #expect(LocalDay(date, in: Fixtures.stockholm) == LocalDay("2026-11-23"))
        #expect(localHour(of: date, in: Fixtures.stockholm) == 0)
    }

    @Test("The day DST starts is 23 hours long and starts at local midnight")
    func daylightSaving() {
        let day = LocalDay("2026-03-29")!
        let length = day.adding(days: 1).start(in: Fixtures.stockholm).timeIntervalSince(day.start(in: Fixtures.stockholm))
        #expect(length == 23 * 3600)
    }

    @Test("Timestamps need an offset and round-trip through UTC text")
    func timestamps() {
        #expect(Timestamp.parse("2026-11-23T09:15:00+01:00") != nil)
        #expect(Timestamp.parse("2026-11-23T09:15:00.250Z") != nil)
        #expect(Timestamp.parse("2026-11-23T09:15:00") == nil)
        #expect(Timestamp.parse("2026-11-23") == nil)
        let date = Timestamp.parse("2026-11-23T09:15:00+01:00")!
        #expect(Timestamp.utcText(date) == "2026-11-23T08:15:00Z")
    }
}
