import Foundation

/// The counts of the periods a quality report compares with, read from the store beside
/// the period's own; nil where they were not read (a report built without a store).
public struct ReportComparisons: Sendable {
    public var previous: ReportCounts?
    public var yearEarlier: ReportCounts?

    public init(previous: ReportCounts? = nil, yearEarlier: ReportCounts? = nil) {
        self.previous = previous
        self.yearEarlier = yearEarlier
    }

    public static let none = ReportComparisons()
}

/// report.html's figures, before any word or tag: the period's headline figures and those of
/// the periods it is compared with, evenness per channel, hand-overs per sector, referrals per
/// destination and trends. Made with the package's own measures; `QualityReportTests` check
/// them against the package's tables.
public struct QualityReport: Sendable {
    public var statistics: OpenStatistics
    public var periods: ReportPeriods
    public var current: PeriodFigures
    public var previous: PeriodFigures?
    public var yearEarlier: PeriodFigures?
    /// Per channel with queue data, in display order.
    public var heatMaps: [ServiceLevelHeatMap]
    public var sectors: [SectorHandovers]
    /// Sectors whose figures are withheld by the small-count rule.
    public var withheldSectors: Set<String>
    public var referrals: [ReferralTotal]
    /// Per month (longer than nine weeks) or ISO week (two weeks or more); empty otherwise.
    public var trend: [TrendPoint]
    public var monthlyTrend: Bool

    /// A destination's referrals over the period, added up from `referrals_by_destination`.
    public struct ReferralTotal: Sendable {
        public var destination: String
        public var name: String?
        /// The published counts added up; withheld days are left out and counted apart.
        public var referred: Int
        public var withheldDays: Int
    }

    /// One week or month of the trend.
    public struct TrendPoint: Sendable {
        public var year: Int
        /// The ISO week number, or the month.
        public var number: Int
        public var figures: PeriodFigures
    }

    public init(_ statistics: OpenStatistics, comparisons: ReportComparisons = .none) {
        self.statistics = statistics
        let configuration = statistics.configuration
        periods = ReportPeriods(first: statistics.first, last: statistics.last)
        // The period's rows are counted once, a week or month at a time when the trend shows
        // them; the period's counts are their sum, and the heat map is made from them too.
        let days = statistics.days
        let monthly = days.count > 63
        monthlyTrend = monthly
        var segments: [ClosedRange<Int>] = []
        if days.count >= 14 {
            var start = 0
            let key = { (day: LocalDay) -> (Int, Int) in monthly ? (day.year, day.month) : Self.isoWeek(day) }
            for index in days.indices where index + 1 == days.count || key(days[index + 1]) != key(days[index]) {
                segments.append(start...index)
                start = index + 1
            }
        } else if !days.isEmpty {
            segments = [days.indices.lowerBound...(days.indices.upperBound - 1)]
        }
        let segmentCounts = segments.map { range in
            ReportCounts(
                first: days[range.lowerBound], last: days[range.upperBound],
                contacts: statistics.contacts(from: days[range.lowerBound], through: days[range.upperBound]),
                calls: statistics.calls(from: days[range.lowerBound], through: days[range.upperBound]),
                handoverDays: statistics.handoverDays, configuration: configuration)
        }
        let counts = ReportCounts.joined(segmentCounts, first: statistics.first, last: statistics.last)
        current = PeriodFigures(counts, configuration: configuration)
        trend = days.count < 14 ? [] : zip(segmentCounts, segments).map { segment, range in
            let (year, number) = monthly ? (days[range.lowerBound].year, days[range.lowerBound].month) : Self.isoWeek(days[range.lowerBound])
            return TrendPoint(year: year, number: number, figures: PeriodFigures(segment, configuration: configuration))
        }

        let previous = comparisons.previous.map { PeriodFigures($0, configuration: configuration) }
        self.previous = previous
        // A calendar year's previous period is the year earlier: the same counts, worked out once.
        yearEarlier = comparisons.yearEarlier.map { earlier in
            if let previous, previous.first == earlier.first, previous.last == earlier.last { return previous }
            return PeriodFigures(earlier, configuration: configuration)
        }

        let zone = configuration.timeZone
        heatMaps = Channel.allCases.compactMap { channel in
            let map = ServiceLevelHeatMap(channel: channel, hours: counts.calls, target: configuration.targets.serviceLevel(for: channel), zone: zone)
            return map.isEmpty ? nil : map
        }

        let sectors = SectorHandovers.figures(statistics.handovers, from: statistics.first, through: statistics.last, configuration: configuration)
        self.sectors = sectors
        // The same rule as the tables: few hand-overs in a sensitive sector are withheld, and
        // another row with them when the total would give them back.
        let suppression = SmallCountSuppression(threshold: configuration.statistics.suppressBelow)
        let withheld = suppression.withheld(sectors.map {
            SmallCountSuppression.Row(group: 0, count: $0.made, sensitive: configuration.sector($0.sector)?.sensitive ?? false)
        })
        withheldSectors = Set(withheld.map { sectors[$0].sector })

        var totals: [String: ReferralTotal] = [:]
        var order: [String] = []
        for row in statistics.referralTable.rows {
            guard case .text(let destination) = row[1] else { continue }
            if totals[destination] == nil {
                order.append(destination)
                var name: String?
                if case .text(let text) = row[2] { name = text }
                totals[destination] = ReferralTotal(destination: destination, name: name, referred: 0, withheldDays: 0)
            }
            if case .integer(let count) = row[3] { totals[destination]!.referred += count } else { totals[destination]!.withheldDays += 1 }
        }
        referrals = order.map { totals[$0]! }.sorted { ($0.referred, $1.destination) > ($1.referred, $0.destination) }
    }

    /// The ISO 8601 week of `day`: the week belongs to the year its Thursday is in.
    static func isoWeek(_ day: LocalDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let january1 = LocalDay(year: thursday.year, month: 1, day: 1)
        return (thursday.year, thursday.daysSince(january1) / 7 + 1)
    }
}
