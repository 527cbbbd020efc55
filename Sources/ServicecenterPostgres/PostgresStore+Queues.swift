import Foundation
import PostgresNIO
import ServicecenterCore

/// The channels' queues: tickets in the visitor hall, events from the telephony platform, the
/// video relay and the mailbox. Every change is a `QueueEvent` folded into its `QueueCall`.
///
/// SQLite serialises every writer; here kiosks and desks on several hosts write at once, so
/// what must not race takes a lock in its transaction: the day's numbering per prefix (an
/// advisory lock), the ticket being called or moved (an advisory lock per number, and the row),
/// the next waiting ticket (its row, skipping rows another desk is calling), and each call's
/// fold of its events (an advisory lock per call id's slot, 256 of them).
extension PostgresStore {
    /// Issues the next ticket for a hall channel ("B042"), numbered per day and prefix.
    public func takeTicket(channel: Channel, service: String?, now: Date) throws(QueueError) -> QueueTicket {
        guard let prefix = QueueTicket.prefix(for: channel) else { throw .notAHallChannel(channel) }
        let day = LocalDay(now, in: zone)
        return try queueWrite { db in
            // Two kiosks numbering MAX + 1 at once would both see the same maximum: the second
            // waits here until the first has committed its ticket, then reads it.
            try db.execute("SELECT pg_advisory_xact_lock(hashtext(\("ticket \(day) \(prefix)")))")
            // The digits after the prefix, as SQLite's CAST reads them (a leading number, else 0).
            let last = try db.value("""
                SELECT COALESCE(MAX(COALESCE(substring(ticket FROM '^.([0-9]{1,18})')::bigint, 0)), 0) FROM queue_call
                WHERE local_date = \(day) AND ticket IS NOT NULL AND substr(ticket, 1, 1) = \(prefix)
                """, as: Int.self) ?? 0
            let number = QueueTicket.number(prefix: prefix, sequence: last + 1)
            let callID = QueueTicket.callID(day: day, number: number)
            let ahead = try waitingCount(channel: channel, on: day, in: db)
            try apply(QueueEvent(at: now, channel: channel, kind: .offered, callID: callID), service: service, ticket: number, in: db, now: now)
            return QueueTicket(number: number, channel: channel, service: service, takenAt: now, callID: callID, ahead: ahead)
        }
    }

