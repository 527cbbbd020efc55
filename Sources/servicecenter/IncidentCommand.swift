import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter incident`: driftstörningar, for a supervisor without the dashboard at hand.
struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: "Start, end and list incidents (driftstörningar) that every desk shows.",
        discussion: """
            Starting and ending needs the role supervisor or admin (exit 77 otherwise). While an \
            incident is active, every desk shows its message within a second and Ctrl-T tags a contact \
            to it; the dashboard counts its contacts. The dashboard's I and E keys do the same.

            Examples:
              servicecenter incident start --title "Vattenläcka i Adolfsberg" \\
                  --message "Vattnet är avstängt till kl 18. Koka vattnet när det kommer tillbaka."
              servicecenter incident list
              servicecenter incident end 3
            """,
        subcommands: [Start.self, End.self, List.self],
        defaultSubcommand: List.self
    )

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start", abstract: "Start an incident; desks show it at once.",
            discussion: """
                Example:
                  servicecenter incident start --title "Vattenläcka i Adolfsberg" --message "Koka vattnet tills vidare"
                """)
        @OptionGroup var global: GlobalOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("A short title (at most 60 characters).", valueName: "TEXT")) var title: String
        @Option(parsing: .unconditional, help: ArgumentHelp("What to tell citizens (at most 300 characters).", valueName: "TEXT")) var message = ""

        func run() throws {
            let context = try CommandContext(global)
            let supervisor = try context.requireSupervisor(for: "incident start")
            let store = try context.openStore()
            try context.storing {
                say(context.queueText.incidentStarted(try store.startIncident(title: title, message: message, by: supervisor.user)))
            }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end", abstract: "End an incident (the newest active one when no id is given).",
            discussion: "Examples:\n  servicecenter incident end\n  servicecenter incident end 3")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The incident's id, as `incident list` shows it.", transform: WholeNumber.within(1...Int64.max))
        var id: Int64?

        func run() throws {
            let context = try CommandContext(global)
            let supervisor = try context.requireSupervisor(for: "incident end")
            let store = try context.openStore()
            try context.storing {
                let target: Int64
                if let id {
                    target = id
                } else {
                    guard let newest = try store.activeIncidents().first else {
                        say(context.queueCommandText.noActiveIncident)
                        return
                    }
                    target = newest.id
                }
                say(context.queueText.incidentEnded(try store.endIncident(target, by: supervisor.user)))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List active incidents and those of the last 30 days (the default).",
            discussion: "Examples:\n  servicecenter incident\n  servicecenter incident list --lang en")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try CommandContext(global)
            let store = try context.openStore(access: .readOnly)
            let incidents = try context.storing { try store.incidents(since: context.today.adding(days: -30)) }
            guard !incidents.isEmpty else {
                say(context.queueCommandText.noActiveIncident)
                return
            }
            let zone = context.configuration.timeZone
            say(TextTable(header: context.queueCommandText.incidentColumns, rows: incidents.map {
                [String($0.id), $0.tag, $0.title, Timestamp.localMinute($0.startedAt, in: zone), $0.startedBy,
                 $0.endedAt.map { Timestamp.localMinute($0, in: zone) } ?? "–"]
            }).render().joined(separator: "\n"))
        }
    }
}
