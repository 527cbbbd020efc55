import Foundation
import ServicecenterCore

/// Delivery after a command's own work (issue 18): the outbox's due rows are tried by the
/// next command that runs, once what it came to do is saved and printed.
extension CommandContext {
    /// The site's mail command.
    var mailTransport: any MailTransport {
        MailCommand(settings: configuration.delivery, language: configuration.site.language)
    }

    /// Tries the due deliveries for at most `DeliveryRound.afterCommand`'s budget (plus
    /// one try's time limit). Never throws and never changes the exit status: the command's
    /// work is saved already, and what is not sent now waits for the next command or for
    /// `handovers deliver`. A site without mailboxes asks nothing.
    func deliverPending(_ store: Store) {
        guard configuration.sectors.contains(where: { $0.mailbox != nil }), (try? store.hasDueDelivery(now: Date())) == true else { return }
        // What the command printed goes out first (fflush(nil): every output stream): a slow
        // mail command must not hold it back.
        fflush(nil)
        _ = try? store.deliver(.afterCommand, configuration: configuration, transport: mailTransport)
    }
}
