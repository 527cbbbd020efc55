/// The contacts' cells of the weeks a part's forecasts rest on, carried from part to part of a
/// long period read a week or month at a time (`stats`, `stats dump`): each part's history is
/// the store's for the days before the period, and the parts' own cells for the rest, so the
/// store is asked once, not once a part, and only the recent weeks' cells are held.
public struct ForecastCells: Sendable {
    let planner: StaffingPlanner
    /// The period's first day: days before it are read from the store.
    let periodFirst: LocalDay
    private var kept: [StaffingHistory.Cell] = []

    public init(configuration: Configuration, periodFirst: LocalDay) {
        planner = StaffingPlanner(configuration: configuration)
        self.periodFirst = periodFirst
    }

    /// The forecast history of the part from `first` through `last`, given its contacts'
    /// `cells` (`StaffingHistory.CellTally`); parts come in order.
    public mutating func history(
        from first: LocalDay, through last: LocalDay, cells: [StaffingHistory.Cell], source: some StaffingHistorySource
    ) throws(StoreError) -> StaffingHistory {
        let days = planner.accuracyHistoryDays(for: OpenStatistics.days(from: first, through: last))
        let earliest = days.min() ?? first
        kept.removeAll { $0.day < earliest }
        kept += cells
        let before = days.filter { $0 < periodFirst }
        var history = before.isEmpty
            ? StaffingHistory(intervalMinutes: planner.intervalMinutes, days: [])
            : try source.staffingHistory(on: before, intervalMinutes: planner.intervalMinutes)
        history.days = days
        history.cells += kept
        return history
    }

    /// The forecast history of a part read whole, its contacts counted into cells here.
    public mutating func history(for input: StatisticsInput, source: some StaffingHistorySource) throws(StoreError) -> StaffingHistory {
        let cells = StaffingHistory.cells(of: input.contacts, intervalMinutes: planner.intervalMinutes, zone: planner.configuration.timeZone)
        return try history(from: input.first, through: input.last, cells: cells, source: source)
    }

    /// Per open day of the part and channel, the forecast against what came.
    public mutating func accuracy(
        from first: LocalDay, through last: LocalDay, cells: [StaffingHistory.Cell], source: some StaffingHistorySource
    ) throws(StoreError) -> [ForecastAccuracy] {
        let history = try history(from: first, through: last, cells: cells, source: source)
        return planner.forecastAccuracy(on: OpenStatistics.days(from: first, through: last), history: history)
    }
}
