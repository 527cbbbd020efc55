/// The earlier days behind one day's forecast, summed per channel and interval: what the plan
/// divides by the days that had data. One place, so the plan and the forecast error count alike.
struct HistoryCounts {
    /// One channel's contacts and handling time over the days read.
    struct Channel {
        var contacts = 0
        var handlingSeconds = 0.0
        var byInterval: [Int: Int] = [:]
        var handlingByInterval: [Int: Double] = [:]

        /// The channel's mean handling time over the whole day, where an interval has none of its own.
        var meanHandlingSeconds: Double? { contacts > 0 && handlingSeconds > 0 ? handlingSeconds / Double(contacts) : nil }

        /// The contacts in intervals `first...last`.
        func contacts(in intervals: ClosedRange<Int>) -> Int {
            byInterval.reduce(0) { intervals.contains($1.key) ? $0 + $1.value : $0 }
        }
    }

    /// The days asked for that had any contact: a day before the data began is no evidence of a
    /// quiet day, so it does not dilute the mean.
    var daysWithData: Int
    var channels: [ServicecenterCore.Channel: Channel]

    /// Sums the cells of `history` that belong to its days and were read with `intervalMinutes`.
    init(_ history: StaffingHistory, intervalMinutes: Int) {
        let wanted = Set(history.days)
        let cells = history.intervalMinutes == intervalMinutes ? history.cells.filter { wanted.contains($0.day) } : []
        daysWithData = Set(cells.lazy.filter { $0.contacts > 0 }.map(\.day)).count
        var channels: [ServicecenterCore.Channel: Channel] = [:]
        for cell in cells {
            channels[cell.channel, default: Channel()].contacts += cell.contacts
            channels[cell.channel, default: Channel()].handlingSeconds += cell.handlingSeconds
            channels[cell.channel, default: Channel()].byInterval[cell.interval, default: 0] += cell.contacts
            channels[cell.channel, default: Channel()].handlingByInterval[cell.interval, default: 0] += cell.handlingSeconds
        }
        self.channels = channels
    }
}
