/// When an article must be read through again: its owner checks it every `reviewMonths`.
extension KnowledgeArticle {
    /// The last day the article counts as checked: `reviewed` plus `reviewMonths` months (the
    /// month's last day when it is shorter, 31 January + 1 month is 28 or 29 February).
    public var reviewDue: LocalDay {
        let months = reviewed.year * 12 + (reviewed.month - 1) + reviewMonths
        let (year, month) = (months / 12, months % 12 + 1)
        return LocalDay(year: year, month: month, day: min(reviewed.day, LocalDay.daysIn(month: month, year: year)))
    }

    /// Stale from the day after `reviewDue`: still shown at the desk, listed by `config check`.
    public func isStale(on today: LocalDay) -> Bool { reviewDue < today }
}
