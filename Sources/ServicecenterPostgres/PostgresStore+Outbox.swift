import Foundation
import PostgresNIO
import ServicecenterCore

/// The outbox of hand-over events to be e-mailed to the sectors' mailboxes, on PostgreSQL.
///
/// The contract is the SQLite backend's: at least once, never twice knowingly. A row is written
/// with its event, in the event's transaction; a sender claims it in a transaction of its own
/// (attempts + 1, held until the command's time limit has passed), sends, and records the
/// outcome in another. Here several hosts claim at once: the candidate row is taken with
/// `FOR UPDATE SKIP LOCKED`, so a claim never waits for, nor takes, a row another host is claiming.
extension PostgresStore {
    /// Writes the outbox row for event `eventID`, when the event is one the sector is mailed
    /// about and its sector has a mailbox. Inside the event's transaction, so the row exists
    /// exactly when the event does. Due at `now`, the event's time. The demo's hand-overs are
    /// never mailed: its sectors are real ones, and their mailboxes too.
    func enqueueDelivery(ofEvent eventID: Int64, now: Date, in db: PostgresSession) throws {
        // Most sites start without mailboxes: then a save costs no query more than before.
        guard let configuration = intake.planner?.configuration, configuration.sectors.contains(where: { $0.mailbox != nil }) else { return }
        guard let row = try db.query("""
            SELECT e.handover_id, e.event, h.sector, c.external_id, (SELECT token FROM database_identity WHERE id = 1)
            FROM handover_event e JOIN handover h ON h.id = e.handover_id JOIN contact c ON c.id = h.contact_id
            WHERE e.id = \(eventID)
            """).first
        else { return }
        let (handoverID, eventName, sector, externalID, token) = try row.decode((Int64, String, String, String?, String?).self)
        guard let event = HandoverEvent(rawValue: eventName), OutboxEntry.mailedEvents.contains(event),
              let mailbox = configuration.sector(sector)?.mailbox
        else { return }
        if let externalID, externalID.hasPrefix(DemoGenerator.externalIDMark) { return }
        let messageID = OutboxEntry.messageID(
            handover: handoverID, event: eventID, database: token ?? "0", domain: configuration.delivery.messageIDDomain)
        try db.execute("""
            INSERT INTO handover_delivery
                (event_id, handover_id, event, sector, mailbox, message_id, state, attempts, next_attempt_at, created_at)
            VALUES (\(eventID), \(handoverID), \(event.rawValue), \(sector), \(mailbox), \(messageID), 'pending', 0,
                    \(Instant(now)), \(Instant(now)))
            """)
    }

    /// The columns `outboxEntry(from:)` reads, in its order.
    static let outboxColumns = """
        event_id, handover_id, event, sector, mailbox, message_id, state, attempts, last_error, next_attempt_at, sent_at, created_at,
        claimed_until
        """

    static func outboxEntry(from row: PostgresRow) throws -> OutboxEntry {
        let cells = row.makeRandomAccess()
        return OutboxEntry(
            eventID: try cells[0].decode(Int64.self), handoverID: try cells[1].decode(Int64.self),
            event: HandoverEvent(rawValue: try cells[2].decode(String.self)) ?? .created, sector: try cells[3].decode(String.self),
            mailbox: try cells[4].decode(String.self), messageID: try cells[5].decode(String.self),
            state: DeliveryState(rawValue: try cells[6].decode(String.self)) ?? .pending, attempts: try cells[7].decode(Int.self),
            lastError: try cells[8].decode(String?.self), nextAttemptAt: try cells[9].decode(Date.self),
            sentAt: try cells[10].decode(Date?.self), createdAt: try cells[11].decode(Date.self),
            claimedUntil: try cells[12].decode(Date?.self))
    }

