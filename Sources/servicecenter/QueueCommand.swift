import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter queue`: tickets in the visitor hall and events from the other channels' systems.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Take and call tickets, and feed queue events from telephony, video relay and mailbox.",
        discussion: """
            Visitor hall: a kiosk or receptionist runs `queue take`; desks call the next ticket with \
            Ctrl-N (or `queue next`). Phone, sign-language video and digital queues are fed by \
            `queue events`. How service level and waits are measured is in docs/measures.md.

            Exit codes: 0 done; 64 bad arguments; 65 invalid event lines (nothing stored), or the ticket \
            is no longer waiting, or every line --follow read was bad; 66 no such ticket or file; 79 --follow stored \
            the good lines and skipped bad ones.
            """,
        subcommands: [Take.self, Next.self, Call.self, NoShow.self, Transfer.self, List.self, Events.self],
        defaultSubcommand: List.self
    )

    /// `queue take`.
    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "take",
            abstract: "Issue a ticket and print its number (for a kiosk or the reception).",
            discussion: """
                Examples:
                  servicecenter queue take --channel visit
                  servicecenter queue take --channel visit --service stadsbyggnad
                  servicecenter queue take --channel sign_language
                """
        )
        @OptionGroup var global: GlobalOptions

        @Option(parsing: .unconditional, help: "visit (besök, B-tickets) or sign_language (teckenspråk, T-tickets).")
        var channel: Channel = .visit

        @Option(parsing: .unconditional, help: ArgumentHelp("The sector the visitor wants to see (an id from sectors.toml).", valueName: "SECTOR"))
        var service: String?

        func run() throws {
            let context = try CommandContext(global)
            try checkService(service, context)
            let store = try context.openStore()
            let ticket = try context.storing { try store.takeTicket(channel: channel, service: service) }
            say(context.queueCommandText.ticketTaken(ticket, channel: context.text.channel(channel)))
        }
    }

    /// `queue next`.
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Call the oldest waiting ticket of a channel (what Ctrl-N does at the desk).",
            discussion: """
                Prints the ticket and its wait; exit 0 with a message when nobody waits. The station \
                must be one the desk offers (Disk 1 … the site's [site] visit_desks, or Teckenspråk); \
                any other is refused with exit 64 and the list of known stations.

                Examples:
                  servicecenter queue next --station "Disk 2"
                  servicecenter queue next --channel sign_language --station Teckenspråk
                """
        )
        @OptionGroup var global: GlobalOptions

        @Option(parsing: .unconditional, help: "visit or sign_language.")
        var channel: Channel = .visit

        @Option(parsing: .unconditional, help: ArgumentHelp("Where the visitor should go, e.g. \"Disk 2\".", valueName: "STATION"))
        var station: String?

        func run() throws {
            let context = try CommandContext(global)
            let station = try knownStation(self.station, context)
            let store = try context.openStore()
            guard let called = try context.storing({ try store.callNextTicket(channel: channel, by: context.loginUser, station: station) }) else {
                say(context.queueText.nobodyWaiting(channel: context.text.channel(channel)))
                return
            }
            say(context.queueText.ticketCalled(called.ticket ?? called.callID, wait: Formatting.duration(called.wait), station: station))
        }
    }

    /// `queue call B042`.
    struct Call: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "call", abstract: "Call a waiting ticket out of order.",
            discussion: """
                Exit 65 when the ticket is no longer waiting (the message says who called it), 66 when \
                there is no such ticket today, 64 for a station the desk does not offer.

                Examples:
                  servicecenter queue call B042
                  servicecenter queue call B042 --station "Disk 3"
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ticket number, e.g. B042.") var ticket: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Where the visitor should go.", valueName: "STATION")) var station: String?

        func run() throws {
            let context = try CommandContext(global)
            let station = try knownStation(self.station, context)
            let store = try context.openStore()
            let called = try context.storing { try store.callTicket(ticket, by: context.loginUser, station: station) }
            say(context.queueText.ticketCalled(called.ticket ?? ticket, wait: Formatting.duration(called.wait), station: station))
        }
    }

    /// `queue no-show B042`.
    struct NoShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "no-show", abstract: "Record that a called visitor did not come.",
            discussion: """
                Only a called ticket can be a no-show (exit 65 for one still waiting or already closed).

                Example:
                  servicecenter queue no-show B042
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ticket number.") var ticket: String

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore()
            let call = try context.storing { try store.markNoShow(ticket, by: context.loginUser) }
            say(context.queueText.noShowRecorded(call.ticket ?? ticket))
        }
    }

    /// `queue transfer B042 --channel sign_language`.
    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transfer",
            abstract: "Move a ticket to another hall queue or sector; the visitor keeps the number.",
            discussion: """
                The ticket keeps the time it was taken; the wait in the new queue is a leg of its own, \
                so each queue's figures count only its own wait.

                Examples:
                  servicecenter queue transfer B042 --channel sign_language
                  servicecenter queue transfer B042 --service stadsbyggnad
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ticket number.") var ticket: String
        @Option(parsing: .unconditional, help: "visit or sign_language (default: the ticket's own).") var channel: Channel?
        @Option(parsing: .unconditional, help: ArgumentHelp("The sector to queue for.", valueName: "SECTOR")) var service: String?

        func run() throws {
            let context = try CommandContext(global)
            try checkService(service, context)
            let store = try context.openStore()
            let moved = try context.storing { try store.transferTicket(ticket, to: channel, service: service, by: context.loginUser) }
            say(context.queueText.ticketTransferred(moved, channel: context.text.channel(moved.channel)))
        }
    }

    /// `queue [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List today's waiting tickets, oldest first (the default).",
            discussion: """
                Examples:
                  servicecenter queue
                  servicecenter queue list --channel sign_language --lang en
                """)
        @OptionGroup var global: GlobalOptions
        @Option(parsing: .unconditional, help: "Only this channel.") var channel: Channel?

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore(access: .readOnly)
            let now = Date()
            let waiting = try context.storing { try store.waitingTickets(channel: channel, on: context.today) }
            guard !waiting.isEmpty else {
                say(context.queueText.nobodyWaiting(channel: channel.map(context.text.channel) ?? context.text.channel(.visit)))
                return
            }
            let zone = context.configuration.timeZone
            func clock(_ date: Date) -> String { String(Timestamp.localMinute(date, in: zone).suffix(5)) }
            // Taken is when the visitor took the ticket, kept across a transfer; moved is when
            // this queue got it, and the wait is the wait in this queue (as its figures count it).
            let rows = waiting.map { call in
                [call.ticket ?? call.callID, context.text.channel(call.channel), call.service ?? "",
                 clock(call.takenAt), call.movedAt.map(clock) ?? "", Formatting.duration(call.waiting(at: now))]
            }
            say(TextTable(header: context.queueCommandText.waitingColumns, rows: rows).render().joined(separator: "\n"))
        }
    }

    /// `queue events [FILE|-]`.
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Read queue events as JSON Lines from a telephony platform, video relay or mailbox.",
            discussion: """
                One object per line: {"at": ISO 8601 with offset, "channel": "phone", "event": "offered", \
                "call_id": "…", "operator": "anna"}. Events: offered, answered, abandoned; digital \
                feeds may say received and replied. An event already stored (same call_id and event) is \
                skipped, so a feed can be sent again. Events may arrive in any order.

                Without --follow the input is all or nothing: one bad line and nothing is stored, every \
                bad line named with its number (exit 65). With --follow each line is stored as it \
                arrives and a bad line is reported and skipped, for a feed that never ends (exit 79 if any \
                was skipped and some were good; 65 if every line was bad; a line already stored counts \
                as good). A line longer than 1 MiB is a bad line, skipped without being held in memory.

                Examples:
                  servicecenter queue events telefoni-2026-11-23.jsonl
                  tail -F /var/log/vaxel/events.jsonl | servicecenter queue events --follow -
                """
        )
        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The file to read, or - for standard input (the default).", valueName: "FILE"))
        var file = "-"

        @Flag(help: "Store each line as it arrives and skip bad ones, for a continuous feed.")
        var follow = false

        func run() throws {
            let context = try CommandContext(global)
            var credit = LineCredit(context)
            if follow { return try followLines(context, credit: &credit) }
            let lines = try context.openQueueEventLines(file)
            let events = QueueEventImport(configuration: context.configuration)
            // Checked and stored in one pass, a batch of events held at a time, rolled back when
            // any line is bad. Where the database is still to be made, every line is checked
            // first, so input that does not hold makes none.
            let pass: QueueEventImport.Pass
            do {
                pass = try context.storing {
                    try events.checkAndStore(
                        lines, credit: &credit, checkingFirst: !context.databaseExists, into: { try context.openStore() }, now: Date())
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw context.unreadable(file, error)
            }
            let checked = pass.checked
            for note in checked.notes { report(note, context) }
            guard let stored = pass.stored else {
                printError(context.queueCommandText.eventsRejected(badLines: checked.badLines, totalLines: checked.lines))
                context.auditRefusals(credit, for: "queue events")
                throw checked.badLines == checked.refusedLines ? ExitStatus.permission : ExitStatus.dataError
            }
            context.audit(credit, for: "queue events")
            try finish(.recorded, stored, context)
        }

        /// A feed that never ends (or a file read as one): each line is its own transaction, so
        /// the wallboard sees it at once, and a bad line is skipped.
        func followLines(_ context: CommandContext, credit: inout LineCredit) throws {
            let reader = file == "-"
                ? LineReader(descriptor: FileHandle.standardInput.fileDescriptor) : LineReader(descriptor: try context.openInput(file), closing: true)
            let store = try context.openStore()
            // Audited when the feed ends; a feed under systemd ends with its pipe or service.
            defer { context.audit(credit, for: "queue events --follow") }
            let totals: QueueFeed.Totals
            do {
                totals = try QueueFeed(configuration: context.configuration).follow(reader, into: store, credit: &credit) { report($0, context) }
            } catch .read(let failure) {
                printError(fileStrings(for: context.text.language).fileUnreadable(file == "-" ? "stdin" : file) + " " + failure.reason)
                throw ExitStatus.ioError
            } catch .store(let failure) {
                throw context.fail(failure)
            }
            try finish(totals.verdict, totals.stored, context)
        }

        func report(_ note: NumberedLineNote, _ context: CommandContext) {
            printError("\(file == "-" ? "stdin" : file):\(note.line): \(context.describe(note.note))")
        }

        /// Says what was stored and exits as the verdict says (only --follow gets this far with bad lines).
        func finish(_ verdict: QueueEventImport.Verdict, _ stored: ImportOutcome, _ context: CommandContext) throws {
            if case .rejected(let bad, let onlyOthersNamed) = verdict {
                printError(context.queueCommandText.eventsRejected(badLines: bad, totalLines: bad))
                // Every line named someone else: a matter of role, as without --follow.
                throw onlyOthersNamed ? ExitStatus.permission : ExitStatus.dataError
            }
            say(context.queueCommandText.eventsRecorded(inserted: stored.inserted, alreadyPresent: stored.alreadyPresent))
            if case .partlyStored(let skipped) = verdict {
                printError(context.queueCommandText.eventsSkipped(badLines: skipped))
                throw ExitStatus.partlyStored
            }
        }
    }
}

/// A station must be one the hall has (`HallStations`); it is stored by its own name, so
/// "disk 2" and "Besök disk 2" are one station in the figures.
private func knownStation(_ station: String?, _ context: CommandContext) throws -> String? {
    guard let station else { return nil }
    let hall = HallStations(visitDesks: context.configuration.site.visitDesks)
    guard let known = hall.station(named: station) else {
        printError(argumentStrings(for: context.text.language).unknownStation(station, option: "--station", known: hall.names))
        throw ExitStatus.usage
    }
    return known
}

/// A ticket's service must be a sector the configuration knows.
private func checkService(_ service: String?, _ context: CommandContext) throws {
    if let service, context.configuration.sector(service) == nil {
        printError(context.text.contactProblem(.unknownSector(field: "--service", value: service)))
        throw ExitStatus.usage
    }
}
