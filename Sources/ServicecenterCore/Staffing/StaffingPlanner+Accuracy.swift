extension StaffingPlanner {
    /// Every day the forecast error of `days` needs read: the days themselves (what came) and
    /// each one's history days (what it was forecast from), each once, in order. One read of
    /// these serves a whole period (`forecastAccuracy(on:history:)`).
    public func accuracyHistoryDays(for days: [LocalDay]) -> [LocalDay] {
        var all = Set(days)
        for day in days { all.formUnion(historyDays(for: day)) }
        return all.sorted()
    }

    /// Per open day of `days` and channel: the forecast the plan made for it from the earlier
    /// weeks in `history`, against the contacts in `history` for the day itself, over the day's
    /// opening hours. `history` is read for `accuracyHistoryDays(for: days)`. Closed days have no rows.
    public func forecastAccuracy(on days: [LocalDay], history: StaffingHistory) -> [ForecastAccuracy] {
        let length = intervalMinutes
        guard history.intervalMinutes == length else { return [] }
        var cellsByDay: [LocalDay: [StaffingHistory.Cell]] = [:]
        for cell in history.cells { cellsByDay[cell.day, default: []].append(cell) }
        var rows: [ForecastAccuracy] = []
        for day in days {
            guard let open = openMinutes(on: day) else { continue }
            let intervals = (open.lowerBound / length)...((open.upperBound - 1) / length)
            let earlier = historyDays(for: day)
            let before = HistoryCounts(
                StaffingHistory(intervalMinutes: length, days: earlier, cells: earlier.flatMap { cellsByDay[$0] ?? [] }), intervalMinutes: length)
            let came = HistoryCounts(StaffingHistory(intervalMinutes: length, days: [day], cells: cellsByDay[day] ?? []), intervalMinutes: length)
            for channel in Channel.allCases {
                let history = before.channels[channel] ?? HistoryCounts.Channel()
                // As the plan: no forecast without earlier contacts on the channel.
                let forecast = before.daysWithData > 0 && history.contacts > 0
                    ? Double(history.contacts(in: intervals)) / Double(before.daysWithData) : nil
                let actual = came.channels[channel]?.contacts(in: intervals) ?? 0
                guard forecast != nil || actual > 0 else { continue }
                rows.append(ForecastAccuracy(day: day, channel: channel, forecast: forecast, actual: actual, historyDays: before.daysWithData))
            }
        }
        return rows
    }
}
