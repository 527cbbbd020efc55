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
        // Summed straight from each day's cells, as `HistoryCounts` sums them for the plan:
        // a period of years has a few weeks' cells behind each of its thousands of days.
        let channels = Channel.allCases
        let position = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1, $0) })
        for day in days {
            guard let open = openMinutes(on: day) else { continue }
            let intervals = (open.lowerBound / length)...((open.upperBound - 1) / length)
            var daysWithData = 0
            var total = [Int](repeating: 0, count: channels.count), within = total, came = total
            for earlier in historyDays(for: day) {
                let cells = cellsByDay[earlier] ?? []
                if cells.contains(where: { $0.contacts > 0 }) { daysWithData += 1 }
                for cell in cells {
                    let index = position[cell.channel]!
                    total[index] += cell.contacts
                    if intervals.contains(cell.interval) { within[index] += cell.contacts }
                }
            }
            for cell in cellsByDay[day] ?? [] where intervals.contains(cell.interval) { came[position[cell.channel]!] += cell.contacts }
            for (index, channel) in channels.enumerated() {
                // As the plan: no forecast without earlier contacts on the channel.
                let forecast = daysWithData > 0 && total[index] > 0 ? Double(within[index]) / Double(daysWithData) : nil
                let actual = came[index]
                guard forecast != nil || actual > 0 else { continue }
                rows.append(ForecastAccuracy(day: day, channel: channel, forecast: forecast, actual: actual, historyDays: daysWithData))
            }
        }
        return rows
    }
}
