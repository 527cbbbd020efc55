import Foundation

/// What `stats` shows of a period's contacts, counted as the store hands them over one at a
/// time (`StatisticsSource.forEachContact`): a period of years takes the memory of its rows,
/// counts and distinct durations, never of the contacts themselves.
public struct PeriodTally: Sendable {
    public private(set) var breakdown: ContactBreakdown.Tally
    /// Every contact together: the breakdown's groups added up, each contact counted once.
    public var total: ContactSummary.Tally { breakdown.total }
    public private(set) var referrals = ReferralCounts()
    /// Contacts per incident tag.
    public private(set) var incidents: [String: Int] = [:]
    /// Per open day and channel, the staffing forecast against what came (when read from a store).
    public private(set) var forecasts: [ForecastAccuracy] = []

    public init(by dimension: ContactBreakdown.Dimension, configuration: Configuration) {
        breakdown = ContactBreakdown.Tally(by: dimension, in: configuration.timeZone)
    }

    /// The contacts of local days `first` through `last`, read from `source` a week or month at
    /// a time (`QualityReport.Gathering.segments`), with each part's forecast error made from
    /// its own contacts' cells and the weeks before it (`ForecastCells`): the cells of years (a
    /// million at ten years) are never held at once.
    public static func read(
        from source: any StatisticsSource & StaffingHistorySource, from first: LocalDay, through last: LocalDay,
        by dimension: ContactBreakdown.Dimension, configuration: Configuration
    ) throws(StoreError) -> PeriodTally {
        var tally = PeriodTally(by: dimension, configuration: configuration)
        let planner = StaffingPlanner(configuration: configuration)
        var forecast = ForecastCells(configuration: configuration, periodFirst: first)
        for part in QualityReport.Gathering.segments(from: first, through: last) {
            var cells = StaffingHistory.CellTally(intervalMinutes: planner.intervalMinutes, zone: configuration.timeZone)
            try source.forEachContact(from: part.lowerBound, through: part.upperBound, includingOperators: dimension == .operator) { contact in
                tally.add(contact)
                cells.add(contact)
            }
            tally.forecasts += try forecast.accuracy(from: part.lowerBound, through: part.upperBound, cells: cells.cells, source: source)
        }
        return tally
    }

    /// The tally of contacts already in memory.
    public init(_ contacts: some Sequence<Contact>, by dimension: ContactBreakdown.Dimension, configuration: Configuration) {
        self.init(by: dimension, configuration: configuration)
        for contact in contacts { add(contact) }
    }

    public mutating func add(_ contact: Contact) {
        breakdown.add(contact)
        referrals.add(contact)
        if let incident = contact.incident { incidents[incident, default: 0] += 1 }
    }

    public var isEmpty: Bool { breakdown.groups.isEmpty }
}
