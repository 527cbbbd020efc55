import ArgumentParser
import Foundation
import ServicecenterCore

/// `handovers deliver`: sends every hand-over e-mail not yet sent, for cron.
struct HandoversDeliverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver",
        abstract: "E-mail the hand-overs not yet sent to the sectors' mailboxes (for cron).",
        discussion: """
            Every unsent row of the outbox is tried once, failed ones and ones waiting for their \
            next try included, through [delivery] mail_command (the sendmail -t interface). Every \
            other command also tries the due ones after its own work, for up to two seconds; this \
            is the one to run from cron. Supervisors and admins.

            Exit codes: 0 nothing left unsent; 75 some are still unsent, failed or held by \
            another process that is sending them (it says how many, and when a hold ends; the \
            reasons: `handovers outbox`); 77 not a supervisor or admin.

            Examples:
              servicecenter handovers deliver
              */5 * * * *  servicecenter handovers deliver --lang en
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        _ = try context.requireSupervisor(for: "handovers deliver")
        let store = try context.openStore()
        let (report, unsent) = try context.storing {
            (try store.deliver(.everything, configuration: context.configuration, transport: context.mailTransport), try store.outbox().count)
        }
        let heldUntil = report.heldUntil.map { Timestamp.localMinute($0, in: context.configuration.timeZone) }
        say(context.commandText.delivered(report, stillFailing: try store.failingDeliveryCount(), heldUntil: heldUntil))
        if unsent > 0 { throw ExitStatus.temporaryFailure }
    }
}
