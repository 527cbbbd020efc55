import Foundation

/// What one round of delivery may do.
public struct DeliveryRound: Sendable {
    /// Also rows past `max_attempts`, and without waiting for their backoff (`handovers deliver`).
    public var insistent: Bool
    /// Stop claiming new rows after this long (nil: until none is left). A try already
    /// started runs to its end or its time limit.
    public var budget: TimeInterval?

    public init(insistent: Bool, budget: TimeInterval?) {
        self.insistent = insistent
        self.budget = budget
    }

    /// After a command's own work: due pending rows only, for at most two seconds, and no
    /// further once a try has failed (so a hanging mail command costs one time limit).
    public static let afterCommand = DeliveryRound(insistent: false, budget: 2)
    /// `handovers deliver`: every unsent row, once each.
    public static let everything = DeliveryRound(insistent: true, budget: nil)
}

/// Sending what the outbox holds: claim a row, compose its message, hand it to the mail
/// command, record the outcome. Called after a command's own work is saved, never before, so
/// a missing, hanging or failing mail command can delay a command by its time limit at most
/// and can never lose or block a save.
extension HandoverOutbox {
    /// Sends the outbox's due rows once each through `transport`.
    public func deliver(
        _ round: DeliveryRound, configuration: Configuration, transport: any MailTransport, clock: () -> Date = Date.init
    ) throws(StoreError) -> DeliveryReport {
        var report = DeliveryReport()
        let started = clock()
        var last: Int64 = 0
        // The hold outlasts the command's time limit and the second's grace after it.
        let hold = TimeInterval(configuration.delivery.timeoutSeconds + 30)
        while round.budget.map({ clock().timeIntervalSince(started) < $0 }) ?? true {
            let now = clock()
            guard let entry = try claimDelivery(
                after: last, now: now, holdUntil: now.addingTimeInterval(hold), includeFailed: round.insistent,
                ignoringBackoff: round.insistent)
            else { break }
            last = entry.eventID
            guard let notice = try handoverNotice(event: entry.eventID) else {
                try recordDeliveryFailure(
                    entry.eventID, reason: deliveryStrings(for: configuration.site.language).eventMissing(id: entry.eventID), at: clock(),
                    maxAttempts: configuration.delivery.maxAttempts)
                report.failed += 1
                continue
            }
            let message = HandoverMessage(notice: notice, entry: entry, configuration: configuration).text(date: clock())
            if let reason = transport.send(message) {
                try recordDeliveryFailure(entry.eventID, reason: reason, at: clock(), maxAttempts: configuration.delivery.maxAttempts)
                report.failed += 1
                // After a command, one failure is enough to stop: the mail command is most
                // likely down (or hanging, which has already cost a time limit), and the rest
                // wait for their backoff, the next command or `handovers deliver`.
                if !round.insistent { break }
            } else {
                try recordDeliverySent(entry.eventID, at: clock())
                report.sent += 1
            }
        }
        // What this round did not try, and why: rows another process holds (it is sending them,
        // or was killed doing so) are told apart from rows merely left for later, so neither
        // `handovers deliver` nor the outbox leaves a supervisor guessing.
        let end = clock()
        let unsent = try outbox(includeSent: false)
        let held = unsent.filter { $0.isHeld(at: end) }
        report.heldElsewhere = held.count
        report.heldUntil = held.compactMap(\.claimedUntil).max()
        report.leftOver = unsent.filter { !$0.isHeld(at: end) && $0.eventID > last }
            .filter { round.insistent || ($0.state == .pending && $0.nextAttemptAt <= end) }.count
        return report
    }
}
