import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter import`: contacts from JSON Lines, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contacts from a JSON Lines file (all or nothing).",
        discussion: """
            One JSON object per line with the fields started_at, ended_at (ISO 8601 with offset), channel, \
            medium, category, sector, resolution, forward_reason, forward_to, matter, callback_phone, \
            callback_email, callback_time, referred_to (a destination id of Config/referrals.toml), \
            referred_other (where, for "annan"), operator, queue_wait_s, digital_help, incident, call_id, \
            subject, note, and optionally id. A line with an id that is already stored is skipped, so \
            importing the same file twice counts each contact once. If any line is invalid, nothing is \
            imported and every bad line is reported with its number (exit code 65). \
            Into a database that exists, the lines are checked and stored in one pass, in one transaction \
            that is rolled back if any line is bad; where the import makes the database, they are read \
            twice, once to check them all and once to store them, so bad input makes no database, and \
            input that reads differently the second time (a file still being written) imports nothing \
            (exit code 74). Either way a file of any size takes the same memory; standard input from a \
            pipe is copied to a private temporary file in $TMPDIR meanwhile. The format is described in \
            docs/import.md. \
            A database that does not exist is made only when it is the configured one or --create is \
            given; otherwise the import exits 69 and writes nothing.

            Examples:
              servicecenter import contacts-2026-11-23.jsonl
              telephony-export | servicecenter import -
              servicecenter import --database /srv/ny-site.sqlite --create contacts.jsonl
              servicecenter import --database /srv/ny-site.sqlite --create - </dev/null
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to read, or - for standard input.", valueName: "FILE"))
    var file: String

    @Flag(help: "Make the database named by --database when it does not exist (the configured one is made without asking).")
    var create = false

    func run() throws {
        let context = try CommandContext(global)
        // Before reading: a wrong --database is said before a long file is checked for nothing.
        try context.requireDatabase(unless: .siteStart(explicit: create))
        let lines = try context.openContactLines(file)
        let contactImport = ContactImport(configuration: context.configuration)
        let now = Date()
        let creditBefore = LineCredit(context)
        var credit = creditBefore
        // Into a database that exists, one pass: checked and stored together, rolled back when
        // any line holds the input back. Where this import would make the database, two: every
        // line checked first, so input that does not hold makes none.
        let onePass = context.databaseExists
        let checked: ContactImport.Checked
        var stored: (outcome: ContactImport.Outcome, store: any Store)?
        do {
            if onePass {
                let store = try context.openStore(creation: .siteStart(explicit: create))
                let checking = try context.storing { try contactImport.checkAndStore(lines, credit: &credit, into: store, now: now) }
                checked = checking.checked
                stored = checking.outcome.map { ($0, store) }
            } else {
                checked = try contactImport.check(lines, credit: &credit, now: now)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw context.unreadable(file, error)
        }
        let source = lines.name
        for note in checked.notes { printError("\(source):\(note.line): \(context.describe(note.note))") }
        switch checked.verdict {
        case .invalid(let bad):
            printError(context.commandText.importRejected(badLines: bad, refusedLines: checked.refusedLines, totalLines: checked.lines))
            // A line naming someone else is an attempt however bad its neighbours, so a bad
            // line cannot hide one; nothing was recorded on anyone's behalf.
            context.auditRefusals(credit, for: "import")
            throw ExitStatus.dataError
        case .refused(let refused):
            printError(context.commandText.importRejected(badLines: 0, refusedLines: refused, totalLines: checked.lines))
            context.auditRefusals(credit, for: "import")
            throw ExitStatus.permission
        case .empty:
            // --create asks for the database, so an empty import starts an empty site.
            if create, !onePass { _ = try context.openStore(creation: .siteStart(explicit: true)) }
            print(context.commandText.importEmpty(file: source))
        case .ready:
            let (outcome, store) = try stored ?? storeSecondPass(checked, lines, contactImport, credit: creditBefore, now: now, context)
            context.audit(credit, for: "import")
            print(context.commandText.imported(inserted: outcome.stored.inserted, alreadyPresent: outcome.stored.alreadyPresent))
            context.deliverPending(store)
        }
    }

    /// The two passes' second: the lines read again and stored, credited from where the check began.
    func storeSecondPass(
        _ checked: ContactImport.Checked, _ lines: ContactLineFile, _ contactImport: ContactImport, credit: LineCredit, now: Date,
        _ context: CommandContext
    ) throws -> (outcome: ContactImport.Outcome, store: any Store) {
        let store = try context.openStore(creation: .siteStart(explicit: create))
        return (try context.storing { try contactImport.store(checked, from: lines, credit: credit, into: store, now: now) }, store)
    }
}
