import Foundation
import PostgresNIO
import ServicecenterCore

/// Hand-overs (ärenden) on PostgreSQL: made with their contact, listed by sector and status,
/// moved along by events that are only ever appended. A change locks its hand-over's row
/// first, so of two hosts changing one hand-over at once the second sees what the first did.
extension PostgresStore {
    public func handovers(_ filter: HandoverFilter) throws(StoreError) -> [Handover] {
        try read { db in
            var conditions: [String] = []
            var binds = PostgresBindings()
            /// The next placeholder, `$n`, for a value just appended to `binds`.
            func placeholder() -> String { "$\(binds.count)" }
            if let sector = filter.sector {
                binds.append(sector)
                conditions.append("h.sector = \(placeholder())")
            }
            if let status = filter.status {
                binds.append(status.rawValue)
                conditions.append("h.status = \(placeholder())")
            } else if !filter.includeClosed {
                conditions.append("h.status <> 'closed'")
            }
            if let user = filter.madeBy {
                binds.append(user)
                conditions.append("c.operator = \(placeholder())")
            }
            if let prefix = filter.externalIDPrefix {
                // A plain prefix test, not LIKE: an id may hold % or _.
                binds.append(prefix)
                conditions.append("starts_with(c.external_id, \(placeholder()))")
            }
            if let day = filter.overdueOn {
                binds.append(day)
                conditions.append("h.status <> 'closed' AND h.due_date < \(placeholder())")
            }
            let sql = """
                SELECT \(PostgresHandoverRow.columns)
                FROM handover h JOIN contact c ON c.id = h.contact_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY h.due_date, h.id
                """
            return try db.query(PostgresQuery(unsafeSQL: sql, binds: binds)).map {
                try PostgresHandoverRow.handover(from: $0.makeRandomAccess())
            }
        }
    }

    public func handover(_ id: Int64) throws(StoreError) -> Handover? {
        try read { db in try handover(id, in: db) }
    }

    /// The open hand-over a contact made, if any: what `log` and the desk name after saving a forwarded contact.
    public func handover(madeByContact contactID: Int64) throws(StoreError) -> Handover? {
        try read { db in
            try db.query("""
                SELECT \(unescaped: PostgresHandoverRow.columns)
                FROM handover h JOIN contact c ON c.id = h.contact_id WHERE h.contact_id = \(contactID) AND h.status <> 'closed'
                ORDER BY h.id DESC LIMIT 1
                """).first.map { try PostgresHandoverRow.handover(from: $0.makeRandomAccess()) }
        }
    }

    /// A hand-over's history, oldest first.
    public func history(of id: Int64) throws(StoreError) -> [(at: Date, by: String, event: HandoverEvent, note: String?)] {
        try read { db in
            try db.query("SELECT at, by, event, note FROM handover_event WHERE handover_id = \(id) ORDER BY id").map { row in
                let (at, by, event, note) = try row.decode((Date, String, String, String?).self)
                return (at, by, HandoverEvent(rawValue: event) ?? .created, note)
            }
        }
    }

