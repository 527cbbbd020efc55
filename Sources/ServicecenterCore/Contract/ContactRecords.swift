import Foundation

/// Contacts: saved by a guide, `log` or `import`, corrected by their guide, listed back.
///
/// What is stored is decided by the core's `Intake` (masking, the hand-over plan, the gap in
/// the catalogue, the repeat rule); a backend persists those facts and reports back what it
/// did, so no rule is written twice and nothing is computed twice.
public protocol ContactRecords: Sendable {
    /// The rules every contact passes before it is stored, from the site's configuration.
    var intake: Intake { get }
    /// Stores one contact's facts durably. With `clearingDraftOf`, that guide's draft goes in
    /// the same transaction: the contact is never both lost and kept twice.
    func save(_ facts: ContactFacts, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) -> SavedContact
    /// Replaces a stored contact (the guide fixing the last one); its hand-over follows the
    /// correction and the audit log gets what changed, by `actor` (the contact's guide unless named).
    func update(_ facts: ContactFacts, by actor: String?, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError)
    /// Stores all contacts `batches` hands over in one transaction, or none; ids already stored
    /// (or earlier in the same import) are skipped.
    func importContacts(_ batches: inout some ContactBatches, now: Date) throws(StoreError) -> ImportOutcome
    /// One stored contact. Its matter and call-back are kept on its hand-over (`HandoverRecords`), not here.
    func contact(id: Int64) throws(StoreError) -> Contact?
    /// One guide's contacts on local days `from` through `to`, newest first, at most `limit`.
    func contacts(of operatorUser: String, from: LocalDay, through to: LocalDay, limit: Int) throws(StoreError) -> [Contact]
    /// The contacts that started on local days `from` through `to`, oldest first.
    func contacts(from: LocalDay, through to: LocalDay) throws(StoreError) -> [Contact]
    /// How many contacts are stored.
    func contactCount() throws(StoreError) -> Int
}

extension ContactRecords {
    /// Saves a contact as submitted: the intake decides what is stored.
    @discardableResult
    public func save(_ contact: Contact, clearingDraftOf draftOperator: String? = nil, now: Date = Date()) throws(StoreError) -> SavedContact {
        try save(intake.facts(for: contact, now: now), clearingDraftOf: draftOperator, now: now)
    }

    /// Replaces a stored contact as corrected: the intake decides what is stored.
    public func update(_ contact: Contact, by actor: String? = nil, clearingDraftOf draftOperator: String? = nil, now: Date = Date()) throws(StoreError) {
        try update(intake.facts(for: contact, now: now), by: actor, clearingDraftOf: draftOperator, now: now)
    }

    /// Stores all contacts' facts in one transaction, or none.
    public func importContacts(_ facts: [ContactFacts], now: Date) throws(StoreError) -> ImportOutcome {
        var batch = Batch(facts)
        return try importContacts(&batch, now: now)
    }

    /// Imports contacts as submitted, all or none.
    public func importContacts(_ contacts: [Contact], now: Date = Date()) throws(StoreError) -> ImportOutcome {
        try importContacts(contacts.map { intake.facts(for: $0, now: now) }, now: now)
    }

    /// One guide's contacts on one local day, newest first.
    public func contacts(of operatorUser: String, on day: LocalDay, limit: Int = 500) throws(StoreError) -> [Contact] {
        try contacts(of: operatorUser, from: day, through: day, limit: limit)
    }
}
