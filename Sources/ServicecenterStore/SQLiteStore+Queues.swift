import Foundation
import GRDB
import ServicecenterCore

/// The channels' queues: tickets in the visitor hall, events from the telephony platform, the
/// video relay and the mailbox. Every change is a `QueueEvent` folded into its `QueueCall`.
extension SQLiteStore {
    /// Issues the next ticket for a hall channel ("B042"), numbered per day and prefix.
    public func takeTicket(channel: Channel, service: String?, now: Date) throws(QueueError) -> QueueTicket {
        guard let prefix = QueueTicket.prefix(for: channel) else { throw .notAHallChannel(channel) }
        let day = LocalDay(now, in: zone)
        return try queueWrite { db in
            let last = try Int.fetchOne(
                db, sql: """
                    SELECT MAX(CAST(substr(ticket, 2) AS INTEGER)) FROM queue_call
                    WHERE local_date = ? AND ticket IS NOT NULL AND substr(ticket, 1, 1) = ?
                    """,
                arguments: [day.description, prefix]) ?? 0
            let number = QueueTicket.number(prefix: prefix, sequence: last + 1)
            let callID = QueueTicket.callID(day: day, number: number)
            let ahead = try waitingCount(channel: channel, on: day, in: db)
            try apply(QueueEvent(at: now, channel: channel, kind: .offered, callID: callID), service: service, ticket: number, in: db, now: now)
            return QueueTicket(number: number, channel: channel, service: service, takenAt: now, callID: callID, ahead: ahead)
        }
    }

