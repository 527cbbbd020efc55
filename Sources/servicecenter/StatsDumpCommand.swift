import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter stats dump`: the nightly open-data package, safe to run from cron.
struct StatsDumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write a day's or a period's statistics as an open-data package (Frictionless Data Package).",
        discussion: """
            Writes OUT/<period>/ (OUT/2026-11-22 for a day, OUT/2026-11-01_2026-11-30 for a \
            period): datapackage.json describing every table with a Table Schema; summary, \
            contacts_by_channel_sector_category, service_level_by_channel_hour (with whether each \
            hour met its target), forecast_by_channel_day (the staffing forecast against what \
            came), referrals_by_destination and knowledge_by_category as CSV (and JSON with \
            --format csv,json); report.html, the period's quality report (each measure \
            against its target, the previous period and the same period a year earlier; evenness \
            per hour and weekday; hand-overs per sector; docs/statistics.md). Without --date or \
            --from/--to: yesterday in the site's time zone, for a nightly run.

            No personal data: no notes, names, call ids or staff. In sensitive sectors and \
            categories, rows with fewer than [statistics] suppress_below contacts are withheld \
            (see docs/statistics.md). --include-operators adds a per-guide table, for a \
            supervisor or admin only; such a package is not for publishing.

            The same data gives byte-identical files. The package is written beside the target \
            and moved into place at once: a reader sees the previous package or the new one, and \
            a crash leaves the previous one.

            A period of closed days only (a weekend, a holiday) with nothing in it gives a \
            package of zeros, so the published series has no holes.

            Exit codes: 0 written; 64 bad arguments; 66 no contacts or queue events in a \
            period with a working day (nothing written: a feed or the database is wrong); 69 the database does not exist; 73 OUT cannot be written; \
            74 database damaged; 75 database locked (try again); 77 --include-operators by a \
            guide; 78 invalid configuration; 80 the disk is full (try again once space is freed).

            Examples:
              servicecenter stats dump --out /srv/stats
              servicecenter stats dump --date 2026-11-22 --out /srv/stats --excel
              servicecenter stats dump --out /srv/stats --format csv,json
              servicecenter stats dump --from 2026-01-01 --to 2026-12-31 --out /srv/stats
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var period: PeriodOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("The folder the package goes in, as a folder named after the period.", valueName: "DIR"))
    var out: String

    @Option(parsing: .unconditional, help: ArgumentHelp("csv (default), json, or csv,json.", valueName: "FORMATS"))
    var format: String = "csv"

    @Flag(help: "Also write excel/<table>.csv for a Swedish-locale spreadsheet: semicolons, decimal commas, a byte-order mark.")
    var excel = false

    @Flag(help: "Add the per-guide table (operators.csv). Supervisors and admins only; not for publishing.")
    var includeOperators = false

    func run() throws {
        let context = try CommandContext(global)

        var formats: [DataPackage.Format] = []
        for name in format.split(separator: ",", omittingEmptySubsequences: false) {
            guard let parsed = DataPackage.Format(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                printError(argumentStrings(for: context.text.language).badFormat(String(name)))
                throw ExitStatus.usage
            }
            if !formats.contains(parsed) { formats.append(parsed) }
        }
        let (first, last) = try context.period(period, defaultDay: "yesterday")
        if includeOperators { _ = try context.requireSupervisor(for: "stats dump --include-operators") }
        let store = try context.openExistingStore(access: .readOnly)
        let dump = StatisticsDump(
            configuration: context.configuration,
            options: DataPackage.Options(formats: formats, excel: excel, includeOperators: includeOperators, language: context.text.language))
        let written: StatisticsDump.Outcome
        do {
            written = try dump.write(from: store, first: first, last: last, into: URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL)
        } catch {
            switch error {
            case .store(let failure):
                throw context.fail(failure)
            case .noData(let name):
                printError(context.commandText.dumpNoData(period: name.replacingOccurrences(of: "_", with: " – ")))
                throw ExitStatus.noInput
            case .cannotWrite(let failure):
                printError(context.commandText.dumpCannotWrite(path: failure.path, reason: failure.reason))
                throw failure.diskFull ? ExitStatus.diskFull : ExitStatus.cannotCreate
            }
        }
        print(context.commandText.dumpWritten(path: written.target.path, contacts: written.contacts, files: written.files))
    }
}
