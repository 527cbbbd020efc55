import Foundation
import PostgresNIO
import ServicecenterCore

/// Contacts: saved by a guide, `log` or `import`, corrected, listed back. Each step is the SQLite
/// backend's (`SQLiteStore.swift`), in the same order, so both store the same rows and give the
/// same errors; what differs is what two hosts writing at once need.
extension PostgresStore {
    public func save(_ facts: ContactFacts, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) -> SavedContact {
        let database = address.shown
        return try write { db in
            var facts = facts
            facts.contact = try withQueueWait(facts.contact, in: db)
            if let externalID = facts.contact.externalID,
               try db.value("SELECT 1 FROM contact WHERE external_id = \(externalID)", as: Int32.self) != nil {
                throw StoreError.duplicateExternalID(database: database, id: externalID)
            }
            let inserted: Int64?
            do {
                inserted = try PostgresContactRow.insert(facts, rule: intake.repeats, now: now, in: db)
            } catch let error where Self.isDuplicateExternalID(error) {
                throw StoreError.duplicateExternalID(database: database, id: facts.contact.externalID ?? "")
            }
            // No row: another host stored the same external id between the test above and the
            // insert (the insert waited for its commit), so this one is the duplicate.
            guard let id = inserted else {
                throw StoreError.duplicateExternalID(database: database, id: facts.contact.externalID ?? "")
            }
            try writeArticles(facts.contact.articles, contact: id, replacing: false, now: now, in: db)
            let handover = try makeHandover(for: facts, id: id, in: db)
            try countGap(of: facts, in: db)
            if let draftOperator {
                try db.execute("DELETE FROM desk_draft WHERE operator = \(draftOperator)")
            }
            return SavedContact(id: id, masked: facts.masked, handover: handover)
        }
    }

    public func update(_ facts: ContactFacts, by actor: String?, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) {
        let contact = facts.contact
        guard let id = contact.id else { return }
        try write { db in
            // Locked, so a correction made on another host at the same moment waits and the
            // audit line describes the change from what this one replaced.
            if let row = try db.query("SELECT \(unescaped: PostgresContactRow.columns) FROM \(unescaped: PostgresContactRow.source) WHERE c.id = \(id) FOR UPDATE OF c").first {
                let before = try contactWithLatestCase(PostgresContactRow.contact(from: row), id: id, in: db)
                try appendAudit(
                    .contactEdited, by: actor ?? contact.operatorUser, contactID: id,
                    details: ContactChanges.describe(from: before, to: contact), now: now, in: db)
            }
            try PostgresContactRow.update(facts, rule: intake.repeats, id: id, in: db)
            try writeArticles(contact.articles, contact: id, replacing: true, now: now, in: db)
            let wanted = facts.handover
            // Locked too: the hand-over is closed or rewritten below, and a sector closing it
            // meanwhile on another host must not be undone.
            let current = try db.query("""
                SELECT id, sector FROM handover WHERE contact_id = \(id) AND status <> 'closed' ORDER BY id DESC LIMIT 1 FOR UPDATE
                """).first.map { try $0.decode((Int64, String).self) }
            if let current, wanted?.sector != current.1 {
                try appendEvent(.closed, to: current.0, by: contact.operatorUser, note: "Kontakten rättades", now: now, in: db)
            }
            if current == nil || wanted?.sector != current?.1 {
                try makeHandover(for: facts, id: id, in: db)
            } else if let current, let wanted {
                // The same sector keeps its hand-over; a corrected matter or number goes with it.
                try db.execute("""
                    UPDATE handover SET matter = \(wanted.matter), callback_phone = \(wanted.callback?.phone),
                        callback_email = \(wanted.callback?.email), callback_time = \(wanted.callback?.preferredTime)
                    WHERE id = \(current.0)
                    """)
            }
            if let draftOperator {
                try db.execute("DELETE FROM desk_draft WHERE operator = \(draftOperator)")
            }
        }
    }

