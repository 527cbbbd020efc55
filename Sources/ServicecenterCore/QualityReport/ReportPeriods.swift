/// The periods a quality report sets its own beside: the one just before it and the same one a
/// year earlier, chosen so that like is compared with like (a month with a month, a Monday
/// with a Monday).
public struct ReportPeriods: Hashable, Sendable {
    /// A span of local days, first through last.
    public struct Span: Hashable, Sendable {
        public var first: LocalDay
        public var last: LocalDay

        public init(first: LocalDay, last: LocalDay) {
            self.first = first
            self.last = last
        }

        /// "2026-11-01 – 2026-11-30", or the day alone.
        public var label: String { first == last ? first.description : "\(first) – \(last)" }
    }

    public var current: Span
    public var previous: Span
    public var yearEarlier: Span

    /// - A calendar year: the year before (then both comparisons are that year, read once).
    /// - A calendar month: the month before, and the same month a year earlier.
    /// - One day: the same weekday a week earlier and 52 weeks earlier (a Monday's queue is
    ///   not a Sunday's).
    /// - Any other period: as many days just before it, and the same dates a year earlier.
    public init(first: LocalDay, last: LocalDay) {
        current = Span(first: first, last: last)
        if first == last {
            previous = Span(first: first.adding(days: -7), last: first.adding(days: -7))
            yearEarlier = Span(first: first.adding(days: -364), last: first.adding(days: -364))
        } else if first.month == 1, first.day == 1, last.month == 12, last.day == 31, first.year == last.year {
            previous = Span(first: Self.shift(first, years: -1), last: Self.shift(last, years: -1))
            yearEarlier = previous
        } else if first.day == 1, first.year == last.year, first.month == last.month,
                  last.day == LocalDay.daysIn(month: last.month, year: last.year) {
            let month = first.month == 1 ? LocalDay(year: first.year - 1, month: 12, day: 1) : LocalDay(year: first.year, month: first.month - 1, day: 1)
            previous = Span(first: month, last: LocalDay(year: month.year, month: month.month, day: LocalDay.daysIn(month: month.month, year: month.year)))
            yearEarlier = Span(
                first: Self.shift(first, years: -1),
                last: LocalDay(year: last.year - 1, month: last.month, day: LocalDay.daysIn(month: last.month, year: last.year - 1)))
        } else {
            let length = last.daysSince(first) + 1
            previous = Span(first: first.adding(days: -length), last: first.adding(days: -1))
            yearEarlier = Span(first: Self.shift(first, years: -1), last: Self.shift(last, years: -1))
        }
    }

    /// The same date `years` away; 29 February becomes the 28th in a common year.
    static func shift(_ day: LocalDay, years: Int) -> LocalDay {
        let year = day.year + years
        return LocalDay(year: year, month: day.month, day: min(day.day, LocalDay.daysIn(month: day.month, year: year)))
    }
}