    /// Records `event` on hand-over `id` by `person`. The hand-over's row is locked before its
    /// status is read, so of two people closing the same hand-over at once, on any hosts, one
    /// closes it and the other is told who did, and when.
    @discardableResult
    public func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?, now: Date)
        throws(HandoverChangeError) -> Handover
    {
        // The refusal comes out of the transaction as a value: write() reports only store
        // errors, and a refused change has written nothing worth rolling back.
        let outcome: (refusal: HandoverChangeError?, changed: Handover?)
        do {
            outcome = try write { db in
                if let refusal = try change(id, with: event, by: person, note: note, at: now, in: db) { return (refusal, nil) }
                return (nil, try handover(id, in: db))
            }
        } catch {
            throw .store(error)
        }
        if let refusal = outcome.refusal { throw refusal }
        guard let changed = outcome.changed else { throw .notFound(id: id) }
        return changed
    }

    /// Applies steps that already happened (an import from a sector's system, the demo) in one
    /// transaction. A step that does not fit the hand-over's status then is skipped, as `record`
    /// would refuse it. Returns how many were applied.
    @discardableResult
    public func apply(_ steps: [HandoverStep]) throws(StoreError) -> Int {
        try write { db in
            var applied = 0
            for step in steps where try change(step.handoverID, with: step.event, by: step.by, note: step.note, at: step.at, in: db) == nil {
                applied += 1
            }
            return applied
        }
    }

    /// Hand-overs made on each local day of a period, per sector: made, closed on time, and
    /// still overdue on `asOf`.
    public func handoverFigures(from: LocalDay, through to: LocalDay, asOf: LocalDay) throws(StoreError) -> [HandoverFigures] {
        try read { db in
            try db.query("""
                SELECT sector, COUNT(*),
                       COUNT(*) FILTER (WHERE status = 'closed' AND closed_date <= due_date),
                       COUNT(*) FILTER (WHERE status = 'closed' AND closed_date > due_date),
                       COUNT(*) FILTER (WHERE status <> 'closed'),
                       COUNT(*) FILTER (WHERE status <> 'closed' AND due_date < \(asOf))
                FROM handover WHERE created_date BETWEEN \(from) AND \(to) GROUP BY sector ORDER BY sector COLLATE "C"
                """).map { row in
                let (sector, made, onTime, late, open, overdue) = try row.decode((String, Int, Int, Int, Int, Int).self)
                return HandoverFigures(sector: sector, made: made, closedOnTime: onTime, closedLate: late, open: open, overdue: overdue)
            }
        }
    }

    // MARK: - Inside a transaction

    /// Hand-over `id` as it stands in this transaction.
    func handover(_ id: Int64, in db: PostgresSession) throws -> Handover? {
        try db.query("""
            SELECT \(unescaped: PostgresHandoverRow.columns)
            FROM handover h JOIN contact c ON c.id = h.contact_id WHERE h.id = \(id)
            """).first.map { try PostgresHandoverRow.handover(from: $0.makeRandomAccess()) }
    }

    /// Appends `event` to hand-over `id` if it fits the status it has now; otherwise returns why
    /// not. `FOR UPDATE` waits for another host's change to the same hand-over to commit and then
    /// reads the status it left (READ COMMITTED reads the newest row once the lock is had).
    func change(_ id: Int64, with event: HandoverEvent, by person: String, note: String?, at now: Date, in db: PostgresSession) throws
        -> HandoverChangeError?
    {
        guard let row = try db.query("SELECT status, status_at, status_by FROM handover WHERE id = \(id) FOR UPDATE").first else {
            return .notFound(id: id)
        }
        let (statusText, since, by) = try row.decode((String, Date, String).self)
        let status = HandoverStatus(rawValue: statusText) ?? .open
        guard event.isAllowed(from: status) else {
            return .notAllowed(id: id, event: event, status: status, since: since, by: by)
        }
        try appendEvent(event, to: id, by: person, note: note, now: now, in: db)
        return nil
    }

    /// Makes the hand-over `facts` plans for contact `contactID`, with its `created` event and
    /// (for a sector with a mailbox) its outbox row, in the contact's transaction.
    @discardableResult func makeHandover(for facts: ContactFacts, id contactID: Int64, in db: PostgresSession) throws -> Int64? {
        guard let plan = facts.handover else { return nil }
        let contact = facts.contact
        // Made when the contact ended, also for an import of last month's contacts.
        let made = Instant(contact.endedAt)
        guard let handover = try db.value("""
            INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by,
                                  matter, callback_phone, callback_email, callback_time)
            VALUES (\(contactID), \(plan.sector), \(plan.reason.rawValue), \(made), \(facts.handoverDay), \(plan.dueDate), 'open',
                    \(made), \(contact.operatorUser), \(plan.matter), \(plan.callback?.phone), \(plan.callback?.email),
                    \(plan.callback?.preferredTime))
            RETURNING id
            """, as: Int64.self)
        else { throw StoreError.failed(database: address.shown, message: "a new hand-over came back without its id") }
        guard let event = try db.value("""
            INSERT INTO handover_event (handover_id, at, by, event) VALUES (\(handover), \(made), \(contact.operatorUser), 'created')
            RETURNING id
            """, as: Int64.self)
        else { throw StoreError.failed(database: address.shown, message: "a new hand-over event came back without its id") }
        try enqueueDelivery(ofEvent: event, now: contact.endedAt, in: db)
        return handover
    }

    /// `by` is typed free text (`handovers close 42 --by "Eva, 070-…"`): masked like the note,
    /// here where every change passes, for the event's `by` and the status row's `status_by`.
    func appendEvent(_ event: HandoverEvent, to id: Int64, by person: String, note: String?, now: Date, in db: PostgresSession) throws {
        let by = intake.masked(person, now: now)
        let masked = note.map { intake.masked($0, now: now) }
        guard let eventID = try db.value("""
            INSERT INTO handover_event (handover_id, at, by, event, note) VALUES (\(id), \(Instant(now)), \(by), \(event.rawValue), \(masked))
            RETURNING id
            """, as: Int64.self)
        else { throw StoreError.failed(database: address.shown, message: "a new hand-over event came back without its id") }
        try enqueueDelivery(ofEvent: eventID, now: now, in: db)
        let status = event.resultingStatus
        let closedOn = status == .closed ? LocalDay(now, in: zone) : nil
        try db.execute("""
            UPDATE handover SET status = \(status.rawValue), status_at = \(Instant(now)), status_by = \(by), closed_date = \(closedOn)
            WHERE id = \(id)
            """)
    }
}
