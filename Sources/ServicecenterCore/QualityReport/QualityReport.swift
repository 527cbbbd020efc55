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
    public var configuration: Configuration
    /// Every day of the period.
    public var days: [LocalDay]
    public var periods: ReportPeriods
    public var current: PeriodFigures
    public var previous: PeriodFigures?
    public var yearEarlier: PeriodFigures?
    /// Per channel, contacts per local clock hour (24 counts).
    public var contactsPerHour: [Channel: [Int]]
    /// Per day of a period of 2 to 62 days, contacts per channel; empty otherwise (the trend
    /// shows longer periods by week or month).
    public var contactsPerDay: [[Channel: Int]]
    /// Whether the period had any contact.
    public var hasContacts: Bool
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

    /// The report of a period held whole.
    public init(_ statistics: OpenStatistics, comparisons: ReportComparisons = .none) {
        var gathering = Gathering(configuration: statistics.configuration, first: statistics.first, last: statistics.last)
        for segment in gathering.segments { gathering.add(statistics, from: segment.lowerBound, through: segment.upperBound) }
        gathering.addReferrals(statistics.referralTable)
        let sectors = SectorHandovers.figures(statistics.handovers, from: statistics.first, through: statistics.last, configuration: statistics.configuration)
        self.init(gathering, sectors: sectors, comparisons: comparisons)
    }

    /// The report of the figures gathered part by part, with the period's hand-overs per sector.
    public init(_ gathering: Gathering, sectors: [SectorHandovers], comparisons: ReportComparisons = .none) {
        let configuration = gathering.configuration
        self.configuration = configuration
        days = gathering.days
        periods = ReportPeriods(first: gathering.first, last: gathering.last)
        monthlyTrend = gathering.monthly
        // The period's counts are the sum of its weeks' or months' counts, and the heat map is
        // made from them too.
        let segmentCounts = gathering.segmentCounts
        let counts = ReportCounts.joined(segmentCounts, first: gathering.first, last: gathering.last)
        current = PeriodFigures(counts, configuration: configuration)
        trend = days.count < 14 ? [] : segmentCounts.map { segment in
            let (year, number) = gathering.monthly ? (segment.first.year, segment.first.month) : Self.isoWeek(segment.first)
            return TrendPoint(year: year, number: number, figures: PeriodFigures(segment, configuration: configuration))
        }
        contactsPerHour = gathering.perHour
        hasContacts = gathering.contacts > 0
        contactsPerDay = days.count > 1 && days.count <= 62 ? days.map { gathering.perDay[$0] ?? [:] } : []

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

        self.sectors = sectors
        // The same rule as the tables: few hand-overs in a sensitive sector are withheld, and
        // another row with them when the total would give them back.
        let suppression = SmallCountSuppression(threshold: configuration.statistics.suppressBelow)
        let withheld = suppression.withheld(sectors.map {
            SmallCountSuppression.Row(group: 0, count: $0.made, sensitive: configuration.sector($0.sector)?.sensitive ?? false)
        })
        withheldSectors = Set(withheld.map { sectors[$0].sector })
        referrals = gathering.referralOrder.map { gathering.referralTotals[$0]! }
            .sorted { ($0.referred, $1.destination) > ($1.referred, $0.destination) }
    }


    /// report.html's figures gathered a part of the period at a time, each part a week or month
    /// of the trend (the whole period under two weeks): a long period's package is made without
    /// holding its contacts, and a report of a period held whole is made the same way.
    public struct Gathering: Sendable {
        let configuration: Configuration
        let first: LocalDay
        let last: LocalDay
        let days: [LocalDay]
        let monthly: Bool
        /// The parts, in order.
        public let segments: [ClosedRange<LocalDay>]
        var segmentCounts: [ReportCounts] = []
        var perHour: [Channel: [Int]] = [:]
        var perDay: [LocalDay: [Channel: Int]] = [:]
        var referralTotals: [String: ReferralTotal] = [:]
        var referralOrder: [String] = []
        var contacts = 0

        public init(configuration: Configuration, first: LocalDay, last: LocalDay) {
            self.configuration = configuration
            self.first = first
            self.last = last
            days = OpenStatistics.days(from: first, through: last)
            monthly = Self.isMonthly(days)
            segments = Self.segments(of: days)
        }

        /// The trend's weeks (two weeks or more) or months (longer than nine weeks) from `first`
        /// through `last`, or the whole period under two weeks: the parts a long period is read in.
        public static func segments(from first: LocalDay, through last: LocalDay) -> [ClosedRange<LocalDay>] {
            segments(of: OpenStatistics.days(from: first, through: last))
        }

        /// Whether a period of `days` has its trend by month rather than by ISO week.
        static func isMonthly(_ days: [LocalDay]) -> Bool { days.count > 63 }

        static func segments(of days: [LocalDay]) -> [ClosedRange<LocalDay>] {
            guard days.count >= 14 else { return days.isEmpty ? [] : [days[0]...days[days.count - 1]] }
            let monthly = isMonthly(days)
            var segments: [ClosedRange<LocalDay>] = []
            var start = 0
            let key = { (day: LocalDay) -> (Int, Int) in monthly ? (day.year, day.month) : QualityReport.isoWeek(day) }
            for index in days.indices where index + 1 == days.count || key(days[index + 1]) != key(days[index]) {
                segments.append(days[start]...days[index])
                start = index + 1
            }
            return segments
        }

        /// Counts the part from `first` through `last` (the next of `segments`) of `statistics`,
        /// which holds at least those days.
        public mutating func add(_ statistics: OpenStatistics, from first: LocalDay, through last: LocalDay) {
            let contacts = statistics.contacts(from: first, through: last)
            segmentCounts.append(ReportCounts(
                first: first, last: last, contacts: contacts, calls: statistics.calls(from: first, through: last),
                handoverDays: statistics.handoverDays, configuration: configuration))
            self.contacts += contacts.count
            let zone = configuration.timeZone
            for contact in contacts {
                perHour[contact.channel, default: [Int](repeating: 0, count: 24)][localHour(of: contact.startedAt, in: zone)] += 1
            }
            guard days.count <= 62 else { return }
            for index in contacts.indices {
                perDay[LocalDay(contacts[index].startedAt, in: zone), default: [:]][contacts[index].channel, default: 0] += 1
            }
        }

        /// Adds up `referrals_by_destination` rows (any part's, in day order).
        public mutating func addReferrals(_ table: DataTable) {
            for row in table.rows {
                guard case .text(let destination) = row[1] else { continue }
                if referralTotals[destination] == nil {
                    referralOrder.append(destination)
                    var name: String?
                    if case .text(let text) = row[2] { name = text }
                    referralTotals[destination] = ReferralTotal(destination: destination, name: name, referred: 0, withheldDays: 0)
                }
                if case .integer(let count) = row[3] { referralTotals[destination]!.referred += count } else { referralTotals[destination]!.withheldDays += 1 }
            }
        }
    }

    /// The ISO 8601 week of `day`: the week belongs to the year its Thursday is in.
    static func isoWeek(_ day: LocalDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let january1 = LocalDay(year: thursday.year, month: 1, day: 1)
        return (thursday.year, thursday.daysSince(january1) / 7 + 1)
    }
}
