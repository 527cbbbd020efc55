/// A run of days' contacts and calls as one slice: the items are stored day by day in order,
/// so the days from `first` through `last` are one contiguous run, never a copy.
extension OpenStatistics {
    func contacts(from first: LocalDay, through last: LocalDay) -> ArraySlice<Contact> {
        contacts[Self.span(contactDays, from: first, through: last)]
    }

    func calls(from first: LocalDay, through last: LocalDay) -> ArraySlice<QueueCall> {
        calls[Self.span(callDays, from: first, through: last)]
    }

    /// The indices of the runs of the days from `first` through `last`; empty when none has items.
    static func span(_ runs: [LocalDay: Range<Int>], from first: LocalDay, through last: LocalDay) -> Range<Int> {
        var lower: Int?, upper: Int?
        var day = first
        while day <= last {
            if let run = runs[day] {
                lower = min(lower ?? run.lowerBound, run.lowerBound)
                upper = max(upper ?? run.upperBound, run.upperBound)
            }
            day = day.adding(days: 1)
        }
        guard let lower, let upper else { return 0..<0 }
        return lower..<upper
    }
}
