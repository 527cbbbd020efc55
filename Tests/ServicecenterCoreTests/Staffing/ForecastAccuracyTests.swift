import Foundation
import Testing
@testable import ServicecenterCore

/// The forecast error per day: the plan's forecast summed over the opening hours against the
/// contacts that came in the same hours.
@Suite("Staffing: the forecast's error per day")
struct ForecastAccuracyTests {
    /// Monday 7 December 2026, forecast from the two Mondays before.
    let day = LocalDay(year: 2026, month: 12, day: 7)
    let first = LocalDay(year: 2026, month: 11, day: 30), second = LocalDay(year: 2026, month: 11, day: 23)

    var planner: StaffingPlanner {
        var configuration = Fixtures.configuration
        configuration.staffing.historyWeeks = 2
        return StaffingPlanner(configuration: configuration)
    }

    /// 10 and 20 calls at 09:00 on the Mondays before; on the day 12 at 09:00, 6 at 10:00 and
    /// 5 at 18:00, after closing, which no plan covers.
    var history: StaffingHistory {
        StaffingHistory(intervalMinutes: 30, days: [second, first, day], cells: [
            .init(day: first, channel: .phone, interval: 18, contacts: 10, handlingSeconds: 1_800),
            .init(day: second, channel: .phone, interval: 18, contacts: 20, handlingSeconds: 3_600),
            .init(day: day, channel: .phone, interval: 18, contacts: 12, handlingSeconds: 1_000),
            .init(day: day, channel: .phone, interval: 20, contacts: 6, handlingSeconds: 1_000),
            .init(day: day, channel: .phone, interval: 36, contacts: 5, handlingSeconds: 1_000),
            .init(day: day, channel: .visit, interval: 20, contacts: 3, handlingSeconds: 900),
        ])
    }

    @Test("A worked day: 15 forecast, 18 came in the opening hours, error +3, 16.7 % of the outcome")
    func workedDay() throws {
        #expect(planner.accuracyHistoryDays(for: [day]) == [second, first, day])
        let rows = planner.forecastAccuracy(on: [day], history: history)
        let phone = try #require(rows.first { $0.channel == .phone })
        #expect(phone.forecast == 15 && phone.actual == 18 && phone.historyDays == 2)
        #expect(phone.error == 3)
        #expect(abs((phone.absolutePercentageError ?? 0) - 3.0 / 18) < 1e-12)
        // Visits came but had no history: a row with the outcome and no forecast, never a guess.
        let visit = try #require(rows.first { $0.channel == .visit })
        #expect(visit.forecast == nil && visit.actual == 3 && visit.error == nil)
        // Channels with neither forecast nor contacts have no row.
        #expect(Set(rows.map(\.channel)) == [.phone, .visit])
    }

    @Test("A closed day has no row; a day with history but nobody coming has an error of −100 % of the forecast")
    func closedAndQuietDays() throws {
        let christmas = LocalDay(year: 2026, month: 12, day: 25)
        #expect(planner.forecastAccuracy(on: [christmas], history: history).isEmpty)
        let quiet = StaffingHistory(intervalMinutes: 30, days: [second, first], cells: history.cells.filter { $0.day != day })
        let row = try #require(planner.forecastAccuracy(on: [day], history: quiet).first)
        #expect(row.actual == 0 && row.forecast == 15 && row.absolutePercentageError == nil)
        let summary = ForecastAccuracy.Summary([row])
        #expect(summary.relativeError == -1 && summary.meanAbsolutePercentageError == nil && summary.daysForecast == 1)
    }

    @Test("A summary adds the days with a forecast and averages their errors")
    func summary() {
        let rows = [
            ForecastAccuracy(day: day, channel: .phone, forecast: 10, actual: 12, historyDays: 8),
            ForecastAccuracy(day: day.adding(days: 1), channel: .phone, forecast: 20, actual: 16, historyDays: 8),
            ForecastAccuracy(day: day.adding(days: 2), channel: .phone, forecast: nil, actual: 40, historyDays: 0),
        ]
        let summary = ForecastAccuracy.Summary(rows)
        #expect(summary.forecast == 30 && summary.actual == 28 && summary.daysForecast == 2)
        #expect(abs((summary.relativeError ?? 0) - (-2.0 / 30)) < 1e-12)
        #expect(abs((summary.meanAbsolutePercentageError ?? 0) - (2.0 / 12 + 4.0 / 16) / 2) < 1e-12)
    }

    /// The class: whatever the history, a day's forecast is the plan's interval forecasts summed,
    /// and what came is the day's own contacts inside the plan's intervals.
    @Test("For random histories the day's forecast is the sum of the plan's intervals, and the outcome the day's contacts in them")
    func agreesWithThePlan() throws {
        var random = SeededGenerator(seed: 21)
        let planner = planner
        for _ in 0..<200 {
            let target = day.adding(days: 7 * Int.random(in: 0..<10, using: &random))
            let days = planner.accuracyHistoryDays(for: [target])
            var cells: [StaffingHistory.Cell] = []
            for historyDay in days where Bool.random(using: &random) || historyDay == target {
                for channel in Channel.allCases where Int.random(in: 0..<3, using: &random) > 0 {
                    for interval in 10..<40 where Int.random(in: 0..<4, using: &random) == 0 {
                        cells.append(.init(day: historyDay, channel: channel, interval: interval, contacts: Int.random(in: 1..<30, using: &random),
                                           handlingSeconds: Double(Int.random(in: 60..<900, using: &random))))
                    }
                }
            }
            let history = StaffingHistory(intervalMinutes: 30, days: days, cells: cells)
            let plan = planner.plan(for: target, history: StaffingHistory(
                intervalMinutes: 30, days: planner.historyDays(for: target), cells: cells))
            let rows = planner.forecastAccuracy(on: [target], history: history)
            for channel in Channel.allCases {
                let planned = plan.intervals.filter { $0.channel == channel }
                let forecast = planned.allSatisfy { $0.forecast != nil } ? planned.compactMap(\.forecast).reduce(0, +) : nil
                let came = planned.reduce(0) { total, interval in
                    let index = (Int(interval.start.timeIntervalSince(target.start(in: planner.zone))) / 60) / 30
                    return total + cells.filter { $0.day == target && $0.channel == channel && $0.interval == index }.map(\.contacts).reduce(0, +)
                }
                guard let row = rows.first(where: { $0.channel == channel }) else {
                    // No row: nothing forecast and nothing came.
                    #expect(forecast == nil && came == 0)
                    continue
                }
                #expect(row.actual == came)
                if let forecast, let rowForecast = row.forecast {
                    #expect(abs(rowForecast - forecast) < 1e-9)
                } else {
                    #expect(row.forecast == nil && forecast == nil)
                }
            }
        }
    }
}
