import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter staffing`: the forecast and the guides needed per interval and channel, for a
/// day or an ISO week; for a day that has begun or passed, beside what came and the service level reached.
struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Show the forecast and the staff needed per interval and channel (bemanningsbehov) for a day or a week.",
        discussion: """
            The forecast for a day is the mean of the same weekday over [staffing] history_weeks earlier \
            weeks; holidays, closed days and days before a holiday are left out and replaced by earlier \
            weeks. Handling time is measured per channel and interval (else the channel's mean). Staff \
            needed reaches each channel's [targets.*] service level within [staffing] occupancy_cap_percent: \
            Erlang A where callers' patience is measured (waits ÷ abandoned calls), else Erlang C; e-mail \
            (digital) by volume × handling time. "Schedule" adds [staffing] shrinkage_percent. For today \
            and past days the contacts that came and the service level reached stand beside the plan. \
            Without --date or --week: tomorrow. --week writes CSV for the scheduling spreadsheet unless \
            --format says otherwise. Days follow the site's time zone. A missing database is exit 69, a \
            bad option 64.

            Examples:
              servicecenter staffing --date tomorrow
              servicecenter staffing --date 2026-12-01 --channel phone
              servicecenter staffing --date yesterday --lang en
              servicecenter staffing --week 2026-W49 > vecka49.csv
              servicecenter staffing --week 2026-W49 --format json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("One day: YYYY-MM-DD, today, tomorrow (imorgon) or yesterday (igår).", valueName: "DATE"))
    var date: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("An ISO week, e.g. 2026-W49: Monday to Sunday.", valueName: "WEEK"))
    var week: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Only this channel: visit, phone, sign_language or digital.", valueName: "CHANNEL"))
    var channel: Channel?

    @Option(parsing: .unconditional, help: ArgumentHelp("table (default for a day), csv (default for a week) or json.", valueName: "FORMAT"))
    var format: StaffingReport.Format?

    func validate() throws {
        if date != nil, week != nil { throw ValidationError("Give either --date or --week, not both.") }
    }

    func run() throws {
        let context = try CommandContext(global)
        let strings = staffingStrings(for: context.text.language)
        let days: [LocalDay]
        if let week {
            guard let monday = Self.monday(ofISOWeek: week) else {
                printError(strings.badWeek(week))
                throw ExitStatus.usage
            }
            days = (0..<7).map { monday.adding(days: $0) }
        } else {
            days = [try Self.day(date ?? "tomorrow", context: context)]
        }
        let store = try context.openExistingStore(access: .readOnly)
        let planner = StaffingPlanner(configuration: context.configuration)
        let today = context.today
        var plans: [StaffingReport.Day] = []
        for day in days {
            let historyDays = planner.historyDays(for: day)
            let history = try context.storing { try store.staffingHistory(on: historyDays, intervalMinutes: planner.intervalMinutes) }
            var plan = planner.plan(for: day, history: history)
            if let channel { plan.intervals.removeAll { $0.channel != channel } }
            var review: StaffingReview?
            if day <= today, !plan.intervals.isEmpty {
                let (contacts, calls, changes) = try context.storing {
                    (try store.contacts(from: day, through: day), try store.queueCalls(from: day, through: day),
                     try store.statusChanges(on: day))
                }
                // A day without a single status change was not recorded (older than the history, or a demo).
                review = StaffingReview(
                    plan: plan, contacts: contacts, calls: calls, targets: context.configuration.targets,
                    statusChanges: changes.isEmpty ? nil : changes, until: day == today ? Date() : .distantFuture)
            }
            // The weeks that had contacts, not the weeks asked for: a site younger than the history has fewer.
            let weeksWithData = Set(history.cells.filter { $0.contacts > 0 }.map(\.day)).count
            plans.append(StaffingReport.Day(
                plan: plan, review: review, historyDays: weeksWithData, dayBeforeHoliday: planner.isDayBeforeHoliday(day),
                waiting: history.waiting))
        }
        let report = StaffingReport(
            days: plans, configuration: context.configuration, language: context.text.language, text: context.text, strings: strings)
        let chosen = format ?? (week == nil ? .table : .csv)
        print(report.render(chosen), terminator: "")
    }

    /// `tomorrow`/`imorgon` here; every other word and date as the other commands read them.
    static func day(_ value: String, context: CommandContext) throws -> LocalDay {
        if ["tomorrow", "imorgon"].contains(value) { return context.today.adding(days: 1) }
        return try context.day(value, option: "--date")
    }

    /// The Monday of ISO week `text` ("2026-W49"); nil when it is not one (week 53 only in long years).
    static func monday(ofISOWeek text: String) -> LocalDay? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), year >= 1900, year <= 9999,
              parts[1].first == "W" || parts[1].first == "w", parts[1].count == 3, let week = Int(parts[1].dropFirst()),
              (1...53).contains(week)
        else { return nil }
        // 4 January is always in week 1.
        let fourth = LocalDay(year: year, month: 1, day: 4)
        let monday = fourth.adding(days: -(fourth.weekday - 1) + 7 * (week - 1))
        // The week belongs to the year its Thursday is in.
        guard monday.adding(days: 3).year == year else { return nil }
        return monday
    }
}

extension StaffingReport.Format: ExpressibleByArgument {}
