import Foundation
import Testing
@testable import ServicecenterCore

/// The forecast error sums each day's cells straight, for the thousands of days of a long
/// period; it must give what the plan's own sums (`HistoryCounts`) give, day by day.
@Suite("Staffing: the forecast error's sums are the plan's")
struct ForecastAccuracySumsTests {
    /// The rows as the plan's `HistoryCounts` makes them: the reference.
    func reference(_ planner: StaffingPlanner, on days: [LocalDay], history: StaffingHistory) -> [ForecastAccuracy] {
        let length = planner.intervalMinutes
        var cellsByDay: [LocalDay: [StaffingHistory.Cell]] = [:]
        for cell in history.cells { cellsByDay[cell.day, default: []].append(cell) }
        var rows: [ForecastAccuracy] = []
        for day in days {
            guard let open = planner.openMinutes(on: day) else { continue }
            let intervals = (open.lowerBound / length)...((open.upperBound - 1) / length)
            let earlier = planner.historyDays(for: day)
            let before = HistoryCounts(
                StaffingHistory(intervalMinutes: length, days: earlier, cells: earlier.flatMap { cellsByDay[$0] ?? [] }), intervalMinutes: length)
            let came = HistoryCounts(StaffingHistory(intervalMinutes: length, days: [day], cells: cellsByDay[day] ?? []), intervalMinutes: length)
            for channel in Channel.allCases {
                let history = before.channels[channel] ?? HistoryCounts.Channel()
                let forecast = before.daysWithData > 0 && history.contacts > 0
                    ? Double(history.contacts(in: intervals)) / Double(before.daysWithData) : nil
                let actual = came.channels[channel]?.contacts(in: intervals) ?? 0
                guard forecast != nil || actual > 0 else { continue }
                rows.append(ForecastAccuracy(day: day, channel: channel, forecast: forecast, actual: actual, historyDays: before.daysWithData))
            }
        }
        return rows
    }

    @Test("60 random histories of ten weeks: sparse and busy days, cells outside the hours, empty channels")
    func sameRows() {
        var random = SeededGenerator(seed: 24)
        var configuration = Fixtures.configuration
        for round in 0..<60 {
            configuration.staffing.historyWeeks = [1, 4, 8][round % 3]
            let planner = StaffingPlanner(configuration: configuration)
            let start = LocalDay(year: 2026, month: 9, day: 1)
            var cells: [StaffingHistory.Cell] = []
            for offset in 0..<90 where Int.random(in: 0..<4, using: &random) > 0 {
                // Now and then a day whose cells are all empty: no evidence, not a quiet day.
                let quiet = Int.random(in: 0..<5, using: &random) == 0
                for channel in Channel.allCases where Int.random(in: 0..<3, using: &random) > 0 {
                    for interval in Set((0..<Int.random(in: 1...12, using: &random)).map { _ in Int.random(in: 10...44, using: &random) }) {
                        let contacts = quiet ? 0 : Int.random(in: 0...9, using: &random)
                        cells.append(.init(day: start.adding(days: offset), channel: channel, interval: interval, contacts: contacts, handlingSeconds: Double(contacts * 300)))
                    }
                }
            }
            let days = (60..<90).map { start.adding(days: $0) }
            let history = StaffingHistory(intervalMinutes: planner.intervalMinutes, days: planner.accuracyHistoryDays(for: days), cells: cells)
            #expect(planner.forecastAccuracy(on: days, history: history) == reference(planner, on: days, history: history), "round \(round)")
        }
    }
}
