import Foundation

/// `stats dump`: a day's or a period's open-data package, written all or nothing into a
/// folder the caller names (`parent/<period>`), safe to run from cron.
public struct StatisticsDump: Sendable {
    public let configuration: Configuration
    public let options: DataPackage.Options

    public init(configuration: Configuration, options: DataPackage.Options) {
        self.configuration = configuration
        self.options = options
    }

    /// What was written.
    public struct Outcome: Hashable, Sendable {
        /// The package's folder, `parent/<period>`.
        public var target: URL
        /// How many contacts the period held, and how many files the package has.
        public var contacts: Int
        public var files: Int
    }

    /// Why nothing was written; the previous package, if any, stays as it was.
    public enum Failure: Error, Equatable {
        /// The figures could not be read.
        case store(StoreError)
        /// No contacts or queue events in a period with a working day: a feed or the database
        /// is wrong. `period` is the package's name (`2026-11-22`, `2026-11-01_2026-11-30`).
        case noData(period: String)
        /// The package could not be written (a folder, permissions, a full disk).
        case cannotWrite(PackageWriter.Failure)
    }

    /// Reads local days `first` through `last` from `source` and writes their package into
    /// `parent`. The same data gives byte-identical files.
    public func write(
        from source: any StatisticsSource & StaffingHistorySource, first: LocalDay, last: LocalDay, into parent: URL
    ) throws(Failure) -> Outcome {
        var input: StatisticsInput
        do {
            input = try source.statisticsInput(from: first, through: last, includingOperators: options.includeOperators)
            input.forecastHistory = try Self.forecastHistory(from: source, input: input, configuration: configuration)
        } catch {
            throw Failure.store(error)
        }
        let name = DataPackage.periodName(first: first, last: last)
        // Nothing on a working day means a feed or a database is wrong; nothing on a weekend
        // or holiday is the truth, and its package keeps the published series whole.
        let calendar = configuration.workingDays
        guard !input.isEmpty || !OpenStatistics.days(from: first, through: last).contains(where: calendar.isWorkingDay) else {
            throw Failure.noData(period: name)
        }
        let comparisons: ReportComparisons
        do {
            comparisons = try Self.comparisons(from: source, first: first, last: last, configuration: configuration)
        } catch {
            throw Failure.store(error)
        }
        let package = DataPackage(OpenStatistics(configuration: configuration, input: input), options: options, comparisons: comparisons)
        let writer = PackageWriter(parent: parent.standardizedFileURL, name: name)
        do {
            try writer.write(package.files)
        } catch {
            throw Failure.cannotWrite(error)
        }
        return Outcome(target: writer.target, contacts: input.contacts.count, files: package.files.count)
    }

    /// What the forecast error of the period's days is made from: the period's own contacts,
    /// already read, counted here; the weeks before it that the first days' forecasts rest on
    /// (at most `history_weeks` + 4 weeks, whatever the period's length) in one aggregated read.
    public static func forecastHistory(
        from source: some StaffingHistorySource, input: StatisticsInput, configuration: Configuration
    ) throws(StoreError) -> StaffingHistory {
        let cells = StaffingHistory.cells(
            of: input.contacts, intervalMinutes: StaffingPlanner(configuration: configuration).intervalMinutes, zone: configuration.timeZone)
        return try forecastHistory(from: source, first: input.first, last: input.last, periodCells: cells, configuration: configuration)
    }

    /// The same, with the period's contacts already counted into cells (`StaffingHistory.CellTally`).
    public static func forecastHistory(
        from source: some StaffingHistorySource, first: LocalDay, last: LocalDay, periodCells: [StaffingHistory.Cell], configuration: Configuration
    ) throws(StoreError) -> StaffingHistory {
        let planner = StaffingPlanner(configuration: configuration)
        let days = planner.accuracyHistoryDays(for: OpenStatistics.days(from: first, through: last))
        let before = days.filter { $0 < first }
        var history = try source.staffingHistory(on: before, intervalMinutes: planner.intervalMinutes)
        history.days = days
        history.cells += periodCells
        return history
    }

    /// The periods report.html compares with (`ReportPeriods`), counted by the store rather
    /// than read row by row (a year earlier is as many rows as the year); a calendar year's two
    /// are the same year, counted once.
    public static func comparisons(
        from source: any StatisticsSource, first: LocalDay, last: LocalDay, configuration: Configuration
    ) throws(StoreError) -> ReportComparisons {
        let periods = ReportPeriods(first: first, last: last)
        let zone = configuration.timeZone, basis = CountingBasis(configuration)
        func counts(_ span: ReportPeriods.Span) throws(StoreError) -> ReportCounts {
            guard ReportCounts.hoursAreExact(in: zone, from: span.first, through: span.last) else {
                let input = try source.statisticsInput(from: span.first, through: span.last, includingOperators: false)
                return ReportCounts(input, configuration: configuration)
            }
            return try source.reportCounts(from: span.first, through: span.last, basis: basis)
        }
        let previous = try counts(periods.previous)
        let yearEarlier = periods.yearEarlier == periods.previous ? previous : try counts(periods.yearEarlier)
        return ReportComparisons(previous: previous, yearEarlier: yearEarlier)
    }
}
