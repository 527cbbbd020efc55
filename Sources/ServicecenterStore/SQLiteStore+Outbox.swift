import Foundation
import GRDB
import ServicecenterCore

/// The outbox of hand-over events to be e-mailed to the sectors' mailboxes (issue 18).
///
/// The contract is at least once, never twice knowingly: a row is written with its event, in
/// the event's transaction; a sender claims it in a write transaction of its own (attempts + 1,
/// held until the command's time limit has passed), sends, and records the outcome in another.
/// Two processes never send the same row at once. A process that dies between the MTA taking
/// the message and the outcome being recorded leaves the row claimed; once the hold passes it
/// is sent again, with the same Message-ID, which the receiving side can drop as a duplicate.
extension SQLiteStore {
    /// Writes the outbox row for event `eventID` of hand-over `handoverID`, when the event is
    /// one the sector is mailed about and its sector has a mailbox. Inside the event's write
    /// transaction, so the row exists exactly when the event does. Due at `now`, the event's
    /// time (a hand-over's is its contact's end, so an imported one is due at once). The demo's hand-overs are
    /// never mailed: its sectors are real ones, and their mailboxes too.
    func enqueueDelivery(ofEvent eventID: Int64, now: Date, in db: Database) throws {
        // Most sites start without mailboxes: then a save costs no query more than before.
        guard let configuration = intake.planner?.configuration, configuration.sectors.contains(where: { $0.mailbox != nil }) else { return }
        // Cached statements: an import of a month's hand-overs runs these thousands of times.
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT e.handover_id, e.event, h.sector, c.external_id
                FROM handover_event e JOIN handover h ON h.id = e.handover_id JOIN contact c ON c.id = h.contact_id
                WHERE e.id = ?
                """),
            arguments: [eventID])
        else { return }
        let handoverID: Int64 = row[0], sector: String = row[2]
        guard let event = HandoverEvent(rawValue: row[1]), OutboxEntry.mailedEvents.contains(event),
              let mailbox = configuration.sector(sector)?.mailbox
        else { return }
        if let externalID = row[3] as String?, externalID.hasPrefix(DemoGenerator.externalIDMark) { return }
        let database = try String.fetchOne(db.cachedStatement(sql: "SELECT token FROM database_identity WHERE id = 1")) ?? "0"
        let messageID = OutboxEntry.messageID(
            handover: handoverID, event: eventID, database: database, domain: configuration.delivery.messageIDDomain)
        try db.cachedStatement(sql: """
            INSERT INTO handover_delivery
                (event_id, handover_id, event, sector, mailbox, message_id, state, attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
            """).execute(arguments: [
                eventID, handoverID, event.rawValue, sector, mailbox, messageID, Timestamp.utcText(now), Timestamp.utcText(now),
            ])
    }

    static let outboxColumns = """
        event_id, handover_id, event, sector, mailbox, message_id, state, attempts, last_error, next_attempt_at, sent_at, created_at,
        claimed_until
        """

    static func outboxEntry(from row: Row) -> OutboxEntry {
        OutboxEntry(
            eventID: row[0], handoverID: row[1], event: HandoverEvent(rawValue: row[2]) ?? .created, sector: row[3], mailbox: row[4],
            messageID: row[5], state: DeliveryState(rawValue: row[6]) ?? .pending, attempts: row[7], lastError: row[8],
            nextAttemptAt: Timestamp.parse(row[9]) ?? .distantPast, sentAt: (row[10] as String?).flatMap(Timestamp.parse),
            createdAt: Timestamp.parse(row[11]) ?? .distantPast, claimedUntil: (row[12] as String?).flatMap(Timestamp.parse))
    }

    /// Claims the next unsent row after event `after` for one try: attempts + 1 and held until
    /// `holdUntil`, in one write transaction, so no other process takes it meanwhile.
    /// - Parameters:
    ///   - includeFailed: also rows that have failed `max_attempts` times (`handovers deliver`).
    ///   - ignoringBackoff: also rows whose next try is later (`handovers deliver`, run by
    ///     someone who has just mended the mail command); otherwise only those due by `now`.
    public func claimDelivery(
        after: Int64, now: Date, holdUntil: Date, includeFailed: Bool, ignoringBackoff: Bool
    ) throws(StoreError) -> OutboxEntry? {
        try write { db in
            let nowText = Timestamp.utcText(now)
            var conditions = ["event_id > ?", "(claimed_until IS NULL OR claimed_until <= ?)"]
            var arguments: [(any DatabaseValueConvertible)?] = [after, nowText]
            conditions.append(includeFailed ? "state != 'sent'" : "state = 'pending'")
            if !ignoringBackoff { conditions.append("next_attempt_at <= ?"); arguments.append(nowText) }
            guard let row = try Row.fetchOne(
                db, sql: """
                    SELECT \(Self.outboxColumns) FROM handover_delivery WHERE \(conditions.joined(separator: " AND "))
                    ORDER BY event_id LIMIT 1
                    """,
                arguments: StatementArguments(arguments))
            else { return nil }
            var entry = Self.outboxEntry(from: row)
            entry.attempts += 1
            try db.execute(
                sql: "UPDATE handover_delivery SET attempts = ?, claimed_until = ? WHERE event_id = ?",
                arguments: [entry.attempts, Timestamp.utcText(holdUntil), entry.eventID])
            return entry
        }
    }

    /// Records that the mail command took the message. A row already sent stays as it was.
    public func recordDeliverySent(_ eventID: Int64, at now: Date) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE handover_delivery SET state = 'sent', sent_at = ?, claimed_until = NULL, last_error = NULL
                    WHERE event_id = ? AND state != 'sent'
                    """,
                arguments: [Timestamp.utcText(now), eventID])
        }
    }

    /// Records a failed try: pending again after a backoff, or failed once `maxAttempts` tries
    /// have been made (still tried again by `handovers deliver`).
    public func recordDeliveryFailure(_ eventID: Int64, reason: String, at now: Date, maxAttempts: Int) throws(StoreError) {
        try write { db in
            guard let attempts = try Int.fetchOne(
                db, sql: "SELECT attempts FROM handover_delivery WHERE event_id = ? AND state != 'sent'", arguments: [eventID])
            else { return }
            let next = now.addingTimeInterval(OutboxEntry.backoff(afterAttempts: attempts))
            try db.execute(
                sql: """
                    UPDATE handover_delivery SET state = ?, last_error = ?, next_attempt_at = ?, claimed_until = NULL
                    WHERE event_id = ?
                    """,
                arguments: [attempts >= maxAttempts ? "failed" : "pending", reason, Timestamp.utcText(next), eventID])
        }
    }

    /// The outbox: rows not yet sent (with `includeSent`, all), oldest first.
    public func outbox(includeSent: Bool) throws(StoreError) -> [OutboxEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.outboxColumns) FROM handover_delivery \(includeSent ? "" : "WHERE state != 'sent'") ORDER BY event_id"
            ).map(Self.outboxEntry(from:))
        }
    }

    /// Rows that have failed `max_attempts` tries: the dashboard's count.
    public func failingDeliveryCount() throws(StoreError) -> Int {
        try read { db in try failingDeliveryCount(in: db) }
    }

    func failingDeliveryCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM handover_delivery WHERE state = 'failed'") ?? 0
    }

    /// Whether any row is waiting whose try is due by `now`: the cheap question every command
    /// asks after its own work (an index on the unsent rows answers it).
    public func hasDueDelivery(now: Date) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM handover_delivery WHERE state = 'pending' AND next_attempt_at <= ? LIMIT 1",
                arguments: [Timestamp.utcText(now)]) ?? false
        }
    }
}
