import ArgumentParser
import Foundation
import ServicecenterCore

/// `handovers outbox`: the hand-over e-mails not yet sent, with why.
struct HandoversOutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the hand-over e-mails not yet sent, with the reason and tries.",
        discussion: """
            Pending rows wait for their next try (after 1, 2, 4 … minutes, at most an hour); \
            failed ones have used [delivery] max_attempts and are tried again by \
            `handovers deliver`. Supervisors and admins.

            Examples:
              servicecenter handovers outbox
              servicecenter handovers outbox --format json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "table (default), csv or json.")
    var format: HandoverList.Format = .table

    func run() throws {
        let context = try CommandContext(global)
        _ = try context.requireSupervisor(for: "handovers outbox")
        let store = try context.openStore(access: .readOnly)
        let entries = try context.storing { try store.outbox() }
        let list = OutboxList(entries: entries, zone: context.configuration.timeZone)
        let strings = deliveryStrings(for: context.text.language)
        if format == .table { say(list.render(format, strings)) } else {
            print(list.render(format, strings), terminator: format == .csv ? "" : "\n")
        }
    }
}
