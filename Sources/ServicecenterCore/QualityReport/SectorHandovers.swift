import Foundation

/// A sector's hand-overs over a report's period, told from their histories as the summary's
/// `handovers_*` columns are (`HandoverDay`): made, closed on time and late in the period,
/// and still open and overdue when its last day ended.
public struct SectorHandovers: Hashable, Sendable {
    public var sector: String
    public var made = 0
    public var closedOnTime = 0
    public var closedLate = 0
    /// Open when the period ended, overdue ones included.
    public var openAtEnd = 0
    /// Open when the period ended and due before its last day.
    public var overdueAtEnd = 0

    public init(sector: String) {
        self.sector = sector
    }

    /// Closed by the due date ÷ closed; nil when none was closed.
    public var onTimeShare: Double? { ContactSummary.share(closedOnTime, of: closedOnTime + closedLate) }

    /// One row per sector with any hand-over, in the configuration's order (unknown sectors
    /// after, by id), each sector's days counted by `HandoverDay.days` like the summary.
    public static func figures(_ history: HandoverHistory, from first: LocalDay, through last: LocalDay, configuration: Configuration) -> [SectorHandovers] {
        let zone = configuration.timeZone
        let end = last.adding(days: 1).start(in: zone)
        let order = Dictionary(configuration.sectors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let bySector = history.bySector
        return bySector.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.compactMap { sector in
            let history = bySector[sector]!
            var figures = SectorHandovers(sector: sector)
            let days = HandoverDay.days(history, from: first, through: last, zone: zone)
            for day in days.values {
                figures.made += day.made
                figures.closedOnTime += day.closedOnTime
                figures.closedLate += day.closed - day.closedOnTime
            }
            figures.overdueAtEnd = days[last]?.overdueAtEnd ?? 0
            for timeline in history.timelines where timeline.createdAt < end {
                // Open at the end: its last close or reopening before the end was not a close.
                let latest = timeline.changes.last { $0.at < end }
                if latest?.closes != true { figures.openAtEnd += 1 }
            }
            figures.openAtEnd += history.stillOpen.reduce(0) { $0 + $1.count }
            let any = figures.made + figures.closedOnTime + figures.closedLate + figures.openAtEnd
            return any == 0 ? nil : figures
        }
    }
}
