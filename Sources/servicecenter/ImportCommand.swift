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
            medium, category, sector, resolution, forward_reason, forward_to, referred_to (a destination id of \
            Config/referrals.toml), referred_other (where, for "annan"), operator, queue_wait_s, digital_help, incident, note, and optionally id. A line with an id that is already \
            stored is skipped, so importing the same file twice counts each contact once. If any line is \
            invalid, nothing is imported and every bad line is reported with its number (exit code 65). \
            The format is described in docs/import.md. \
            A database that does not exist is made only when it is the configured one or --create is \
            given; otherwise the import exits 69 and writes nothing.

            Examples:
              servicecenter import contacts-2026-11-23.jsonl
              telephony-export | servicecenter import -
              servicecenter import --database /srv/ny-site.sqlite --create contacts.jsonl
              servicecenter import --database /srv/ny-site.sqlite --create - </dev/null   (an empty site)
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
        let lines = try context.readLines(file, ContactLines.parse)

        let validator = ContactValidator(configuration: context.configuration)
        let now = Date()
        let today = LocalDay(now, in: context.configuration.timeZone)
        let source = file == "-" ? "stdin" : file
        var contacts: [Contact] = []
        var bad = 0
        var credit = LineCredit(context)
        for (number, result) in lines {
            let problem: LineProblem
            switch result {
            case .success(let draft):
                do {
                    let contact = try validator.validate(draft, now: now)
                    guard credit.allows(contact.operatorUser) else {
                        printError("\(source):\(number): \(context.notTheirs(contact.operatorUser))")
                        continue
                    }
                    // The store masks it; each line that held personal data is named here.
                    let masked = context.configuration.privacy.masked(contact, today: today).fields
                    if !masked.isEmpty {
                        printError("\(source):\(number): \(context.text.personalDataMasked(masked))")
                    }
                    contacts.append(contact)
                    continue
                } catch {
                    problem = .fields(error.problems)
                }
            case .failure(let failure):
                problem = failure
            }
            bad += 1
            printError("\(source):\(number): \(context.text.lineProblem(problem))")
        }
        guard bad == 0 else {
            printError(context.commandText.importRejected(badLines: bad, totalLines: lines.count))
            throw ExitStatus.dataError
        }
        guard credit.refused == 0 else {
            printError(context.commandText.importRejected(badLines: credit.refused, totalLines: lines.count))
            context.audit(credit, for: "import")
            throw ExitStatus.permission
        }
        guard !contacts.isEmpty else {
            // --create asks for the database, so an empty import starts an empty site.
            if create { _ = try context.openStore(creation: .siteStart(explicit: true)) }
            print(context.commandText.importEmpty(file: source))
            return
        }
        let store = try context.openStore(creation: .siteStart(explicit: create))
        do {
            let outcome = try store.importContacts(contacts)
            context.audit(credit, for: "import")
            print(context.commandText.imported(inserted: outcome.inserted, alreadyPresent: outcome.alreadyPresent))
        } catch {
            throw context.fail(error)
        }
        context.deliverPending(store)
    }
}
