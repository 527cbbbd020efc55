import Foundation

/// The span of days and times the servicecenter takes from outside (a contact's start and
/// end, a queue event, a day on the command line): 1970-01-01 to 2099-12-31.
///
/// ISO 8601 happily writes year 0000 or, with an offset, year 10000, and arithmetic on
/// such a time (a hand-over due some working days later, the day's UTC text) runs off the
/// four-digit years the store keeps and sorts as text. Nothing a municipality logs is that
/// old or that far ahead, so such a time is refused at the door with the window named,
/// and every computed date stays within four digits.
public enum AcceptedTimes {
    /// The first accepted day.
    public static let firstDay = LocalDay(year: 1970, month: 1, day: 1)
    /// The last accepted day.
    public static let lastDay = LocalDay(year: 2099, month: 12, day: 31)

    /// The first and last accepted instants, in UTC.
    public static let earliest = Date(timeIntervalSince1970: Double(firstDay.dayNumber) * 86_400)
    public static let latest = Date(timeIntervalSince1970: Double(lastDay.dayNumber + 1) * 86_400 - 1)

    /// Whether `date` lies in the window.
    public static func contains(_ date: Date) -> Bool { date >= earliest && date <= latest }

    /// Whether `day` lies in the window.
    public static func contains(_ day: LocalDay) -> Bool { day >= firstDay && day <= lastDay }

    /// The window as people read it: `1970-01-01 – 2099-12-31`.
    public static var description: String { "\(firstDay) – \(lastDay)" }

    /// A timestamp from outside: parsed, then held to the window; a problem naming the field
    /// goes into `problems` instead.
    static func parse(_ value: String, field: String, problems: inout [ContactProblem]) -> Date? {
        guard let date = Timestamp.parse(value) else {
            problems.append(.malformedDate(field: field, value: value))
            return nil
        }
        guard contains(date) else {
            problems.append(.dateOutsideWindow(field: field, value: value))
            return nil
        }
        return date
    }
}
