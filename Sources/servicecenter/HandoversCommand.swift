import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter handovers`: the sectors' queue of forwarded contacts, from a script or a terminal.
struct HandoversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handovers",
        abstract: "List hand-overs to sectors and record what the sector did.",
        discussion: """
            A forwarded contact becomes a hand-over (ärende) due in the sector's working days \
            (weekends, Swedish holidays and [calendar] closed_days excluded). Changes are appended \
            to its history with who and when; nothing is rewritten.

            Exit codes: 0 done; 65 the change does not fit the hand-over's status (for example it \
            was already closed: the message says by whom and when); 66 no such hand-over; 77 a \
            guide changing a hand-over they did not forward, or --by naming another operator without \
            being admin (supervisors and admins may change any hand-over; the attempt is audited); \
            deliver: 75 while hand-over e-mails are still unsent (docs/handover-feed.md).
            """,
        subcommands: [
            List.self, Acknowledge.self, CallBack.self, Close.self, Reopen.self, Show.self,
            HandoversDeliverCommand.self, HandoversOutboxCommand.self, HandoversFeedCommand.self,
        ],
        defaultSubcommand: List.self
    )

    /// `handovers [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List open hand-overs (the default).",
            discussion: """
                Examples:
                  servicecenter handovers
                  servicecenter handovers --sector teknik --overdue
                  servicecenter handovers --status closed --format csv > stängda.csv
                  servicecenter handovers --all --format json
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(parsing: .unconditional, help: ArgumentHelp("Only this sector (an id from sectors.toml).", valueName: "SECTOR"))
        var sector: String?

        @Option(parsing: .unconditional, help: "Only this status: open, acknowledged, called_back or closed.")
        var status: HandoverStatus?

        @Flag(help: "Only hand-overs past their due date.")
        var overdue = false

        @Flag(help: "Include closed hand-overs.")
        var all = false

        @Option(parsing: .unconditional, help: "table (default), csv or json.")
        var format: HandoverList.Format = .table

        func run() throws {
            let context = try CommandContext(global)
            if let sector, context.configuration.sector(sector) == nil {
                printError(context.text.contactProblem(.unknownSector(field: "--sector", value: sector)))
                throw ExitStatus.usage
            }
            let store = try context.openStore(access: .readOnly)
            let today = context.today
            let handovers = try context.storing {
                try store.handovers(.init(sector: sector, status: status, overdueOn: overdue ? today : nil, includeClosed: all))
            }
            let list = HandoverList(handovers: handovers, configuration: context.configuration, today: today)
            // CSV and JSON escape control characters themselves (and CSV's CRLF must stay CRLF).
            if format == .table { say(list.render(format, context.text)) } else {
                print(list.render(format, context.text), terminator: format == .csv ? "" : "\n")
            }
        }
    }

    /// The options shared by the commands that change one hand-over.
    struct Change: ParsableArguments {
        @OptionGroup var global: GlobalOptions

        @Argument(help: "The hand-over's id.", transform: WholeNumber.within(1...Int64.max))
        var id: Int64

        @Option(parsing: .unconditional, help: ArgumentHelp("A note for the history.", valueName: "TEXT"))
        var note: String?

        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Another operator to record it for: admin only, audited; anyone else is refused with exit 77. Default: your login name.",
            valueName: "NAME"))
        var by: String?

        func record(_ event: HandoverEvent) throws {
            let context = try CommandContext(global)
            let command = "handovers \(event.rawValue)"
            let person = try context.loginOperator()
            let who = try context.actingUser(named: by, option: "--by", for: command)
            if who.onBehalfOf, context.configuration.operator(who.name) == nil {
                printError(context.text.contactProblem(.unknownOperator(who.name)))
                throw ExitStatus.usage
            }
            let store = try context.openStore()
            try context.storing {
                guard let current = try store.handover(id) else {
                    printError(context.text.handoverNotFound(id: id))
                    throw ExitStatus.noInput
                }
                let madeBy = try store.history(of: id).first { $0.event == .created }?.by
                try context.requireMayChange(current, madeBy: madeBy, as: person, for: command)
            }
            do {
                // A store failure is said by `storing`; what reaches the catch is a refusal of the change.
                let handover = try context.storing { try store.record(event, on: id, by: who.name, note: note) }
                if who.onBehalfOf {
                    context.audit(.onBehalf, by: person.user, details: "\(command) \(id): recorded as \(who.name)")
                }
                print(context.commandText.handoverRecorded(id: handover.id, event: event))
                context.deliverPending(store)
            } catch let error as HandoverChangeError {
                printError(context.text.handoverChangeError(error, in: context.configuration.timeZone))
                if case .notFound = error { throw ExitStatus.noInput }
                throw ExitStatus.dataError
            }
        }
    }

    struct Acknowledge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ack", abstract: "Record that the sector has taken the hand-over.",
            discussion: "Examples:\n  servicecenter handovers ack 42\n  servicecenter handovers ack 42 --note \"Handläggare: Eva\"")
        @OptionGroup var change: Change
        func run() throws { try change.record(.acknowledged) }
    }

    struct CallBack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "callback", abstract: "Record that the citizen was called back or answered.",
            discussion: "Example:\n  servicecenter handovers callback 42 --note \"Ringt 9.15, bokat möte\"")
        @OptionGroup var change: Change
        func run() throws { try change.record(.calledBack) }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: "Close a hand-over.",
            discussion: "Example:\n  servicecenter handovers close 42 --note \"Beslut skickat\"")
        @OptionGroup var change: Change
        func run() throws { try change.record(.closed) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen", abstract: "Reopen a closed hand-over (recorded as a reopening, not an undo).",
            discussion: "Example:\n  servicecenter handovers reopen 42 --note \"Medborgaren ringde igen\"")
        @OptionGroup var change: Change
        func run() throws { try change.record(.reopened) }
    }

    /// `handovers show ID`: one hand-over and its history.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one hand-over: its matter, call-back details and history.",
            discussion: """
                The matter (what the citizen wants decided or answered), who handed it over and when, \
                the day the sector must contact the citizen by, the status with the sector's last note, \
                and the history. The call-back details (phone, e-mail, preferred time) are shown to the \
                guide who made the hand-over, supervisors and admins; another guide sees the rest.

                Example:
                  servicecenter handovers show 42
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The hand-over's id.", transform: WholeNumber.within(1...Int64.max))
        var id: Int64

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore(access: .readOnly)
            try context.storing {
                guard let handover = try store.handover(id) else {
                    printError(context.text.handoverNotFound(id: id))
                    throw ExitStatus.noInput
                }
                let history = try store.history(of: id)
                var sheet = HandoverSheet(
                    handover: handover, history: history, configuration: context.configuration, today: context.today, showsCallback: false)
                // The call-back details only for those who work the hand-over (Operator.maySeeCallback);
                // a login not in operators.toml sees the case without them.
                sheet.showsCallback = context.configuration.operator(context.loginUser)?.maySeeCallback(ofHandoverMadeBy: sheet.madeBy) ?? false
                for line in sheet.render(context.text, handoverCaseStrings(for: context.text.language)) { say(line) }
            }
        }
    }
}

extension HandoverStatus: ExpressibleByArgument {}
extension HandoverList.Format: ExpressibleByArgument {}
