import Foundation

/// The records a period's open statistics are made from. The store reads them without note
/// texts, and without who logged them unless the operators' table is asked for.
public struct StatisticsInput: Sendable {
    public var first: LocalDay
    public var last: LocalDay
    public var contacts: [Contact]
    public var queueCalls: [QueueCall]
    public var handovers: HandoverHistory
    /// The contacts per channel and interval on the period's days and the days their forecasts
    /// came from (`StaffingPlanner.accuracyHistoryDays(for:)`), for the forecast error; nil when
    /// not read (the comparison periods of the report).
    public var forecastHistory: StaffingHistory?

    public init(
        first: LocalDay, last: LocalDay, contacts: [Contact], queueCalls: [QueueCall], handovers: HandoverHistory = [],
        forecastHistory: StaffingHistory? = nil
    ) {
        self.first = first
        self.last = last
        self.contacts = contacts
        self.queueCalls = queueCalls
        self.handovers = handovers
        self.forecastHistory = forecastHistory
    }

    /// Whether the period holds anything to report.
    public var isEmpty: Bool { contacts.isEmpty && queueCalls.isEmpty }
}

/// A period's statistics as open tables, day by day, computed with the same measures as
/// `stats` and the dashboard (`ContactSummary`, `QueueFigures`, `ServiceLevelEvenness`).
public struct OpenStatistics: Sendable {
    public var configuration: Configuration
    public var first: LocalDay
    public var last: LocalDay
    /// Every day of the period, empty ones included: a time series without holes.
    public var days: [LocalDay]
    /// The period's contacts, day by day, and each day's run of them: a day's contacts are a
    /// slice, never a copy, which matters at a year's 600,000.
    let contacts: [Contact]
    let contactDays: [LocalDay: Range<Int>]
    /// The period's queue calls by the day they joined the queue, likewise.
    let calls: [QueueCall]
    let callDays: [LocalDay: Range<Int>]
    var handoverDays: [LocalDay: HandoverDay]
    /// The hand-overs as read, for the report's figures per sector.
    let handovers: HandoverHistory
    /// Per open day and channel, the forecast against what came; empty without a forecast history.
    public let forecasts: [ForecastAccuracy]

    /// `handoverDays`: the hand-overs' days as told for a longer period this one is a part of
    /// (`StatisticsDump`), instead of from `input.handovers`.
    public init(configuration: Configuration, input: StatisticsInput, handoverDays: [LocalDay: HandoverDay]? = nil) {
        self.configuration = configuration
        first = input.first
        last = input.last
        let zone = configuration.timeZone
        days = Self.days(from: input.first, through: input.last)
        (contacts, contactDays) = Self.groupedByDay(input.contacts) { LocalDay($0.startedAt, in: zone) }
        (calls, callDays) = Self.groupedByDay(input.queueCalls) { LocalDay($0.queuedAt, in: zone) }
        self.handoverDays = handoverDays ?? HandoverDay.days(input.handovers, from: input.first, through: input.last, zone: zone)
        handovers = input.handovers
        let planner = StaffingPlanner(configuration: configuration), periodDays = days
        forecasts = input.forecastHistory.map { planner.forecastAccuracy(on: periodDays, history: $0) } ?? []
    }

    /// The items with each day's together, and where each day's run is. The store hands them
    /// over day by day already (its index order), which costs one pass to confirm; any other
    /// order is sorted by day, keeping the order within a day. No figure depends on the
    /// order within a day.
    static func groupedByDay<T>(_ items: [T], day: (T) -> LocalDay) -> ([T], [LocalDay: Range<Int>]) {
        var days = items.indices.map { day(items[$0]) }
        guard zip(days, days.dropFirst()).contains(where: { $0 > $1 }) else { return (items, runs(of: days)) }
        let order = days.indices.sorted { (days[$0], $0) < (days[$1], $1) }
        days = order.map { days[$0] }
        return (order.map { items[$0] }, runs(of: days))
    }

    /// Where each day's run starts and ends in a list of days in order.
    static func runs(of days: [LocalDay]) -> [LocalDay: Range<Int>] {
        var runs: [LocalDay: Range<Int>] = [:]
        var start = 0
        for index in days.indices where index + 1 == days.count || days[index + 1] != days[index] {
            runs[days[index]] = start..<(index + 1)
            start = index + 1
        }
        return runs
    }

    /// Every day from `first` through `last`.
    public static func days(from first: LocalDay, through last: LocalDay) -> [LocalDay] {
        var days: [LocalDay] = []
        var day = first
        while day <= last {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }

    /// How many contacts and queue calls the period holds.
    public var contactCount: Int { contacts.count }
    public var callCount: Int { calls.count }

    func contacts(on day: LocalDay) -> ArraySlice<Contact> { contactDays[day].map { contacts[$0] } ?? [] }
    func calls(on day: LocalDay) -> ArraySlice<QueueCall> { callDays[day].map { calls[$0] } ?? [] }

    /// The tables of the package, in the order the descriptor lists them.
    public func tables(includingOperators: Bool) -> [DataTable] {
        tableBuilders(includingOperators: includingOperators).map { $0() }
    }

    /// What builds each table, for building them side by side.
    func tableBuilders(includingOperators: Bool) -> [@Sendable () -> DataTable] {
        [{ summaryTable }, { contactTable }, { serviceLevelTable }, { forecastTable }, { referralTable }, { knowledgeTable }] + (includingOperators ? [{ operatorTable }] : [])
    }
}
