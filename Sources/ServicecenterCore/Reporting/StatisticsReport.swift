import Foundation

/// The `stats` command's text: volumes and FCR, times, and forwarded by reason, per channel
/// or per sector, category, operator or hour.
public struct StatisticsReport: Sendable {
    public var configuration: Configuration
    public var from: LocalDay
    public var through: LocalDay
    /// The period's contacts, counted (never held: `PeriodTally`).
    public var tally: PeriodTally
    public var dimension: ContactBreakdown.Dimension { tally.breakdown.dimension }
    /// Hand-overs made in the period, per sector.
    public var handovers: [HandoverFigures]
    /// The period's queue calls, tickets and e-mails.
    public var queueCalls: [QueueCall]
    /// Incident titles by tag: a person reads "Vattenläcka i Adolfsberg", not its slug.
    public var incidentTitles: [String: String] = [:]
    /// The staffing forecast against the outcome per open day and channel (`StaffingPlanner.forecastAccuracy`).
    public var forecasts: [ForecastAccuracy] = []

    public init(
        configuration: Configuration, from: LocalDay, through: LocalDay, tally: PeriodTally, handovers: [HandoverFigures] = [],
        queueCalls: [QueueCall] = []
    ) {
        self.queueCalls = queueCalls
        self.configuration = configuration
        self.from = from
        self.through = through
        self.tally = tally
        self.handovers = handovers
    }

    /// The report of contacts already in memory.
    public init(
        configuration: Configuration, from: LocalDay, through: LocalDay, contacts: [Contact],
        by dimension: ContactBreakdown.Dimension = .channel, handovers: [HandoverFigures] = [], queueCalls: [QueueCall] = []
    ) {
        self.init(
            configuration: configuration, from: from, through: through, tally: PeriodTally(contacts, by: dimension, configuration: configuration),
            handovers: handovers, queueCalls: queueCalls)
    }

    public func render(_ text: any StringTable) -> [String] {
        var lines = [text.statisticsTitle(site: configuration.site.name, from: from, through: through), ""]
        let daily = dailyEvenness()
        guard !tally.isEmpty else { return lines + [text.noContacts] + queueLines(text, daily) + hourLevelLines(text, daily) }
        let language = text.language
        var groups = tally.breakdown.summaries
        if [.sector, .category, .operator].contains(dimension) {
            // Largest first: what a supervisor looks for in a long list.
            groups.sort { $0.summary.contacts != $1.summary.contacts ? $0.summary.contacts > $1.summary.contacts : $0.key < $1.key }
        }
        let all = ContactSummary(tally.total)
        let rows = groups.map { (Self.clip(label(for: $0.key, text)), $0.summary) } + [(text.total, all)]

        var volumes = TextTable(header: [
            text.dimension(dimension), text.columnContacts, text.columnFCR, text.columnFCRResolvable, text.columnRepeatRate,
            text.columnForwarded, text.columnReferred, text.columnDigitalHelp,
        ])
        var times = TextTable(header: [
            text.dimension(dimension), text.columnHandlingMedian, text.columnHandlingP90, text.columnWaitMedian, text.columnWaitP90,
        ])
        for (label, summary) in rows {
            volumes.rows.append([
                label, String(summary.contacts), Formatting.percent(summary.firstContactResolution, language),
                Formatting.percent(summary.resolvableFirstContactResolution, language),
                Formatting.percent(summary.repeatRate, language), String(summary.forwarded),
                String(summary.referred), Formatting.percent(summary.digitalHelpShare, language),
            ])
            times.rows.append([
                label, Formatting.duration(summary.handling.median), Formatting.duration(summary.handling.p90),
                Formatting.duration(summary.wait.median), Formatting.duration(summary.wait.p90),
            ])
        }
        lines += volumes.render() + [""] + times.render() + [""]

        lines.append(text.forwardedByReasonTitle)
        for reason in ForwardReason.allCases {
            lines.append("  \(text.forwardReason(reason)): \(all.forwardedByReason[reason, default: 0])")
        }
        lines += referralLines(text)
        lines += handoverLines(text)
        lines += queueLines(text, daily)
        lines += hourLevelLines(text, daily)
        lines += forecastLines(text)
        lines += incidentLines(text)
        lines += [""] + Self.wrap(text.figuresNote(repeatWindowDays: configuration.targets.repeatWindowDays), width: 80)
        return lines
    }

    /// Made, closed on time or late, open and overdue per sector, largest first.
    func handoverLines(_ text: any StringTable) -> [String] {
        guard !handovers.isEmpty else { return [] }
        var table = TextTable(header: text.handoverFiguresColumns)
        let sorted = handovers.sorted { $0.made != $1.made ? $0.made > $1.made : $0.sector < $1.sector }
        for figures in sorted + [HandoverFigures.total(handovers, label: text.total)] {
            table.rows.append([
                Self.clip(configuration.sector(figures.sector)?.name ?? figures.sector), String(figures.made),
                String(figures.closedOnTime), String(figures.closedLate), Formatting.percent(figures.onTimeShare, text.language),
                String(figures.open), String(figures.overdue),
            ])
        }
        return ["", text.handoverFiguresTitle] + table.render() + Self.wrap(text.handoverFiguresNote, width: 80)
    }

    /// Longest row label: keeps the table within a 100-column terminal with long sector names.
    static let labelLimit = 30

    static func clip(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }

    /// Splits prose into lines of at most `width` characters, at spaces.
    static func wrap(_ prose: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in prose.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func label(for key: String, _ text: any StringTable) -> String {
        switch dimension {
        case .channel: Channel(rawValue: key).map(text.channel) ?? key
        case .sector: configuration.sector(key)?.name ?? key
        case .category: configuration.category(key)?.name ?? key
        case .operator: key
        case .hour: key + "–" + String(format: "%02d", (Int(key) ?? 0) + 1)
        }
    }
}
