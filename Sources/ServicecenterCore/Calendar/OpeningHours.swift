import Foundation

/// Öppettider: when the servicecenter is open, per weekday. Swedish public holidays and the
/// site's closed days are closed whatever the weekday says.
///
/// The demo makes contacts only inside these hours, and the hour axes of the dashboard and the
/// statistics page run from the earliest opening to the latest closing instead of 0–23.
public struct OpeningHours: Hashable, Sendable {
    /// One day's opening: minutes after local midnight, `opens` < `closes`.
    public struct Interval: Hashable, Sendable {
        public var opens: Int
        public var closes: Int

        public init(opens: Int, closes: Int) {
            self.opens = opens
            self.closes = closes
        }

        /// Reads `"08:00-16:30"`; nil when it is not two times of day with the first earlier.
        public static func parse(_ text: String) -> Interval? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let opens = minute(parts[0]), let closes = minute(parts[1]) ?? (parts[1] == "24:00" ? 1_440 : nil),
                  opens < closes
            else { return nil }
            return Interval(opens: opens, closes: closes)
        }

        /// `HH:MM` as minutes after midnight.
        static func minute(_ text: Substring) -> Int? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
                  let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
            return hour * 60 + minute
        }

        public var description: String {
            func hhmm(_ minute: Int) -> String { Timestamp.pad(minute / 60) + ":" + Timestamp.pad(minute % 60) }
            return hhmm(opens) + "-" + hhmm(closes)
        }
    }

    /// The configuration's key for each weekday, Monday first (ISO weekday 1 is index 0).
    public static let weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Monday first; nil: closed that weekday.
    public var weekdays: [Interval?]
    /// Where `[site.opening_hours]` stands, for located problems.
    public var location: SourceLocation?

    public init(weekdays: [Interval?], location: SourceLocation? = nil) {
        precondition(weekdays.count == 7, "one entry per weekday")
        self.weekdays = weekdays
        self.location = location
    }

    /// Weekdays 08:00–16:30, weekends closed: what the shipped configuration states, and the
    /// hours a site without `[site.opening_hours]` is taken to keep.
    public static let standard = OpeningHours(
        weekdays: Array(repeating: Interval(opens: 8 * 60, closes: 16 * 60 + 30), count: 5) + [nil, nil])

    /// The opening on `day`, or nil when it is closed: a weekday without hours, a Swedish
    /// public holiday or one of the calendar's closed days.
    public func interval(on day: LocalDay, calendar: WorkingDayCalendar) -> Interval? {
        guard let interval = weekdays[day.weekday - 1], !calendar.closedDays.contains(day),
              !SwedishHolidays.days(in: day.year).contains(day)
        else { return nil }
        return interval
    }

    /// Whether the servicecenter is open at `date` (local time in the calendar's zone).
    public func isOpen(at date: Date, calendar: WorkingDayCalendar) -> Bool {
        let day = LocalDay(date, in: calendar.zone)
        guard let interval = interval(on: day, calendar: calendar) else { return false }
        let minute = LocalDay.localSeconds(of: date, in: calendar.zone).second / 60
        return minute >= interval.opens && minute < interval.closes
    }

    /// The hours a day chart shows: from the earliest opening hour to the hour of the latest
    /// closing (16:30 closes inside hour 16, so 8...16). 0...23 when no day is open.
    public var hourAxis: ClosedRange<Int> {
        let open = weekdays.compactMap { $0 }
        guard let first = open.map(\.opens).min(), let last = open.map(\.closes).max() else { return 0...23 }
        return (first / 60)...max(first / 60, (last - 1) / 60)
    }
}
