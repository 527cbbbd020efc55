import Foundation

/// A calendar day in the site's time zone, as statistics count them ("2026-11-23").
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The local day containing `date` in `zone` (the zone's offset at that instant, so DST is right).
    public init(_ date: Date, in zone: TimeZone) {
        self.init(dayNumber: LocalDay.localSeconds(of: date, in: zone).day)
    }

    /// The day `dayNumber` days after 1970-01-01.
    init(dayNumber: Int) {
        let (year, month, day) = CivilDate.civil(days: dayNumber)
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int { CivilDate.days(year: year, month: month, day: day) }

    /// The local day number and the second of that day at which `date` falls in `zone`.
    static func localSeconds(of date: Date, in zone: TimeZone) -> (day: Int, second: Int) {
        let utc = Int(date.timeIntervalSince1970.rounded(.down))
        let seconds = utc + ZoneOffsets.of(zone).offset(at: utc, date: date)
        let (day, second) = CivilDate.floorDivide(seconds, 86_400)
        return (day, second)
    }

    public var description: String {
        Timestamp.pad(year, 4) + "-" + Timestamp.pad(month) + "-" + Timestamp.pad(day)
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Midnight at the start of this day in `zone` (DST-safe: asks the calendar, never adds 24 h).
    public func start(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    public func adding(days: Int) -> LocalDay {
        LocalDay(dayNumber: dayNumber + days)
    }

    /// Days from `earlier` to this day: 0 for the same day, negative when `earlier` is later.
    public func daysSince(_ earlier: LocalDay) -> Int { dayNumber - earlier.dayNumber }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int {
        CivilDate.floorDivide(dayNumber + 3, 7).remainder + 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The local hour (0–23) of `date` in `zone`.
public func localHour(of date: Date, in zone: TimeZone) -> Int {
    LocalDay.localSeconds(of: date, in: zone).second / 3600
}
