import Foundation

/// The statistics' queue table and incident counts: the same measures the wallboard shows
/// for today, over any period.
extension StatisticsReport {
    /// Per channel with queue data: offered, answered, abandoned, service level against its
    /// target, speed of answer, abandonment, evenness over the period's hours, no-shows.
    func queueLines(_ text: any StringTable, _ daily: [Channel: [DayEvenness]]) -> [String] {
        guard !queueCalls.isEmpty else { return [] }
        let language = text.language
        var table = TextTable(header: text.queueColumns, alignments: [.left] + Array(repeating: .right, count: 10))
        for channel in Channel.allCases {
            let calls = queueCalls.filter { $0.channel == channel }
            guard !calls.isEmpty else { continue }
            let target = configuration.targets.serviceLevel(for: channel)
            // The period has no "now": calls still waiting are left out like everywhere else.
            let figures = QueueFigures(calls, target: target, now: .distantPast)
            let evenness = Self.evenness(daily[channel] ?? [])
            table.rows.append([
                text.channel(channel), String(figures.offered), String(figures.answered), String(figures.abandoned),
                Formatting.percent(figures.serviceLevel, language), Formatting.percent(target.percent / 100, language),
                Formatting.duration(figures.averageSpeedOfAnswer), Formatting.percent(figures.abandonmentRate, language),
                evenness.measured == 0 ? "–" : "\(evenness.met)/\(evenness.measured)",
                evenness.worst.map { "\($0.day) " + String(format: "%02d–%02d", $0.hour, $0.hour + 1) + " (\(Formatting.percent($0.level, language)))" } ?? "–",
                channel == .visit || channel == .signLanguage ? String(figures.noShows) : "–",
            ])
        }
        return ["", text.queueTitle] + table.render() + Self.wrap(text.queueNote, width: 80)
    }

    /// One day's evenness on one channel.
    typealias DayEvenness = (day: LocalDay, evenness: ServiceLevelEvenness)

    /// Per channel with calls, each day's evenness in day order: counted once for the queue
    /// table and the hours' table alike.
    func dailyEvenness() -> [Channel: [DayEvenness]] {
        let zone = configuration.timeZone
        var daily: [Channel: [DayEvenness]] = [:]
        for (channel, calls) in Dictionary(grouping: queueCalls, by: \.channel) {
            let target = configuration.targets.serviceLevel(for: channel)
            daily[channel] = Dictionary(grouping: calls, by: { LocalDay($0.queuedAt, in: zone) }).sorted { $0.key < $1.key }
                .map { ($0.key, ServiceLevelEvenness($0.value, target: target, zone: zone)) }
        }
        return daily
    }

    /// Evenness over several days: every (day, hour) with a service level counts as one hour.
    static func evenness(_ days: [DayEvenness]) -> (met: Int, measured: Int, worst: (day: LocalDay, hour: Int, level: Double)?) {
        var met = 0, measured = 0
        var worst: (day: LocalDay, hour: Int, level: Double)?
        for (day, evenness) in days {
            measured += evenness.hoursMeasured
            met += evenness.hoursMeetingTarget
            if let hour = evenness.worstHour, worst == nil || hour.serviceLevel < worst!.level {
                worst = (day, hour.hour, hour.serviceLevel)
            }
        }
        return (met, measured, worst)
    }

    /// Contacts tagged to each incident in the period, most first, by the incident's title
    /// (a tag no incident carries, as `log --incident` may give, is shown as it is).
    func incidentLines(_ text: any StringTable) -> [String] {
        let counts = tally.incidents
        guard !counts.isEmpty else { return [] }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ["", text.incidentContactsTitle] + sorted.map { "  \(InertText.shown(incidentTitles[$0.key] ?? $0.key)): \($0.value)" }
    }
}
