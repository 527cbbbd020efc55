import Foundation

/// Contacts handed to a store a batch at a time (`ContactRecords.importContacts(_:now:)`), so
/// an import of any size holds one batch, never the whole file. The store stores them in one
/// transaction and starts them again from the first when it runs the transaction again (a
/// server that rolled it back).
public protocol ContactBatches {
    /// Back to the first contact.
    mutating func restart() throws(StoreError)
    /// The next contacts to store, or nil after the last. An error ends the import with
    /// nothing stored.
    mutating func next() throws(StoreError) -> [ContactFacts]?
}

/// Contacts already in memory, handed over as one batch.
public struct ContactBatch: ContactBatches {
    let facts: [ContactFacts]
    var given = false

    public init(_ facts: [ContactFacts]) {
        self.facts = facts
    }

    public mutating func restart() throws(StoreError) { given = false }

    public mutating func next() throws(StoreError) -> [ContactFacts]? {
        defer { given = true }
        return given ? nil : facts
    }
}
