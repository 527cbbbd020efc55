import Foundation
import GRDB
import ServicecenterCore

/// Hand-overs (ärenden): made with their contact, listed by sector and status, moved along
/// by events that are only ever appended.
extension SQLiteStore {
    public func handovers(_ filter: HandoverFilter) throws(StoreError) -> [Handover] {
        try read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let sector = filter.sector { conditions.append("h.sector = ?"); arguments.append(sector) }
            if let status = filter.status {
                conditions.append("h.status = ?"); arguments.append(status.rawValue)
            } else if !filter.includeClosed {
                conditions.append("h.status != 'closed'")
            }
            if let user = filter.madeBy { conditions.append("c.operator = ?"); arguments.append(user) }
            if let prefix = filter.externalIDPrefix {
                // substr, not LIKE: an id may hold % or _.
                conditions.append("substr(c.external_id, 1, ?) = ?"); arguments += [prefix.count, prefix]
            }
            if let day = filter.overdueOn {
                conditions.append("h.status != 'closed' AND h.due_date < ?"); arguments.append(day.description)
            }
            let sql = """
                SELECT \(Self.handoverColumns)
                FROM handover h JOIN contact c ON c.id = h.contact_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY h.due_date, h.id
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.handover(from:))
        }
    }

    public func handover(_ id: Int64) throws(StoreError) -> Handover? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.handoverColumns)
                FROM handover h JOIN contact c ON c.id = h.contact_id WHERE h.id = ?
                """, arguments: [id]).map(Self.handover(from:))
        }
    }

    /// The open hand-over a contact made, if any: what `log` and the desk name after saving a forwarded contact.
    public func handover(madeByContact contactID: Int64) throws(StoreError) -> Handover? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.handoverColumns)
                FROM handover h JOIN contact c ON c.id = h.contact_id WHERE h.contact_id = ? AND h.status != 'closed'
                ORDER BY h.id DESC LIMIT 1
                """, arguments: [contactID]).map(Self.handover(from:))
        }
    }

    /// A hand-over's history, oldest first.
    public func history(of id: Int64) throws(StoreError) -> [(at: Date, by: String, event: HandoverEvent, note: String?)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT at, by, event, note FROM handover_event WHERE handover_id = ? ORDER BY id", arguments: [id])
                .map { (Timestamp.parse($0[0]) ?? .distantPast, $0[1], HandoverEvent(rawValue: $0[2]) ?? .created, $0[3]) }
        }
    }

    /// Records `event` on hand-over `id` by `person`. Checked inside the write lock, so of two
    /// people closing the same hand-over at once, one closes it and the other is told who did.
    @discardableResult
    public func record(_ event: HandoverEvent, on id: Int64, by person: String, note: String?, now: Date)
        throws(HandoverChangeError) -> Handover
    {
        // The refusal comes out of the transaction as a value: write() reports only store errors.
        let refusal: HandoverChangeError?
        do {
            refusal = try write { db in try change(id, with: event, by: person, note: note, at: now, in: db) }
        } catch {
            throw .store(error)
        }
        if let refusal { throw refusal }
        let changed: Handover?
        do { changed = try handover(id) } catch { throw .store(error) }
        guard let changed else { throw .notFound(id: id) }
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
            try Row.fetchAll(db, sql: """
                SELECT sector, COUNT(*),
                       SUM(status = 'closed' AND closed_date <= due_date),
                       SUM(status = 'closed' AND closed_date > due_date),
                       SUM(status != 'closed'),
                       SUM(status != 'closed' AND due_date < ?)
                FROM handover WHERE created_date BETWEEN ? AND ? GROUP BY sector ORDER BY sector
                """, arguments: [asOf.description, from.description, to.description])
                .map {
                    HandoverFigures(sector: $0[0], made: $0[1], closedOnTime: $0[2], closedLate: $0[3], open: $0[4], overdue: $0[5])
                }
        }
    }

    // MARK: - Inside a write transaction

    /// Appends `event` to hand-over `id` if it fits the status it has now; otherwise returns why not.
    func change(_ id: Int64, with event: HandoverEvent, by person: String, note: String?, at now: Date, in db: Database) throws
        -> HandoverChangeError?
    {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, status_at, status_by FROM handover WHERE id = ?", arguments: [id]) else {
            return .notFound(id: id)
        }
        let status = HandoverStatus(rawValue: row[0]) ?? .open
        guard event.isAllowed(from: status) else {
            return .notAllowed(id: id, event: event, status: status, since: Timestamp.parse(row[1]) ?? .distantPast, by: row[2])
        }
        try appendEvent(event, to: id, by: person, note: note, now: now, in: db)
        return nil
    }

    @discardableResult
    func makeHandover(for facts: ContactFacts, id contactID: Int64, in db: Database) throws -> Int64? {
        guard let plan = facts.handover else { return nil }
        let contact = facts.contact
        try db.execute(
            sql: """
                INSERT INTO handover (contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by,
                                      matter, callback_phone, callback_email, callback_time)
                VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                contactID, plan.sector, plan.reason.rawValue, Timestamp.utcText(contact.endedAt),
                facts.handoverDay.description, plan.dueDate.description, Timestamp.utcText(contact.endedAt),
                contact.operatorUser, plan.matter, plan.callback?.phone, plan.callback?.email, plan.callback?.preferredTime,
            ])
        // Made when the contact ended, also for an import of last month's contacts.
        let handover = db.lastInsertedRowID
        try db.execute(
            sql: "INSERT INTO handover_event (handover_id, at, by, event) VALUES (?, ?, ?, 'created')",
            arguments: [handover, Timestamp.utcText(contact.endedAt), contact.operatorUser])
        try enqueueDelivery(ofEvent: db.lastInsertedRowID, now: contact.endedAt, in: db)
        return handover
    }

    /// `by` is typed free text (`handovers close 42 --by "Eva, 070-…"`): masked like the note,
    /// here where every change passes, for the event's `by` and the status row's `status_by`.
    func appendEvent(_ event: HandoverEvent, to id: Int64, by person: String, note: String?, now: Date, in db: Database) throws {
        let by = intake.masked(person, now: now)
        try db.execute(
            sql: "INSERT INTO handover_event (handover_id, at, by, event, note) VALUES (?, ?, ?, ?, ?)",
            arguments: [id, Timestamp.utcText(now), by, event.rawValue, note.map { intake.masked($0, now: now) }])
        try enqueueDelivery(ofEvent: db.lastInsertedRowID, now: now, in: db)
        let status = event.resultingStatus
        try db.execute(
            sql: "UPDATE handover SET status = ?, status_at = ?, status_by = ?, closed_date = ? WHERE id = ?",
            arguments: [status.rawValue, Timestamp.utcText(now), by,
                        status == .closed ? LocalDay(now, in: zone).description : nil, id])
    }

    /// The columns `handover(from:)` reads, in its order, from `handover h JOIN contact c`.
    static let handoverColumns = """
        h.id, h.contact_id, h.sector, h.reason, h.created_at, h.due_date, h.status, h.status_at, h.status_by,
        h.closed_date, c.category, c.channel, h.matter, h.callback_phone, h.callback_email, h.callback_time
        """

    static func handover(from row: Row) -> Handover {
        let callback = Callback(phone: row[13], email: row[14], preferredTime: row[15])
        return Handover(
            id: row[0], contactID: row[1], sector: row[2], reason: ForwardReason(rawValue: row[3]) ?? .couldNotAnswer,
            createdAt: Timestamp.parse(row[4]) ?? .distantPast, dueDate: LocalDay(row[5] as String) ?? LocalDay(year: 1970, month: 1, day: 1),
            status: HandoverStatus(rawValue: row[6]) ?? .open, statusAt: Timestamp.parse(row[7]) ?? .distantPast, statusBy: row[8],
            closedOn: (row[9] as String?).flatMap(LocalDay.init), category: row[10], channel: Channel(rawValue: row[11]) ?? .phone,
            matter: row[12], callback: callback.isEmpty ? nil : callback)
    }
}
