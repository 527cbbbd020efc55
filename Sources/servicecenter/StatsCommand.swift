import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter stats`: the figures as a table in the terminal, or as the nightly open-data package.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the statistics (the default), write the nightly open-data package, or list the catalogue's gaps.",
        subcommands: [StatsShowCommand.self, StatsDumpCommand.self, StatsGapsCommand.self],
        defaultSubcommand: StatsShowCommand.self
    )
}

/// `servicecenter stats [show]`: the day's (or a period's) figures as a readable table.
struct StatsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show contacts per channel, FCR, forwarded by reason, digital help, handling and wait times, hand-overs per sector.",
        discussion: """
            Days follow the site's time zone. Without options: today.

            Examples:
              servicecenter stats
              servicecenter stats --date yesterday
              servicecenter stats --from 2026-11-01 --to 2026-11-30 --lang en
              servicecenter stats --by sector
              servicecenter stats --date yesterday --by hour
              servicecenter stats --by knowledge --from 2026-11-01 --to 2026-11-30
              servicecenter stats --by knowledge --format csv > kunskap.csv

            --by knowledge (supervisors and admins, exit 77 otherwise) shows FCR with and \
            without an opened knowledge article per category, the categories to write for next, \
            the articles nobody opened and the searches that matched nothing; --format (text, \
            csv or json) goes with it only.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var period: PeriodOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Rows per channel (default), sector, category, operator or hour; or knowledge.", valueName: "WHAT"))
    var by: StatsView = .channel

    @Option(parsing: .unconditional, help: ArgumentHelp("With --by knowledge: text (default), csv or json.", valueName: "FORMAT"))
    var format: KnowledgeReport.Format?

    func validate() throws {
        if format != nil, by != .knowledge { throw ValidationError("--format goes with --by knowledge only.") }
    }

    func run() throws {
        let context = try CommandContext(global)
        let (first, last) = try context.period(period, defaultDay: "today")
        guard let dimension = by.dimension else {
            try showKnowledge(context, from: first, through: last, format: format ?? .text)
            return
        }
        // Figures per person are for whoever leads the work, not for colleagues.
        if dimension == .operator { _ = try context.requireSupervisor(for: "stats --by operator") }
        let store = try context.openStore(access: .readOnly)
        // The contacts are counted as they are read, a month at a time, never held: years of
        // them fit in the memory of the table's rows.
        let (tally, incidents, calls, handovers) = try context.storing {
            (try PeriodTally.read(from: store, from: first, through: last, by: dimension, configuration: context.configuration),
             try store.incidents(since: nil), try store.queueCalls(from: first, through: last),
             try store.handoverFigures(from: first, through: last, asOf: context.today))
        }
        var report = StatisticsReport(
            configuration: context.configuration, from: first, through: last, tally: tally, handovers: handovers, queueCalls: calls)
        report.forecasts = tally.forecasts
        report.incidentTitles = Dictionary(incidents.map { ($0.tag, $0.title) }, uniquingKeysWith: { newest, _ in newest })
        say(report.render(context.text).joined(separator: "\n"))
    }
}

extension ContactBreakdown.Dimension: ExpressibleByArgument {}