    /// Calls the oldest waiting ticket of `channel` today, or nil when nobody waits.
    ///
    /// One `BEGIN IMMEDIATE` transaction finds and calls it, so two desks pressing "next" at
    /// the same instant are served one after the other and get different tickets.
    public func callNextTicket(channel: Channel, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall? {
        guard QueueTicket.hallChannels.contains(channel) else { throw .notAHallChannel(channel) }
        let day = LocalDay(now, in: zone)
        return try queueWrite { db in
            guard let oldest = try Row.fetchOne(
                db, sql: """
                    SELECT \(QueueCallRow.columns) FROM queue_call
                    WHERE local_date = ? AND channel = ? AND outcome = 'waiting' AND ticket IS NOT NULL
                    ORDER BY offered_at, call_id LIMIT 1
                    """,
                arguments: [day.description, channel.rawValue])
            else { return nil }
            return try call(QueueCallRow.call(from: oldest), by: user, station: station, now: now, in: db)
        }
    }

    /// Calls a waiting ticket out of order, by its number ("B042").
    public func callTicket(_ number: String, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall {
        try queueWrite { db in
            let current = try latestLeg(of: number, on: LocalDay(now, in: zone), in: db)
            try current.checkCallable(as: number)
            return try call(current, by: user, station: station, now: now, in: db)
        }
    }

    /// Records that a called ticket's visitor did not come.
    public func markNoShow(_ number: String, by user: String, now: Date) throws(QueueError) -> QueueCall {
        try queueWrite { db in
            let current = try latestLeg(of: number, on: LocalDay(now, in: zone), in: db)
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
            let current = try latestLeg(of: number, on: day, in: db)
            try current.checkTransferable(as: number)
            let number = current.ticket ?? number
            let channel = channel ?? current.channel
            // The visitor took the ticket once: its first leg's time stays the "taken" time.
            let takenAt = try firstTaken(number, on: day, in: db) ?? current.queuedAt
            let legs = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM queue_call WHERE local_date = ? AND ticket = ?", arguments: [day.description, number]) ?? 1
            _ = try apply(QueueEvent(at: now, channel: current.channel, kind: .transferred, callID: current.callID, operatorUser: user), in: db, now: now)
            let callID = QueueTicket.callID(day: day, number: number, leg: legs + 1)
            let ahead = try waitingCount(channel: channel, on: day, in: db)
            let service = service ?? current.service
            try apply(QueueEvent(at: now, channel: channel, kind: .offered, callID: callID), service: service, ticket: number, in: db, now: now)
            return QueueTicket(number: number, channel: channel, service: service, takenAt: takenAt, callID: callID, ahead: ahead)
        }
    }

    /// When ticket `number` was first taken on `day`: the earliest offer of any of its legs.
    func firstTaken(_ number: String, on day: LocalDay, in db: Database) throws -> Date? {
        try String.fetchOne(
            db, sql: "SELECT MIN(offered_at) FROM queue_call WHERE local_date = ? AND ticket = ?", arguments: [day.description, number]
        ).flatMap(Timestamp.parse)
    }

    /// Today's tickets still waiting in `channel` (all hall channels when nil), oldest first.
    public func waitingTickets(channel: Channel?, on day: LocalDay) throws(StoreError) -> [QueueCall] {
        try read { db in
            var sql = "SELECT \(QueueCallRow.columns) FROM queue_call WHERE local_date = ? AND outcome = 'waiting' AND ticket IS NOT NULL"
            var arguments: [any DatabaseValueConvertible] = [day.description]
            if let channel { sql += " AND channel = ?"; arguments.append(channel.rawValue) }
            sql += " ORDER BY offered_at, call_id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var call = QueueCallRow.call(from: row)
                // A transferred ticket shows when it was taken, not when it was moved.
                if let ticket = call.ticket, let first = try firstTaken(ticket, on: day, in: db), first < call.queuedAt {
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
        try write { db in try batches.storeEach { event in try apply(event, in: db, now: now) != nil } }
    }

    /// Every call whose first event fell on local days `from` through `to`.
    public func queueCalls(from: LocalDay, through to: LocalDay) throws(StoreError) -> [QueueCall] {
        try read { db in try queueCalls(from: from, through: to, in: db) }
    }

    func queueCalls(from: LocalDay, through to: LocalDay, in db: Database) throws -> [QueueCall] {
        try RawRows(
            db, sql: "SELECT \(QueueCallRow.columns) FROM queue_call WHERE local_date BETWEEN ? AND ?",
            arguments: [from.description, to.description]
        ).map(QueueCallRow.call(from:))
    }

    /// The queue's wait for a call, in whole seconds, when both ends are known.
    func queueWait(ofCall callID: String, in db: Database) throws -> Int? {
        try Row.fetchOne(db, sql: "SELECT \(QueueCallRow.columns) FROM queue_call WHERE call_id = ?", arguments: [callID])
            .map(QueueCallRow.call(from:))?.wait.map { Int($0.rounded()) }
    }

    /// The call `rule` picks for a contact that names none.
    func answeredCall(_ rule: AnsweredCallRule, in db: Database) throws -> String? {
        try String.fetchOne(
            db, sql: """
                SELECT q.call_id FROM queue_call q
                WHERE q.local_date = ? AND q.channel = ? AND q.answered_by = ? AND q.answered_at BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.call_id = q.call_id)
                ORDER BY q.answered_at DESC LIMIT 1
                """,
            arguments: [
                rule.day.description, rule.channel.rawValue, rule.answeredBy,
                Timestamp.utcText(rule.answeredFrom), Timestamp.utcText(rule.answeredThrough),
            ])
    }

    // MARK: - Folding events into calls

    /// Stores `event` and folds it into its call; nil when the same call id and kind was
    /// stored before. Ticket details (service, number) are set when the call is made.
    @discardableResult
    func apply(_ event: QueueEvent, service: String? = nil, ticket: String? = nil, station: String? = nil, in db: Database, now: Date) throws -> QueueCall? {
        // Every queue write passes here: the call id (a platform may use the caller's number),
        // the operator, the service and the station are typed or sent text, masked alike.
        let event = intake.masked(event, now: now)
        let service = service.map { intake.masked($0, now: now) }, station = station.map { intake.masked($0, now: now) }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO queue_event (call_id, event, at, channel, operator, received_at) VALUES (?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [event.callID, event.kind.rawValue, Timestamp.utcText(event.at), event.channel.rawValue, event.operatorUser, Timestamp.utcText(now)])
        guard db.changesCount > 0 else { return nil }
        let stored = try db.cachedStatement(sql: "SELECT \(QueueCallRow.columns) FROM queue_call WHERE call_id = ?")
        var call: QueueCall
        var storedStation: String?
        if let row = try Row.fetchOne(stored, arguments: [event.callID]) {
            call = QueueCallRow.call(from: row)
            call.apply(event)
            storedStation = row[QueueCallRow.stationIndex]
        } else {
            call = QueueCall(event)
            call.service = service
            call.ticket = ticket
        }
        try QueueCallRow.upsert(call, station: station ?? storedStation, zone: zone, in: db)
        return call
    }

    func call(_ waiting: QueueCall, by user: String, station: String?, now: Date, in db: Database) throws -> QueueCall {
        let event = QueueEvent(at: now, channel: waiting.channel, kind: .answered, callID: waiting.callID, operatorUser: user)
        guard let called = try apply(event, station: station, in: db, now: now) else {
            throw QueueError.ticketNotWaiting(waiting.ticket ?? waiting.callID, outcome: .answered, by: nil)
        }
        return called
    }

    /// The newest leg of today's ticket `number`.
    func latestLeg(of number: String, on day: LocalDay, in db: Database) throws -> QueueCall {
        let normalized = number.uppercased()
        guard let row = try Row.fetchOne(
            db, sql: """
                SELECT \(QueueCallRow.columns) FROM queue_call WHERE local_date = ? AND ticket = ?
                ORDER BY first_at DESC, call_id DESC LIMIT 1
                """,
            arguments: [day.description, normalized])
        else { throw QueueError.unknownTicket(normalized) }
        return QueueCallRow.call(from: row)
    }

    func waitingCount(channel: Channel, on day: LocalDay, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM queue_call WHERE local_date = ? AND channel = ? AND outcome = 'waiting'",
            arguments: [day.description, channel.rawValue]) ?? 0
    }

    /// A write whose refusals come out as `QueueError`s. A refusal rolls the transaction back:
    /// write() reports only store errors, so the refusal is carried out beside it.
    func queueWrite<T>(_ body: (Database) throws -> T) throws(QueueError) -> T {
        var refusal: QueueError?
        do {
            return try write { db in
                do { return try body(db) } catch let error as QueueError {
                    refusal = error
                    throw error
                }
            }
        } catch {
            throw refusal ?? .store(error)
        }
    }
}
