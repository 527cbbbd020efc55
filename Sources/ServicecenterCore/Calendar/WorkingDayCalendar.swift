import Foundation

/// Arbetsdagar: which days the municipality works, and due dates counted in them.
///
/// Weekends, Swedish holidays and the site's extra closed days are not working days. Days
/// are local days in the site's zone, so a DST change never moves a due date.
public struct WorkingDayCalendar: Sendable {
    public var zone: TimeZone
    /// Extra closed days from the configuration (klämdagar, a move, a strike).
    public var closedDays: Set<LocalDay>
    /// Minutes after local midnight at which the servicecenter closes; later hand-overs count from the next working day.
    public var closingMinute: Int

    public init(zone: TimeZone, closedDays: Set<LocalDay> = [], closingMinute: Int = 16 * 60 + 30) {
        self.zone = zone
        self.closedDays = closedDays
        self.closingMinute = closingMinute
    }

    public func isWorkingDay(_ day: LocalDay) -> Bool {
        guard day.weekday <= 5, !closedDays.contains(day) else { return false }
        return !SwedishHolidays.days(in: day.year).contains(day)
    }

    /// The first working day on or after `day`.
    public func workingDay(onOrAfter day: LocalDay) -> LocalDay {
        var candidate = day
        while !isWorkingDay(candidate) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// The working day `count` working days after `day` (0: `day` itself, moved to a working day).
    public func adding(workingDays count: Int, to day: LocalDay) -> LocalDay {
        var current = workingDay(onOrAfter: day)
        var remaining = count
        while remaining > 0 {
            current = workingDay(onOrAfter: current.adding(days: 1))
            remaining -= 1
        }
        return current
    }

    /// When something handed over at `moment` is due: `workingDays` working days after the
    /// day it counts from, which is that day if it is a working day before closing time,
    /// else the next working day.
    public func dueDate(from moment: Date, workingDays: Int) -> LocalDay {
        let (dayNumber, second) = LocalDay.localSeconds(of: moment, in: zone)
        var start = LocalDay(dayNumber: dayNumber)
        if !isWorkingDay(start) || second >= closingMinute * 60 {
            start = workingDay(onOrAfter: start.adding(days: 1))
        }
        return adding(workingDays: workingDays, to: start)
    }

    /// Working days from `start` to `end`: 0 on the same day, negative when `end` is earlier.
    public func workingDays(from start: LocalDay, to end: LocalDay) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }
}
