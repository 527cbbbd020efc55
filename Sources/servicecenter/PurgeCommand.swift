import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter purge`: gallring of free text past the retention period.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove notes and other free text older than [retention] note_days (gallring).",
        discussion: """
            Clears the notes and referral texts of contacts filed before the cutoff, the notes of \
            hand-over events made before it, the matters of hand-overs made before it, and desk \
            drafts untouched since. Erases a hand-over's call-back details (phone, e-mail, preferred \
            time) once it has been closed [retention] callback_days (default 30), and with the \
            notes whatever its status; desk drafts untouched that long go too. Every count the \
            statistics use is kept. The audit log records the counts, never the texts. Needs the role \
            admin (exit 77 otherwise).

            Safe to run nightly while desks are in use: it works in short transactions, and a \
            second run finds nothing left to do. Run it after the nightly statistics dump:
              30 2 * * *  servicecenter purge

            Example:
              servicecenter purge --dry-run
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Count what would be removed; change nothing.")
    var dryRun = false

    func run() throws {
        let context = try CommandContext(global)
        let admin = try context.requireAdmin(for: dryRun ? "purge --dry-run" : "purge")
        let noteDays = context.configuration.retention.noteDays
        let retention = CallbackRetention(context.configuration.retention)
        let cutoffs = retention.cutoffs(today: context.today)
        let store = try context.openExistingStore()
        try context.storing {
            let outcome = try store.purgeFreeText(
                before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: dryRun, by: admin.user)
            print(context.commandText.purged(outcome, dryRun: dryRun, noteDays: noteDays))
            print(context.commandText.callbacksPurged(
                callbacks: outcome.callbacks, matters: outcome.matters, closedOnOrBefore: cutoffs.closedOnOrBefore,
                callbackDays: retention.callbackDays, madeBefore: cutoffs.madeBefore, dryRun: dryRun))
        }
    }
}
