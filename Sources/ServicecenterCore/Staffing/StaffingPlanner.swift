import Foundation

/// Turns earlier days' contacts into a day's staffing plan: the forecast per channel and
/// interval, its handling time, and the guides needed to reach each channel's target.
///
/// The forecast for a day is the mean of the same weekday over `[staffing] history_weeks`
/// earlier weeks that were ordinary open days: public holidays, the site's closed days and days
/// closed by the opening hours are skipped, and so is a day before a holiday (skärtorsdagen, the
/// eve of Kristi himmelsfärd, 30 April, 23 and 30 December), whose volume is not a normal
/// weekday's. Skipped weeks are replaced by earlier ones, at most `extraWeeks` further back. A day
/// before a holiday is itself forecast from ordinary weeks (there is at most one like it a year)
/// over its own opening hours. Only the day's opening hours are planned; a closed day has none.
public struct StaffingPlanner: Sendable {
    public var configuration: Configuration

    /// How many weeks past `history_weeks` are searched to replace skipped days.
    public static let extraWeeks = 4

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    var settings: StaffingSettings { configuration.staffing }
    var zone: TimeZone { configuration.timeZone }

    /// The planning interval in minutes, as the store's history must be read with.
    public var intervalMinutes: Int { Self.intervalMinutes(settings.intervalMinutes) }

    /// The earlier days the forecast for `day` is taken from, most recent first: what to ask the
    /// store for (`StaffingHistorySource.staffingHistory(on:intervalMinutes:)`).
    public func historyDays(for day: LocalDay) -> [LocalDay] {
        let wanted = max(0, settings.historyWeeks)
        var days: [LocalDay] = []
        var week = 1
        while days.count < wanted, week <= wanted + Self.extraWeeks {
            let candidate = day.adding(days: -7 * week)
            if isOrdinaryOpenDay(candidate) { days.append(candidate) }
            week += 1
        }
        return days
    }

    /// Open by the opening hours and the calendar, and not the day before a weekday holiday.
    func isOrdinaryOpenDay(_ day: LocalDay) -> Bool {
        guard configuration.openingHours.interval(on: day, calendar: configuration.workingDays) != nil else { return false }
        return !isDayBeforeHoliday(day)
    }

    /// Whether the next day is a weekday on which the site is closed by a holiday or a closed day.
    public func isDayBeforeHoliday(_ day: LocalDay) -> Bool {
        let next = day.adding(days: 1)
        guard next.weekday <= 5 else { return false }
        return SwedishHolidays.days(in: next.year).contains(next) || configuration.workingDays.closedDays.contains(next)
    }

    /// The local minutes of `day` the plan covers, or nil on a closed day.
    public func openMinutes(on day: LocalDay) -> Range<Int>? {
        guard let open = configuration.openingHours.interval(on: day, calendar: configuration.workingDays) else { return nil }
        return open.opens..<open.closes
    }

    /// The plan for `day` from `history` (read for `historyDays(for: day)`): every channel's
    /// intervals over the day's opening hours, in channel order; empty on a closed day.
    public func plan(for day: LocalDay, history: StaffingHistory) -> StaffingPlan {
        let length = intervalMinutes
        guard let open = openMinutes(on: day) else { return StaffingPlan(day: day, intervals: []) }
        let first = open.lowerBound / length, last = (open.upperBound - 1) / length
        let counts = HistoryCounts(history, intervalMinutes: length)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var intervals: [StaffingInterval] = []
        for channel in Channel.allCases {
            let own = counts.channels[channel] ?? HistoryCounts.Channel()
            for index in first...last {
                let start = Self.instant(day, minute: index * length, calendar: calendar)
                let end = Self.instant(day, minute: (index + 1) * length, calendar: calendar)
                var interval = StaffingInterval(channel: channel, start: start, end: end)
                guard counts.daysWithData > 0, own.contacts > 0 else {
                    interval.problem = .noHistory
                    intervals.append(interval)
                    continue
                }
                let count = own.byInterval[index] ?? 0
                interval.forecast = Double(count) / Double(counts.daysWithData)
                let handling = own.handlingByInterval[index] ?? 0
                interval.handlingSeconds = count > 0 && handling > 0 ? handling / Double(count) : own.meanHandlingSeconds
                if counts.daysWithData < settings.historyWeeks { interval.problem = .thinHistory(weeks: counts.daysWithData) }
                staff(&interval, seconds: Double(length * 60), waiting: history.waiting[channel])
                intervals.append(interval)
            }
        }
        return StaffingPlan(day: day, intervals: intervals)
    }

    /// Fills `needed` and its expectations, or the problem that stands in the way.
    func staff(_ interval: inout StaffingInterval, seconds: Double, waiting: StaffingHistory.Waiting?) {
        guard let forecast = interval.forecast else { return }
        let result: Result<StaffNeeded, StaffingProblem>
        if interval.channel == .digital {
            result = StaffNeeded.deferred(
                contacts: forecast, intervalSeconds: seconds, handlingSeconds: interval.handlingSeconds ?? 0,
                occupancyCap: settings.occupancyCap)
        } else if let target = configuration.targets.serviceLevels[interval.channel] {
            result = StaffNeeded.queue(
                contacts: forecast, intervalSeconds: seconds, handlingSeconds: interval.handlingSeconds ?? 0,
                target: target, occupancyCap: settings.occupancyCap, patienceSeconds: waiting?.patienceSeconds)
        } else {
            result = .failure(.noTarget)
        }
        switch result {
        case .success(let staff):
            interval.needed = staff.agents
            interval.model = staff.model
            interval.expectedServiceLevel = staff.serviceLevel
            interval.expectedOccupancy = staff.occupancy
        case .failure(let problem):
            // A figure that cannot be had says why, over a thin history's milder note.
            interval.problem = problem
        }
    }

    /// 15, 30 or 60: a length that divides the hour (the loader refuses others; this guards the core).
    static func intervalMinutes(_ minutes: Int) -> Int { [15, 30, 60].contains(minutes) ? minutes : 30 }

    /// `minute` minutes after the local midnight of `day`, by the calendar (DST-safe).
    static func instant(_ day: LocalDay, minute: Int, calendar: Calendar) -> Date {
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: minute / 60, minute: minute % 60)
        return calendar.date(from: components) ?? day.start(in: calendar.timeZone).addingTimeInterval(Double(minute * 60))
    }
}
