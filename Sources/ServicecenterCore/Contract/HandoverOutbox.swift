import Foundation

/// The hand-overs' way to the sectors: an outbox of e-mails to send (claimed, sent, failed)
/// and a feed of every hand-over event in order, for a sector's own system.
public protocol HandoverOutbox: Sendable {
    /// Claims the next row due after event `after` until `holdUntil`, so no other process sends it meanwhile.
    func claimDelivery(after: Int64, now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool) throws(StoreError) -> OutboxEntry?
    func recordDeliverySent(_ eventID: Int64, at now: Date) throws(StoreError)
    func recordDeliveryFailure(_ eventID: Int64, reason: String, at now: Date, maxAttempts: Int) throws(StoreError)
    /// The rows not yet sent (and the sent ones too with `includeSent`).
    func outbox(includeSent: Bool) throws(StoreError) -> [OutboxEntry]
    /// How many rows have failed at least once and are not yet sent.
    func failingDeliveryCount() throws(StoreError) -> Int
    /// Whether any row is due to be tried at `now`.
    func hasDueDelivery(now: Date) throws(StoreError) -> Bool
    /// The feed: hand-over events after event `after`, oldest first, at most `limit`.
    func handoverNotices(after: Int64, limit: Int) throws(StoreError) -> [HandoverNotice]
    func handoverNotice(event id: Int64) throws(StoreError) -> HandoverNotice?
    /// The newest event's id (0 when there is none), where a feed started "from now" begins.
    func lastHandoverEventID() throws(StoreError) -> Int64
}

extension HandoverOutbox {
    /// Claims the first row due, from the start of the outbox.
    public func claimDelivery(now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool) throws(StoreError) -> OutboxEntry? {
        try claimDelivery(after: 0, now: now, holdUntil: holdUntil, includeFailed: includeFailed, ignoringBackoff: ignoringBackoff)
    }

    public func outbox() throws(StoreError) -> [OutboxEntry] {
        try outbox(includeSent: false)
    }

    public func handoverNotices(after: Int64) throws(StoreError) -> [HandoverNotice] {
        try handoverNotices(after: after, limit: 500)
    }
}
