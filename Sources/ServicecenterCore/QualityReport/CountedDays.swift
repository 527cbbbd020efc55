/// The days a report has still to count when a store keeps the days it counted before
/// (`report_day` on both backends): the missing ones as runs of consecutive days, and those
/// runs in parts a store counts at once, so a first report of decades never holds every day's
/// slots together.
public enum CountedDays {
    /// The most days one part spans.
    public static let daysCountedAtOnce = 92

    /// A period's counts from the days a store keeps and those it counts now, the way both
    /// backends make them: the missing days claimed (`claim` says whether it could), counted in
    /// a read begun after the claim, and kept only if they were claimed. A day whose rows
    /// change after its claim loses it, so `keep` leaves it to be counted again; and keeping is
    /// a saving for the next report, never a reason for this one to fail.
    public static func report<Failure: Error>(
        from first: LocalDay, through last: LocalDay,
        kept: () throws(Failure) -> [LocalDay: ReportCounts],
        claim: ([(first: LocalDay, last: LocalDay)]) -> Bool,
        count: ([(first: LocalDay, last: LocalDay)]) throws(Failure) -> [LocalDay: ReportCounts],
        keep: ([LocalDay: ReportCounts]) -> Void
    ) throws(Failure) -> ReportCounts {
        guard first <= last else { return ReportCounts(first: first, last: last) }
        var days = try kept()
        let missing = runs(from: first, through: last, missingFrom: days)
        if !missing.isEmpty {
            let claimed = claim(missing)
            let counted = try count(missing)
            if claimed { keep(counted) }
            days.merge(counted) { $1 }
        }
        return ReportCounts.joined(days.keys.sorted().map { days[$0]! }, first: first, last: last)
    }

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
