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
    ///
    /// The period is read and written a week or month at a time (the report's trend parts,
    /// `QualityReport.Gathering`): each part's contacts and calls are read, its tables' rows
    /// written to their files and its figures counted, and then let go, so ten years take the
    /// memory of a month. The hand-overs are counted once for the whole period as they are read
    /// (`SectorHandovers.Tally`), as their days are told from their whole histories.
    public func write(
        from source: any StatisticsSource & StaffingHistorySource, first: LocalDay, last: LocalDay, into parent: URL
    ) throws(Failure) -> Outcome {
        let name = DataPackage.periodName(first: first, last: last)
        let zone = configuration.timeZone
        let handoverDays: [LocalDay: HandoverDay], sectors: [SectorHandovers]
        do {
            var tally = SectorHandovers.Tally(from: first, through: last, zone: zone)
            for group in try source.forEachHandover(from: first, through: last, { tally.add($0) }) { tally.add(group) }
            handoverDays = tally.days
            sectors = tally.figures(configuration: configuration)
        } catch {
            throw Failure.store(error)
        }
        let writer = PackageWriter(parent: parent.standardizedFileURL, name: name)
        var contacts = 0, files = 0
        do {
            try writer.write { folder in
                var gathering = QualityReport.Gathering(configuration: configuration, first: first, last: last)
                var stream = PackageStream(options: options)
                var isEmpty = true
                var forecast = ForecastCells(configuration: configuration, periodFirst: first)
                for part in gathering.segments {
                    let statistics = try self.part(part.lowerBound, part.upperBound, handoverDays: handoverDays, forecast: &forecast, from: source)
                    contacts += statistics.contactCount
                    isEmpty = isEmpty && statistics.contactCount == 0 && statistics.callCount == 0
                    let tables = DataPackage.concurrently(statistics.tableBuilders(includingOperators: options.includeOperators))
                    gathering.add(statistics, from: part.lowerBound, through: part.upperBound)
                    if let referrals = tables.first(where: { $0.name == OpenStatistics.referralTableName }) { gathering.addReferrals(referrals) }
                    try stream.add(tables, to: &folder)
                }
                // Nothing on a working day means a feed or a database is wrong; nothing on a
                // weekend or holiday is the truth, and its package keeps the published series whole.
                let calendar = configuration.workingDays
                guard !isEmpty || !OpenStatistics.days(from: first, through: last).contains(where: calendar.isWorkingDay) else {
                    throw Failure.noData(period: name)
                }
                var page: String?
                if options.report {
                    let comparisons = try Self.comparisons(from: source, first: first, last: last, configuration: configuration)
                    page = StatisticsPage(report: QualityReport(gathering, sectors: sectors, comparisons: comparisons), language: options.language).html
                }
                try stream.finish(page: page, configuration: configuration, first: first, last: last, to: &folder)
                files = folder.count
            }
        } catch let error as Failure {
            throw error
        } catch let error as StoreError {
            throw Failure.store(error)
        } catch {
            throw Failure.cannotWrite(error as! PackageWriter.Failure)
        }
        return Outcome(target: writer.target, contacts: contacts, files: files)
    }

    /// One part of the period, read and made into its statistics, with the hand-overs' days
    /// of the whole period.
    func part(
        _ first: LocalDay, _ last: LocalDay, handoverDays: [LocalDay: HandoverDay], forecast: inout ForecastCells,
        from source: any StatisticsSource & StaffingHistorySource
    ) throws(StoreError) -> OpenStatistics {
        var input = try source.statisticsInput(from: first, through: last, includingOperators: options.includeOperators, includingHandovers: false)
        input.forecastHistory = try forecast.history(for: input, source: source)
        return OpenStatistics(configuration: configuration, input: input, handoverDays: handoverDays)
    }

    /// What the forecast error of the period's days is made from: the period's own contacts,
    /// already read, counted here; the weeks before it that the first days' forecasts rest on
    /// (at most `history_weeks` + 4 weeks, whatever the period's length) in one aggregated read.
    public static func forecastHistory(
        from source: some StaffingHistorySource, input: StatisticsInput, configuration: Configuration
    ) throws(StoreError) -> StaffingHistory {
        var forecast = ForecastCells(configuration: configuration, periodFirst: input.first)
        return try forecast.history(for: input, source: source)
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
