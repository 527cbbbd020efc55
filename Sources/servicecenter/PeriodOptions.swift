import ArgumentParser
import ServicecenterCore

/// `--date`, or `--from` and `--to`: the days the statistics commands count.
struct PeriodOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("One day: YYYY-MM-DD, today or yesterday (igår), in the site's time zone.", valueName: "DATE"))
    var date: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("First day of a period.", valueName: "DATE"))
    var from: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Last day of a period (inclusive).", valueName: "DATE"))
    var to: String?

    func validate() throws {
        if date != nil, from != nil || to != nil {
            throw ValidationError("Give either --date or --from/--to, not both.")
        }
    }
}

extension CommandContext {
    /// The first and last day the options name, in the site's time zone: one `--date`, or
    /// `--from` (default `start`, else today) through `--to` (default the later of `--from` and
    /// today), or `defaultDay` without any. A period that ends before it starts is refused with
    /// exit 64.
    func period(_ options: PeriodOptions, defaultDay: String, start: LocalDay? = nil) throws -> (first: LocalDay, last: LocalDay) {
        let first: LocalDay, last: LocalDay
        if let date = options.date {
            first = try day(date, option: "--date")
            last = first
        } else if options.from == nil, options.to == nil {
            first = try day(defaultDay, option: "--date")
            last = first
        } else {
            let today = try day("today", option: "--date")
            first = try options.from.map { try day($0, option: "--from") } ?? start ?? today
            last = try options.to.map { try day($0, option: "--to") } ?? max(first, today)
        }
        guard first <= last else {
            let strings = argumentStrings(for: text.language)
            printError(options.from == nil ? strings.toBeforeStart(to: last, start: first) : strings.badPeriod(from: first, to: last))
            throw ExitStatus.usage
        }
        return (first, last)
    }
}
