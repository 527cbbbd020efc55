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

@Suite("Civil date arithmetic and hand-written timestamps")
struct CivilDateTests {
    @Test("Day numbers agree with Foundation's calendar over four centuries, leap days included")
    func agreesWithCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = LocalDay(year: 1900, month: 1, day: 1)
        for _ in 0..<(400 * 366 / 7) { // every 7th day, 1900–2300
            let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
            #expect(CivilDate.days(year: day.year, month: day.month, day: day.day) == Int(date.timeIntervalSince1970) / 86_400)
            let foundationWeekday = calendar.component(.weekday, from: date)
            #expect(day.weekday == (foundationWeekday == 1 ? 7 : foundationWeekday - 1))
            day = day.adding(days: 7)
        }
        #expect(LocalDay(year: 2000, month: 2, day: 28).adding(days: 1) == LocalDay(year: 2000, month: 2, day: 29))
        #expect(LocalDay(year: 2100, month: 2, day: 28).adding(days: 1) == LocalDay(year: 2100, month: 3, day: 1))
    }

    @Test("Timestamps parse exactly like Foundation's ISO 8601 for the forms we accept")
    func agreesWithFoundation() throws {
        for text in ["2026-11-23T09:15:00+01:00", "2026-03-29T01:59:59Z", "1999-12-31T23:59:59-05:30", "2024-02-29T12:00:00+0100"] {
            let ours = try #require(Timestamp.parse(text))
            let theirs = try Date(text.replacingOccurrences(of: "+0100", with: "+01:00"), strategy: .iso8601)
            #expect(ours == theirs, "\(text)")
        }
        #expect(Timestamp.parse("2026-11-23T09:15:00.5Z")!.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) == 0.5)
    }

    @Test("Impossible or incomplete timestamps are refused",
          arguments: ["2026-02-29T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T09:60:00Z", "2026-11-23 09:15:00Z",
                      "2026-11-23T09:15Z", "2026-11-23T09:15:00+1", "2026-11-23T09:15:00.Z", "2026-11-23T09:15:00Zjunk", ""])
    func refused(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test("Written timestamps: UTC with Z, local with the offset of the day (DST)")
    func writing() {
        let winter = Timestamp.parse("2026-01-15T08:00:00Z")!
        let summer = Timestamp.parse("2026-07-15T08:00:00Z")!
        #expect(Timestamp.utcText(winter) == "2026-01-15T08:00:00Z")
        #expect(Timestamp.localText(winter, in: Fixtures.stockholm) == "2026-01-15T09:00:00+01:00")
        #expect(Timestamp.localText(summer, in: Fixtures.stockholm) == "2026-07-15T10:00:00+02:00")
        #expect(Timestamp.utcText(Timestamp.parse("1969-12-31T23:59:59Z")!) == "1969-12-31T23:59:59Z")
    }

    @Test("Local hours either side of the autumn DST change")
    func autumn() {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET.
        #expect(localHour(of: Timestamp.parse("2026-10-25T00:30:00Z")!, in: Fixtures.stockholm) == 2)
        #expect(localHour(of: Timestamp.parse("2026-10-25T01:30:00Z")!, in: Fixtures.stockholm) == 2)
        #expect(localHour(of: Timestamp.parse("2026-10-25T02:30:00Z")!, in: Fixtures.stockholm) == 3)
        #expect(LocalDay(Timestamp.parse("2026-10-24T22:30:00Z")!, in: Fixtures.stockholm) == LocalDay("2026-10-25"))
    }
}
