import ArgumentParser
import Foundation
import ServicecenterCore

/// `servicecenter audit`: the audit log, for a supervisor.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: edited contacts, purges, incidents and refused commands.",
        discussion: """
            Each line says when, who, what and which contact. An edit lists the fields that changed, \
            old → new; notes and referral texts by their length only. Needs the role supervisor or \
            admin (exit 77 otherwise). The log is append-only.

            Examples:
              servicecenter audit
              servicecenter audit --since 2026-01-01
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("First day to show: YYYY-MM-DD, today or yesterday. Default: 30 days ago.", valueName: "DATE"))
    var since: String?

    func run() throws {
        let context = try CommandContext(global)
        _ = try context.requireSupervisor(for: "audit")
        let first = try since.map { try context.day($0, option: "--since") } ?? context.today.adding(days: -30)
        let store = try context.openExistingStore(access: .readOnly)
        let zone = context.configuration.timeZone
        let entries = try context.storing { try store.auditLog(since: first.start(in: zone)) }
        guard !entries.isEmpty else {
            say(context.commandText.auditEmpty(since: first))
            return
        }
        say(TextTable(header: context.commandText.auditColumns, rows: entries.map {
            [Timestamp.localMinute($0.at, in: zone), $0.actor, context.commandText.auditAction($0.action), $0.contactID.map(String.init) ?? "–", $0.details]
        }, alignments: [.left, .left, .left, .right, .left]).render().joined(separator: "\n"))
    }
}
