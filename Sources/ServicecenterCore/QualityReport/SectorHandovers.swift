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
    /// after, by id), each sector's days counted by `HandoverDay.Tally` like the summary.
    public static func figures(_ history: HandoverHistory, from first: LocalDay, through last: LocalDay, configuration: Configuration) -> [SectorHandovers] {
        var tally = Tally(from: first, through: last, zone: configuration.timeZone)
        for timeline in history.timelines { tally.add(timeline) }
        for group in history.stillOpen { tally.add(group) }
        return tally.figures(configuration: configuration)
    }

    /// The sectors' figures and the period's days, counted one hand-over at a time as the store
    /// hands them over: a long period's package reads its million hand-overs without holding them.
    public struct Tally: Sendable {
        let first: LocalDay
        let last: LocalDay
        let zone: TimeZone
        /// The end of the period's last day.
        let end: Date
        private var sectors: [String: (days: HandoverDay.Tally, openAtEnd: Int)] = [:]

        public init(from first: LocalDay, through last: LocalDay, zone: TimeZone) {
            self.first = first
            self.last = last
            self.zone = zone
            end = last.adding(days: 1).start(in: zone)
        }

        // Each sector's tally is changed where it lies in the dictionary: taken out and put back,
        // its arrays (a day each) would be copied for every hand-over.
        public mutating func add(_ timeline: HandoverTimeline) {
            sectors[timeline.sector, default: (HandoverDay.Tally(from: first, through: last, zone: zone), 0)].days.add(timeline)
            // Open at the end: made by then, and its last close or reopening before the end was not a close.
            if timeline.createdAt < end, timeline.changes.last(where: { $0.at < end })?.closes != true {
                sectors[timeline.sector]!.openAtEnd += 1
            }
        }

        public mutating func add(_ group: HandoverHistory.StillOpen) {
            sectors[group.sector, default: (HandoverDay.Tally(from: first, through: last, zone: zone), 0)].days.add(group)
            sectors[group.sector]!.openAtEnd += group.count
        }

        /// Every sector's days added together: the summary's hand-over columns.
        public var days: [LocalDay: HandoverDay] {
            var total: [LocalDay: HandoverDay] = [:]
            for day in OpenStatistics.days(from: first, through: last) { total[day] = HandoverDay() }
            for sector in sectors.values {
                for (day, figures) in sector.days.days {
                    total[day]!.made += figures.made
                    total[day]!.closed += figures.closed
                    total[day]!.closedOnTime += figures.closedOnTime
                    total[day]!.overdueAtEnd += figures.overdueAtEnd
                }
            }
            return total
        }

        /// One row per sector with any hand-over, in the configuration's order (unknown sectors after, by id).
        public func figures(configuration: Configuration) -> [SectorHandovers] {
            let order = Dictionary(configuration.sectors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            return sectors.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.compactMap { id in
                let sector = sectors[id]!
                var figures = SectorHandovers(sector: id)
                let days = sector.days.days
                for day in days.values {
                    figures.made += day.made
                    figures.closedOnTime += day.closedOnTime
                    figures.closedLate += day.closed - day.closedOnTime
                }
                figures.overdueAtEnd = days[last]?.overdueAtEnd ?? 0
                figures.openAtEnd = sector.openAtEnd
                let any = figures.made + figures.closedOnTime + figures.closedLate + figures.openAtEnd
                return any == 0 ? nil : figures
            }
        }
    }
}
