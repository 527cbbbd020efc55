import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter stats gaps`: the catalogue's gaps, for the admin who keeps categories.toml.
struct StatsGapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List the words no category matched (contacts saved as Övrig fråga), most frequent first.",
        discussion: """
            When a guide's words match no category, the desk offers the fallback category \
            (categories.toml, fallback = true) and keeps the words as the contact's subject; the \
            words that matched nothing are counted here, each word on its own, folded (no case, \
            no å/ä/ö), from the subject masked as notes are; filler words, single letters, \
            tokens with digits and what masking left are not counted. Add search words or categories \
            for the frequent ones. Internal: never part of the open-data package; purged with \
            notes after [retention] note_days. Needs the role admin (exit 77 otherwise); a \
            missing database is exit 69. Without --date/--from/--to: the retained period \
            ([retention] note_days back to today); --to alone ends it earlier.

            Examples:
              servicecenter stats gaps
              servicecenter stats gaps --from 2026-11-01 --to 2026-11-30
              servicecenter stats gaps --format csv > gaps.csv
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var period: PeriodOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("text (default), csv or json.", valueName: "FORMAT"))
    var format: CatalogueGapReport.Format = .text

    func run() throws {
        let context = try CommandContext(global)
        _ = try context.requireAdmin(for: "stats gaps")
        // Without --from (or anything): the retained period, back from today.
        let retained = context.today.adding(days: -context.configuration.retention.noteDays)
        let (first, last) = period.date == nil && period.from == nil && period.to == nil
            ? (retained, context.today) : try context.period(period, defaultDay: "today", start: retained)
        let store = try context.openExistingStore(access: .readOnly)
        let gaps = try context.storing { try store.catalogueGaps(from: first, through: last) }
        if gaps.isEmpty, format == .text {
            say(gapStrings(for: context.text.language).noGaps(from: first, through: last))
            return
        }
        let report = CatalogueGapReport(gaps: gaps, zone: context.configuration.timeZone)
        print(report.render(format, header: gapStrings(for: context.text.language).gapColumns), terminator: "")
    }
}

extension CatalogueGapReport.Format: ExpressibleByArgument {}