    /// Claims the next unsent row after event `after` for one try: attempts + 1 and held until
    /// `holdUntil`, in one transaction. The candidate is locked with `SKIP LOCKED`: a row another
    /// host is claiming right now is passed over, and a row whose claim committed meanwhile no
    /// longer matches once locked (READ COMMITTED checks the newest version), so no row is
    /// claimed twice.
    /// - Parameters:
    ///   - includeFailed: also rows that have failed `max_attempts` times (`handovers deliver`).
    ///   - ignoringBackoff: also rows whose next try is later (`handovers deliver`, run by
    ///     someone who has just mended the mail command); otherwise only those due by `now`.
    public func claimDelivery(
        after: Int64, now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool
    ) throws(StoreError) -> OutboxEntry? {
        try write { db in
            let sql = """
                SELECT \(Self.outboxColumns) FROM handover_delivery
                WHERE event_id > $1 AND (claimed_until IS NULL OR claimed_until <= $2)
                  AND \(includeFailed ? "state <> 'sent'" : "state = 'pending'")
                  \(ignoringBackoff ? "" : "AND next_attempt_at <= $2")
                ORDER BY event_id LIMIT 1
                FOR UPDATE SKIP LOCKED
                """
            var binds = PostgresBindings()
            binds.append(after)
            binds.append(Instant(now))
            guard let row = try db.query(PostgresQuery(unsafeSQL: sql, binds: binds)).first else { return nil }
            // The entry as it was before this claim, with the try it is about to have counted (as on SQLite).
            var entry = try Self.outboxEntry(from: row)
            entry.attempts += 1
            try db.execute("""
                UPDATE handover_delivery SET attempts = \(entry.attempts), claimed_until = \(Instant(holdUntil))
                WHERE event_id = \(entry.eventID)
                """)
            return entry
        }
    }

    /// Records that the mail command took the message. A row already sent stays as it was.
    public func recordDeliverySent(_ eventID: Int64, at now: Date) throws(StoreError) {
        try write { db in
            _ = try db.execute("""
                UPDATE handover_delivery SET state = 'sent', sent_at = \(Instant(now)), claimed_until = NULL, last_error = NULL
                WHERE event_id = \(eventID) AND state <> 'sent'
                """)
        }
    }

    /// Records a failed try: pending again after a backoff, or failed once `maxAttempts` tries
    /// have been made (still tried again by `handovers deliver`).
    public func recordDeliveryFailure(_ eventID: Int64, reason: String, at now: Date, maxAttempts: Int) throws(StoreError) {
        try write { db in
            // Locked, so a host recording a send of the same row at once cannot be undone by this.
            guard let attempts = try db.value(
                "SELECT attempts FROM handover_delivery WHERE event_id = \(eventID) AND state <> 'sent' FOR UPDATE", as: Int.self)
            else { return }
            let next = now.addingTimeInterval(OutboxEntry.backoff(afterAttempts: attempts))
            try db.execute("""
                UPDATE handover_delivery
                SET state = \(attempts >= maxAttempts ? "failed" : "pending"), last_error = \(reason), next_attempt_at = \(Instant(next)),
                    claimed_until = NULL
                WHERE event_id = \(eventID)
                """)
        }
    }

    /// The outbox: rows not yet sent (with `includeSent`, all), oldest first.
    public func outbox(includeSent: Bool) throws(StoreError) -> [OutboxEntry] {
        try read { db in
            try db.query(PostgresQuery(unsafeSQL: """
                SELECT \(Self.outboxColumns) FROM handover_delivery \(includeSent ? "" : "WHERE state <> 'sent'") ORDER BY event_id
                """)).map(Self.outboxEntry(from:))
        }
    }

    /// Rows that have failed `max_attempts` tries: the dashboard's count.
    public func failingDeliveryCount() throws(StoreError) -> Int {
        try read { db in try failingDeliveryCount(in: db) }
    }

    func failingDeliveryCount(in db: PostgresSession) throws -> Int {
        try db.value("SELECT COUNT(*) FROM handover_delivery WHERE state = 'failed'", as: Int.self) ?? 0
    }

    /// Whether any row is waiting whose try is due by `now`: the cheap question every command
    /// asks after its own work (an index on the unsent rows answers it).
    public func hasDueDelivery(now: Date) throws(StoreError) -> Bool {
        try read { db in
            try db.value(
                "SELECT EXISTS (SELECT 1 FROM handover_delivery WHERE state = 'pending' AND next_attempt_at <= \(Instant(now)))",
                as: Bool.self) ?? false
        }
    }
}
