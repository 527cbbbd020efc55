import Foundation

/// The statistics' evenness per hour and the forecast's error: how even the service level was
/// over the hours of the day, and how far the staffing forecast came from what happened.
extension StatisticsReport {
    /// One row per hour with a service level on any channel; per channel the period's service
    /// level in that hour and on how many of its days the hour met the target.
    func hourLevelLines(_ text: any StringTable, _ daily: [Channel: [DayEvenness]]) -> [String] {
        let zone = configuration.timeZone
        let language = text.language
        var cells: [Channel: [Int: String]] = [:]
        for channel in Channel.allCases {
            let calls = queueCalls.filter { $0.channel == channel }
            guard !calls.isEmpty else { continue }
            let target = configuration.targets.serviceLevel(for: channel)
            var daysMeasured: [Int: Int] = [:], daysMet: [Int: Int] = [:]
            for (_, evenness) in daily[channel] ?? [] {
                for (hour, level) in evenness.byHour {
                    daysMeasured[hour, default: 0] += 1
                    if target.isMet(by: level) { daysMet[hour, default: 0] += 1 }
                }
            }
            for (hour, hourCalls) in Dictionary(grouping: calls, by: { localHour(of: $0.queuedAt, in: zone) }) {
                guard let measured = daysMeasured[hour],
                      let level = QueueFigures(hourCalls, target: target, now: .distantPast).serviceLevel
                else { continue }
                cells[channel, default: [:]][hour] = "\(Formatting.percent(level, language)) \(daysMet[hour] ?? 0)/\(measured)"
            }
        }
        let channels = Channel.allCases.filter { cells[$0] != nil }
        let hours = Set(cells.values.flatMap(\.keys)).sorted()
        guard !hours.isEmpty else { return [] }
        var table = TextTable(header: [text.hourLevelsHour] + channels.map(text.channel), alignments: [.left] + channels.map { _ in .right })
        for hour in hours {
            table.rows.append([String(format: "%02d–%02d", hour, hour + 1)] + channels.map { cells[$0]?[hour] ?? "–" })
        }
        return ["", text.hourLevelsTitle] + table.render() + Self.wrap(text.hourLevelsNote, width: 80)
    }

    /// Per channel with a forecast: the period's forecast and outcome summed, the error, and the
    /// mean of the days' errors; nothing when no day had history to forecast from.
    func forecastLines(_ text: any StringTable) -> [String] {
        let language = text.language
        var table = TextTable(header: text.forecastColumns, alignments: [.left] + Array(repeating: .right, count: 5))
        for channel in Channel.allCases {
            let summary = ForecastAccuracy.Summary(forecasts.filter { $0.channel == channel })
            guard summary.daysForecast > 0 else { continue }
            table.rows.append([
                text.channel(channel), Formatting.decimal(summary.forecast, language), String(summary.actual),
                Formatting.signedPercent(summary.relativeError, language), Formatting.percent(summary.meanAbsolutePercentageError, language),
                String(summary.daysForecast),
            ])
        }
        guard !table.rows.isEmpty else { return [] }
        return ["", text.forecastTitle] + table.render()
            + Self.wrap(text.forecastNote(historyWeeks: configuration.staffing.historyWeeks), width: 80)
    }
}
