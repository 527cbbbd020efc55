/// How a store tells the hand-overs open throughout a period (`HandoverHistory.stillOpen`) from
/// the counts it keeps of those open now: the counts less the open ones it read as timelines,
/// and those due before the period given together as due the day before it (overdue on every
/// one of its days whatever the date). One rule for every backend; a backend only reads.
public struct StillOpenCounter: Sendable {
    /// The day before the period: the earliest due date a count is told by.
    public let dayBefore: LocalDay
    private var readOpen: [Key: Int] = [:]

    private struct Key: Hashable {
        var sector: String
        var dueDate: LocalDay
    }

    public init(first: LocalDay) {
        dayBefore = first.adding(days: -1)
    }

    /// A hand-over read as a timeline that is open now: the kept counts hold it too.
    public mutating func readAsTimeline(sector: String, dueDate: LocalDay) {
        readOpen[Key(sector: sector, dueDate: max(dueDate, dayBefore)), default: 0] += 1
    }

    /// The hand-overs open throughout: from `dueLater`, the kept counts due after the day before
    /// the period, and `dueBefore`, each sector's open ones due on or before it.
    public func stillOpen(
        dueLater: [(sector: String, dueDate: LocalDay, open: Int)], dueBefore: [String: Int]
    ) -> [HandoverHistory.StillOpen] {
        var stillOpen: [HandoverHistory.StillOpen] = []
        for kept in dueLater {
            let count = kept.open - (readOpen[Key(sector: kept.sector, dueDate: kept.dueDate)] ?? 0)
            if count > 0 { stillOpen.append(HandoverHistory.StillOpen(sector: kept.sector, dueDate: kept.dueDate, count: count)) }
        }
        for (sector, open) in dueBefore.sorted(by: { $0.key < $1.key }) {
            let count = open - (readOpen[Key(sector: sector, dueDate: dayBefore)] ?? 0)
            if count > 0 { stillOpen.append(HandoverHistory.StillOpen(sector: sector, dueDate: dayBefore, count: count)) }
        }
        return stillOpen
    }
}
