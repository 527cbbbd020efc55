/// The days a report has still to count when a store keeps the days it counted before
/// (`report_day` on both backends): the missing ones as runs of consecutive days, and those
/// runs in parts a store counts at once, so a first report of decades never holds every day's
/// slots together.
public enum CountedDays {
    /// The most days one part spans.
    public static let daysCountedAtOnce = 92

    /// The days from `first` through `last` not in `kept`, as runs of consecutive days.
    public static func runs<Counts>(
        from first: LocalDay, through last: LocalDay, missingFrom kept: [LocalDay: Counts]
    ) -> [(first: LocalDay, last: LocalDay)] {
        var runs: [(first: LocalDay, last: LocalDay)] = []
        var day = first
        while day <= last {
            if kept[day] == nil {
                if let run = runs.last, run.last.adding(days: 1) == day {
                    runs[runs.count - 1].last = day
                } else {
                    runs.append((day, day))
                }
            }
            day = day.adding(days: 1)
        }
        return runs
    }

    /// `runs` (in order) in parts whose first and last day lie at most `span` days apart,
    /// a run longer than that cut into pieces.
    public static func parts(
        of runs: [(first: LocalDay, last: LocalDay)], spanning span: Int = daysCountedAtOnce
    ) -> [[(first: LocalDay, last: LocalDay)]] {
        var parts: [[(first: LocalDay, last: LocalDay)]] = []
        for run in runs {
            var start = run.first
            while start <= run.last {
                let end = min(run.last, start.adding(days: span - 1))
                if let partFirst = parts.last?.first?.first, end.daysSince(partFirst) < span {
                    parts[parts.count - 1].append((start, end))
                } else {
                    parts.append([(start, end)])
                }
                start = end.adding(days: 1)
            }
        }
        return parts
    }
}