    public func importContacts(_ batches: inout some ContactBatches, now: Date) throws(StoreError) -> ImportOutcome {
        try write { db in
            try batches.storeEach { facts in
                // A row whose external id is stored already (or came earlier in this import) gives
                // no id back and is counted as present, as SQLite's INSERT OR IGNORE.
                guard let id = try PostgresContactRow.insert(facts, rule: intake.repeats, now: now, in: db) else { return false }
                try writeArticles(facts.contact.articles, contact: id, replacing: false, now: now, in: db)
                try makeHandover(for: facts, id: id, in: db)
                try countGap(of: facts, in: db)
                return true
            }
        }
    }

    /// One contact by id, any guide's, or nil when there is none (the desk's repeat picker
    /// takes a typed id and may look beyond the guide's own list).
    public func contact(id: Int64) throws(StoreError) -> Contact? {
        try read { db in
            try db.query("SELECT \(unescaped: PostgresContactRow.columns) FROM \(unescaped: PostgresContactRow.source) WHERE c.id = \(id)")
                .first.map(PostgresContactRow.contact(from:))
        }
    }

    /// One guide's contacts on local days `from` through `to`, newest first.
    public func contacts(of operatorUser: String, from: LocalDay, through to: LocalDay, limit: Int) throws(StoreError) -> [Contact] {
        try read { db in
            try db.query("""
                SELECT \(unescaped: PostgresContactRow.columns) FROM \(unescaped: PostgresContactRow.source)
                WHERE c.operator = \(operatorUser) AND c.local_date BETWEEN \(from) AND \(to)
                ORDER BY c.started_at DESC, c.id DESC LIMIT \(limit)
                """).map(PostgresContactRow.contact(from:))
        }
    }

    /// The contacts that started on local days `from` through `to`, oldest first.
    public func contacts(from: LocalDay, through to: LocalDay) throws(StoreError) -> [Contact] {
        try read { db in
            try db.query("""
                SELECT \(unescaped: PostgresContactRow.columns) FROM \(unescaped: PostgresContactRow.source)
                WHERE c.local_date BETWEEN \(from) AND \(to) ORDER BY c.started_at, c.id
                """).map(PostgresContactRow.contact(from:))
        }
    }

    /// How many contacts the database holds.
    public func contactCount() throws(StoreError) -> Int {
        try read { db in try db.value("SELECT COUNT(*) FROM contact", as: Int.self) ?? 0 }
    }

    /// The contact with its queue call linked and the measured wait taken from it, when the
    /// contact names a call or the feed shows the guide answering one for it (`AnsweredCallRule`).
    func withQueueWait(_ contact: Contact, in db: PostgresSession) throws -> Contact {
        var contact = contact
        if let rule = AnsweredCallRule(for: contact, zone: zone) { contact.callID = try answeredCall(rule, in: db) }
        if let callID = contact.callID, contact.queueWaitSeconds == nil {
            contact.queueWaitSeconds = try queueWait(ofCall: callID, in: db)
        }
        return contact
    }

    /// `contact` with the matter and call-back details its latest hand-over holds: the contact
    /// row keeps neither, and an edit's audit line must compare them too (`ContactChanges`: the
    /// matter by length, the call-back fields by name). SQLite's `withCase`.
    func contactWithLatestCase(_ contact: Contact, id: Int64, in db: PostgresSession) throws -> Contact {
        guard let row = try db.query("""
            SELECT matter, callback_phone, callback_email, callback_time FROM handover
            WHERE contact_id = \(id) ORDER BY id DESC LIMIT 1
            """).first
        else { return contact }
        let (matter, phone, email, time) = try row.decode((String?, String?, String?, String?).self)
        var contact = contact
        contact.matter = matter
        let callback = Callback(phone: phone, email: email, preferredTime: time)
        contact.callback = callback.isEmpty ? nil : callback
        return contact
    }

    /// Whether `error` is the server refusing a second contact with the same external id: the
    /// unique constraint, met when another host's insert committed past every earlier test.
    static func isDuplicateExternalID(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, error.serverInfo?[.sqlState] == "23505" else { return false }
        return error.serverInfo?[.constraintName] == "contact_external_id_key"
    }
}
