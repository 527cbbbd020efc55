import Foundation

/// The days Swedish public offices are closed besides weekends (helgdagar, plus midsommarafton,
/// julafton and nyårsafton, which are de-facto non-working days), for any year.
public enum SwedishHolidays {
    /// One closed day and its Swedish name.
    public struct Holiday: Hashable, Sendable {
        public var day: LocalDay
        public var name: String
    }

    /// The year's closed days as a set, worked out once per year and kept: statistics ask
    /// "is this a working day?" for every e-mail of a year.
    public static func days(in year: Int) -> Set<LocalDay> {
        lock.lock()
        defer { lock.unlock() }
        if let days = cache[year] { return days }
        let days = Set(holidays(in: year).map(\.day))
        cache[year] = days
        return days
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [Int: Set<LocalDay>] = [:]

    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(year)
        let midsummerEve = firstDay(weekday: 5, onOrAfter: LocalDay(year: year, month: 6, day: 19)) // Friday 19–25 June
        let allSaints = firstDay(weekday: 6, onOrAfter: LocalDay(year: year, month: 10, day: 31)) // Saturday 31 Oct–6 Nov
        return [
            Holiday(day: LocalDay(year: year, month: 1, day: 1), name: "Nyårsdagen"),
            Holiday(day: LocalDay(year: year, month: 1, day: 6), name: "Trettondedag jul"),
            Holiday(day: easter.adding(days: -2), name: "Långfredagen"),
            Holiday(day: easter.adding(days: -1), name: "Påskafton"),
            Holiday(day: easter, name: "Påskdagen"),
            Holiday(day: easter.adding(days: 1), name: "Annandag påsk"),
            Holiday(day: LocalDay(year: year, month: 5, day: 1), name: "Första maj"),
            Holiday(day: easter.adding(days: 39), name: "Kristi himmelsfärdsdag"),
            Holiday(day: easter.adding(days: 49), name: "Pingstdagen"),
            Holiday(day: LocalDay(year: year, month: 6, day: 6), name: "Sveriges nationaldag"),
            Holiday(day: midsummerEve, name: "Midsommarafton"),
            Holiday(day: midsummerEve.adding(days: 1), name: "Midsommardagen"),
            Holiday(day: allSaints, name: "Alla helgons dag"),
            Holiday(day: LocalDay(year: year, month: 12, day: 24), name: "Julafton"),
            Holiday(day: LocalDay(year: year, month: 12, day: 25), name: "Juldagen"),
            Holiday(day: LocalDay(year: year, month: 12, day: 26), name: "Annandag jul"),
            Holiday(day: LocalDay(year: year, month: 12, day: 31), name: "Nyårsafton"),
        ]
    }

    /// Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus).
    public static func easterSunday(_ year: Int) -> LocalDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDay(year: year, month: month, day: day)
    }

    /// The first day with ISO `weekday` (1 = Monday) on or after `day`.
    static func firstDay(weekday: Int, onOrAfter day: LocalDay) -> LocalDay {
        day.adding(days: (weekday - day.weekday + 7) % 7)
    }
}
