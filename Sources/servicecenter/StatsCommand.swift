import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter stats`: the day's (or a period's) figures as a readable table.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show contacts per channel, FCR, forwarded by reason, digital help, handling and wait times, hand-overs per sector.",
        discussion: """
            Days follow the site's time zone. Without options: today.

            Examples:
              servicecenter stats
              servicecenter stats --date yesterday
              servicecenter stats --from 2026-11-01 --to 2026-11-30 --lang en
              servicecenter stats --by sector
              servicecenter stats --date yesterday --by hour
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("One day: YYYY-MM-DD, today or yesterday.", valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp("First day of a period.", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Last day of a period (inclusive).", valueName: "DATE"))
    var to: String?

    @Option(help: ArgumentHelp("Rows per channel (default), sector, category, operator or hour.", valueName: "WHAT"))
    var by: ContactBreakdown.Dimension = .channel

    func validate() throws {
        if date != nil, from != nil || to != nil {
            throw ValidationError("Give either --date or --from/--to, not both.")
        }
    }

    func run() throws {
        let context = try CommandContext(global)
        let first: LocalDay, last: LocalDay
        if let date {
            first = try context.day(date, option: "--date")
            last = first
        } else {
            let today = try context.day("today", option: "--date")
            first = try from.map { try context.day($0, option: "--from") } ?? today
            last = try to.map { try context.day($0, option: "--to") } ?? (from == nil ? today : max(first, today))
        }
        guard first <= last else {
            printError(context.text.badPeriod(from: first, to: last))
            throw ExitStatus.usage
        }
        let store = try context.openStore()
        let contacts: [Contact]
        let handovers: [HandoverFigures]
        let calls: [QueueCall]
        do {
            calls = try store.queueCalls(from: first, through: last)
            contacts = try store.contacts(from: first, through: last)
            handovers = try store.handoverFigures(from: first, through: last, asOf: context.today)
        } catch {
            throw context.fail(error)
        }
        let report = StatisticsReport(
            configuration: context.configuration, from: first, through: last, contacts: contacts, by: by, handovers: handovers,
            queueCalls: calls)
        print(report.render(context.text).joined(separator: "\n"))
    }
}

extension ContactBreakdown.Dimension: ExpressibleByArgument {}
