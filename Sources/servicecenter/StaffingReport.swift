import Foundation
import ServicecenterCore

/// The staffing plans of one or more days as a table for the supervisor, or CSV/JSON for the
/// scheduling spreadsheet (one row per day, channel and interval, machine keys, '.' decimals).
struct StaffingReport {
    enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    /// One day's plan, its outcome when it has begun, and what the forecast rested on.
    struct Day {
        var plan: StaffingPlan
        var review: StaffingReview?
        var historyDays: Int
        var dayBeforeHoliday: Bool
        var waiting: [Channel: StaffingHistory.Waiting]
    }

    var days: [Day]
    var configuration: Configuration
    var language: Language
    var text: any StringTable
    var strings: any StaffingStrings

    var zone: TimeZone { configuration.timeZone }
    var settings: StaffingSettings { configuration.staffing }

    func render(_ format: Format) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        }
    }

    /// One row per interval with its outcome when there is one, for CSV and JSON.
    func rows(_ day: Day) -> [(interval: StaffingInterval, outcome: StaffingReview.Row?)] {
        day.plan.intervals.map { ($0, day.review?.outcome(of: $0)) }
    }

    // MARK: Table

    func table() -> String {
        var lines: [String] = []
        for day in days {
            if !lines.isEmpty { lines.append("") }
            let name = DayInWords.text(day.plan.day, in: language) + " (\(day.plan.day))"
            guard !day.plan.intervals.isEmpty else {
                lines.append(strings.closed(name))
                continue
            }
            lines.append(strings.heading(
                name, historyDays: day.historyDays, intervalMinutes: StaffingPlanner(configuration: configuration).intervalMinutes,
                occupancyCap: Formatting.percent(settings.occupancyCap, language), shrinkage: Formatting.percent(settings.shrinkage, language)))
            if day.dayBeforeHoliday { lines.append(strings.dayBeforeHoliday) }
            var problems: [StaffingProblem] = []
            let all = rows(day)
            for channel in Channel.allCases {
                let mine = all.filter { $0.interval.channel == channel }
                guard !mine.isEmpty else { continue }
                lines.append("")
                if mine.allSatisfy({ $0.interval.problem == .noHistory }) {
                    lines.append(strings.noHistory(text.channel(channel), weekday: strings.weekdays(day.plan.day.weekday)))
                    continue
                }
                let model = mine.lazy.compactMap(\.interval.model).first
                lines.append(strings.channelHeading(
                    text.channel(channel), target: channel == .digital ? nil : configuration.targets.serviceLevels[channel], model: model,
                    patienceSeconds: model == .erlangA ? day.waiting[channel]?.patienceSeconds : nil))
                var header = strings.planColumns
                let withOutcome = day.review != nil
                if withOutcome { header.insert(contentsOf: strings.outcomeColumns, at: header.count - 1) }
                var body: [[String]] = []
                for (interval, outcome) in mine {
                    if let problem = interval.problem, !problems.contains(problem) { problems.append(problem) }
                    var row = [
                        Self.clock(interval.start, zone) + "–" + Self.clock(interval.end, zone),
                        interval.forecast.map { decimal($0) } ?? "–",
                        Formatting.duration(interval.handlingSeconds),
                        interval.needed.map(String.init) ?? "–",
                        interval.toSchedule(shrinkage: settings.shrinkage).map(String.init) ?? "–",
                    ]
                    if withOutcome {
                        row += [
                            outcome.map { String($0.actualContacts) } ?? "–",
                            outcome?.loggedIn.map(String.init) ?? "–",
                            channel == .digital ? "–" : Formatting.percent(outcome?.achievedServiceLevel, language),
                            Formatting.percent(interval.expectedServiceLevel, language),
                        ]
                    }
                    row.append(interval.problem.map(strings.note) ?? "")
                    body.append(row)
                }
                let alignments: [TextTable.Alignment] = header.indices.map { $0 == 0 || $0 == header.count - 1 ? .left : .right }
                lines += TextTable(header: header, rows: body, alignments: alignments).render()
            }
            if !problems.isEmpty {
                lines.append("")
                lines += problems.map { "* " + strings.explanation($0) }
            }
            if let review = day.review, review.rows.allSatisfy({ $0.loggedIn == nil }) { lines.append(strings.noStatusHistory) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func decimal(_ value: Double) -> String { Formatting.decimal(value, language) }

    /// The local time of day, HH:MM.
    static func clock(_ date: Date, _ zone: TimeZone) -> String {
        String(Timestamp.localMinute(date, in: zone).suffix(5))
    }

    // MARK: CSV and JSON

    static let keys = [
        "date", "channel", "start", "end", "forecast", "handling_seconds", "needed", "to_schedule", "model",
        "expected_service_level", "expected_occupancy", "problem", "actual_contacts", "logged_in", "achieved_service_level",
    ]

    /// The row's values by `keys`, as text; nil where there is no figure.
    func values(_ date: LocalDay, _ interval: StaffingInterval, _ outcome: StaffingReview.Row?) -> [String?] {
        func number(_ value: Double?, _ places: Int) -> String? { value.map { String(format: "%.\(places)f", $0) } }
        return [
            date.description, interval.channel.rawValue, Self.clock(interval.start, zone), Self.clock(interval.end, zone),
            number(interval.forecast, 2), number(interval.handlingSeconds, 1), interval.needed.map(String.init),
            interval.toSchedule(shrinkage: settings.shrinkage).map(String.init), interval.model?.rawValue,
            number(interval.expectedServiceLevel, 4), number(interval.expectedOccupancy, 4), interval.problem.map(Self.key),
            outcome.map { String($0.actualContacts) }, outcome?.loggedIn.map(String.init), number(outcome?.achievedServiceLevel, 4),
        ]
    }

    static func key(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "closed"
        case .noHistory: "no_history"
        case .thinHistory(let weeks): "thin_history_\(weeks)_weeks"
        case .noTarget: "no_target"
        case .noHandlingTime: "no_handling_time"
        case .unreachableTarget: "unreachable_target"
        }
    }

    func csv() -> String {
        var out = ""
        CSV.append(Self.keys, to: &out)
        for day in days {
            for (interval, outcome) in rows(day) {
                CSV.append(values(day.plan.day, interval, outcome).map { $0 ?? "" }, to: &out)
            }
        }
        return out
    }

    func json() -> String {
        let numeric: Set<String> = [
            "forecast", "handling_seconds", "needed", "to_schedule", "expected_service_level", "expected_occupancy",
            "actual_contacts", "logged_in", "achieved_service_level",
        ]
        var elements: [JSONText] = []
        for day in days {
            for (interval, outcome) in rows(day) {
                let members = zip(Self.keys, values(day.plan.day, interval, outcome)).map { key, value -> (String, JSONText) in
                    guard let value else { return (key, .null) }
                    return (key, numeric.contains(key) ? .number(value) : .string(value))
                }
                elements.append(.object(members))
            }
        }
        return JSONText.array(elements).pretty
    }
}
