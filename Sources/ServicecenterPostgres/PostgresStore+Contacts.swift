import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Contacts: saved, corrected, imported, listed (helper A). Replace the whole file.
extension PostgresStore {
    public func save(_ facts: ContactFacts, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) -> SavedContact {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func update(_ facts: ContactFacts, by actor: String?, clearingDraftOf draftOperator: String?, now: Date) throws(StoreError) {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func importContacts(_ facts: [ContactFacts], now: Date) throws(StoreError) -> ImportOutcome {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func contact(id: Int64) throws(StoreError) -> Contact? {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func contacts(of operatorUser: String, from: LocalDay, through to: LocalDay, limit: Int) throws(StoreError) -> [Contact] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func contacts(from: LocalDay, through to: LocalDay) throws(StoreError) -> [Contact] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func contactCount() throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }
}