    /// Calls the oldest waiting ticket of `channel` today, or nil when nobody waits.
    ///
    /// The oldest ticket's row is locked; one another desk is calling at this instant is
    /// skipped, so two desks pressing "next" at once get different tickets and neither waits.
    public func callNextTicket(channel: Channel, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall? {
        guard QueueTicket.hallChannels.contains(channel) else { throw .notAHallChannel(channel) }
        let day = LocalDay(now, in: zone)
        return try queueWrite { db in
            guard let oldest = try db.query("""
                SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call
                WHERE local_date = \(day) AND channel = \(channel.rawValue) AND outcome = 'waiting' AND ticket IS NOT NULL
                ORDER BY offered_at NULLS FIRST, call_id COLLATE "C" LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).first
            else { return nil }
            return try call(PostgresQueueCallRow.call(from: oldest), by: user, station: station, now: now, in: db)
        }
    }

    /// Calls a waiting ticket out of order, by its number ("B042").
    public func callTicket(_ number: String, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall {
        try queueWrite { db in
            let current = try lockedLatestLeg(of: number, on: LocalDay(now, in: zone), in: db)
            try current.checkCallable(as: number)
            return try call(current, by: user, station: station, now: now, in: db)
        }
    }

    /// Records that a called ticket's visitor did not come.
    public func markNoShow(_ number: String, by user: String, now: Date) throws(QueueError) -> QueueCall {
        try queueWrite { db in
            let current = try lockedLatestLeg(of: number, on: LocalDay(now, in: zone), in: db)
            try current.checkNoShow(as: number)
            return try apply(QueueEvent(at: now, channel: current.channel, kind: .noShow, callID: current.callID, operatorUser: user), in: db, now: now)
                ?? current
        }
    }

    /// Moves a ticket to another hall channel's queue (its own when `channel` is nil) or to a
    /// sector's. The visitor keeps the number; the wait there is a new leg, so each queue's
    /// figures count only its own wait.
    public func transferTicket(
        _ number: String, to channel: Channel?, service: String?, by user: String, now: Date
    ) throws(QueueError) -> QueueTicket {
        if let channel, !QueueTicket.hallChannels.contains(channel) { throw .notAHallChannel(channel) }
        let day = LocalDay(now, in: zone)
        return try queueWrite { db in
            let current = try lockedLatestLeg(of: number, on: day, in: db)
            try current.checkTransferable(as: number)
            let number = current.ticket ?? number
            let channel = channel ?? current.channel
            // The visitor took the ticket once: its first leg's time stays the "taken" time.
            let takenAt = try firstTaken(number, on: day, in: db) ?? current.queuedAt
            let legs = try db.value("SELECT COUNT(*) FROM queue_call WHERE local_date = \(day) AND ticket = \(number)", as: Int.self) ?? 1
            _ = try apply(QueueEvent(at: now, channel: current.channel, kind: .transferred, callID: current.callID, operatorUser: user), in: db, now: now)
            let callID = QueueTicket.callID(day: day, number: number, leg: legs + 1)
            let ahead = try waitingCount(channel: channel, on: day, in: db)
            let service = service ?? current.service
            try apply(QueueEvent(at: now, channel: channel, kind: .offered, callID: callID), service: service, ticket: number, in: db, now: now)
            return QueueTicket(number: number, channel: channel, service: service, takenAt: takenAt, callID: callID, ahead: ahead)
        }
    }

    /// When ticket `number` was first taken on `day`: the earliest offer of any of its legs.
    func firstTaken(_ number: String, on day: LocalDay, in db: PostgresSession) throws -> Date? {
        try db.query("SELECT MIN(offered_at) FROM queue_call WHERE local_date = \(day) AND ticket = \(number)")
            .first?.decode(Date?.self) ?? nil
    }

    /// Today's tickets still waiting in `channel` (all hall channels when nil), oldest first.
    public func waitingTickets(channel: Channel?, on day: LocalDay) throws(StoreError) -> [QueueCall] {
        try read { db in
            // The first leg's offer comes with each row (the column after the call's), rather
            // than one more question per ticket.
            try db.query("""
                SELECT \(unescaped: PostgresQueueCallRow.columns),
                    (SELECT MIN(f.offered_at) FROM queue_call f WHERE f.local_date = q.local_date AND f.ticket = q.ticket)
                FROM queue_call q
                WHERE local_date = \(day) AND outcome = 'waiting' AND ticket IS NOT NULL
                  AND (\(channel?.rawValue)::text IS NULL OR channel = \(channel?.rawValue)::text)
                ORDER BY offered_at NULLS FIRST, call_id COLLATE "C"
                """
            ).map { row in
                var call = try PostgresQueueCallRow.call(from: row)
                // A transferred ticket shows when it was taken, not when it was moved.
                if let first = try row.makeRandomAccess()[PostgresQueueCallRow.columnCount].decode(Date?.self), first < call.queuedAt {
                    call.ticketTakenAt = first
                }
                return call
            }
        }
    }

    /// How many wait in `channel` today: tickets, calls and e-mails not yet answered.
    public func waitingCount(channel: Channel, on day: LocalDay) throws(StoreError) -> Int {
        try read { db in try waitingCount(channel: channel, on: day, in: db) }
    }

    /// Records events from an outside system in one transaction. An event already stored
    /// (same call id and kind) is skipped, so a feed may be sent again safely.
    public func recordQueueEvents(_ batches: inout some Batches<QueueEvent>, now: Date) throws(StoreError) -> ImportOutcome {
        try write { db in try batches.storeBatches { batch in try apply(batch, in: db, now: now) } }
    }

    /// Every call whose first event fell on local days `from` through `to`.
    public func queueCalls(from: LocalDay, through to: LocalDay) throws(StoreError) -> [QueueCall] {
        try read { db in try queueCalls(from: from, through: to, in: db) }
    }

    /// The calls in arrival order, as SQLite lists them by rowid.
    func queueCalls(from: LocalDay, through to: LocalDay, in db: PostgresSession) throws -> [QueueCall] {
        try db.query("""
            SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call
            WHERE local_date BETWEEN \(from) AND \(to) ORDER BY arrival
            """
        ).map(PostgresQueueCallRow.call(from:))
    }

    /// The queue's wait for a call, in whole seconds, when both ends are known.
    func queueWait(ofCall callID: String, in db: PostgresSession) throws -> Int? {
        try db.query("SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call WHERE call_id = \(callID)").first
            .map(PostgresQueueCallRow.call(from:))?.wait.map { Int($0.rounded()) }
    }

    /// The call `rule` picks for a contact that names none: the guide's latest answer in the
    /// window (of two at the same second, the later to arrive, as SQLite's index gives it).
    func answeredCall(_ rule: AnsweredCallRule, in db: PostgresSession) throws -> String? {
        try db.value("""
            SELECT q.call_id FROM queue_call q
            WHERE q.local_date = \(rule.day) AND q.channel = \(rule.channel.rawValue) AND q.answered_by = \(rule.answeredBy)
              AND q.answered_at BETWEEN \(Instant(rule.answeredFrom)) AND \(Instant(rule.answeredThrough))
              AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.call_id = q.call_id)
            ORDER BY q.answered_at DESC, q.arrival DESC LIMIT 1
            """, as: String.self)
    }

    // MARK: - Folding events into calls

    /// Stores `event` and folds it into its call; nil when the same call id and kind was
    /// stored before. Ticket details (service, number) are set when the call is made.
    @discardableResult
    func apply(_ event: QueueEvent, service: String? = nil, ticket: String? = nil, station: String? = nil, in db: PostgresSession, now: Date) throws -> QueueCall? {
        // Every queue write passes here: the call id (a platform may use the caller's number),
        // the operator, the service and the station are typed or sent text, masked alike.
        let event = intake.masked(event, now: now)
        let service = service.map { intake.masked($0, now: now) }, station = station.map { intake.masked($0, now: now) }
        // Two hosts folding events of one call at once would each read the call without the
        // other's event and the later write would drop it: one call's events go one at a time.
        // The lock is one of 256 slots by the call id's hash, not one per call: a transaction
        // holds its advisory locks to the end, and a demo or a day's feed folds thousands of
        // calls in one (one lock each ran the server out of shared memory for its lock table).
        try db.execute("SELECT pg_advisory_xact_lock(hashtext('queue call'), hashtext(\(event.callID)) & 255)")
        let inserted = try db.execute("""
            INSERT INTO queue_event (call_id, event, at, channel, operator, received_at)
            VALUES (\(event.callID), \(event.kind.rawValue), \(Instant(event.at)), \(event.channel.rawValue), \(event.operatorUser), \(Instant(now)))
            ON CONFLICT (call_id, event) DO NOTHING
            """)
        guard inserted > 0 else { return nil }
        var call: QueueCall
        var storedStation: String?
        if let row = try db.query("SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call WHERE call_id = \(event.callID)").first {
            (call, storedStation) = try PostgresQueueCallRow.decoded(row)
            call.apply(event)
        } else {
            call = QueueCall(event)
            call.service = service
            call.ticket = ticket
        }
        try PostgresQueueCallRow.upsert(call, station: station ?? storedStation, zone: zone, in: db)
        return call
    }

    func call(_ waiting: QueueCall, by user: String, station: String?, now: Date, in db: PostgresSession) throws -> QueueCall {
        let event = QueueEvent(at: now, channel: waiting.channel, kind: .answered, callID: waiting.callID, operatorUser: user)
        guard let called = try apply(event, station: station, in: db, now: now) else {
            throw QueueError.ticketNotWaiting(waiting.ticket ?? waiting.callID, outcome: .answered, by: nil)
        }
        return called
    }

    /// The newest leg of today's ticket `number`, locked for this transaction.
    ///
    /// The ticket's own advisory lock comes first, so a desk calling or moving it waits for
    /// another that is doing so and then reads what that one committed (a new leg included);
    /// the row lock keeps a desk pressing "next" off it meanwhile.
    func lockedLatestLeg(of number: String, on day: LocalDay, in db: PostgresSession) throws -> QueueCall {
        let normalized = number.uppercased()
        try db.execute("SELECT pg_advisory_xact_lock(hashtext(\("ticket leg \(day) \(normalized)")))")
        guard let row = try db.query("""
            SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call WHERE local_date = \(day) AND ticket = \(normalized)
            ORDER BY first_at DESC, call_id COLLATE "C" DESC LIMIT 1
            FOR UPDATE
            """).first
        else { throw QueueError.unknownTicket(normalized) }
        return try PostgresQueueCallRow.call(from: row)
    }

    func waitingCount(channel: Channel, on day: LocalDay, in db: PostgresSession) throws -> Int {
        try db.value(
            "SELECT COUNT(*) FROM queue_call WHERE local_date = \(day) AND channel = \(channel.rawValue) AND outcome = 'waiting'",
            as: Int.self) ?? 0
    }
}
