import Foundation

/// What an import hands a store a batch at a time (contacts' facts to `ContactRecords.importContacts`,
/// queue events to `HallQueue.recordQueueEvents`), so an input of any size holds one batch,
/// never the whole file. The store stores them in one transaction and starts them again from
/// the first when it runs the transaction again (a server that rolled it back).
public protocol Batches<Element> {
    associatedtype Element
    /// Back to the first element.
    mutating func restart() throws(StoreError)
    /// The next elements to store, or nil after the last. An error ends the import with
    /// nothing stored.
    mutating func next() throws(StoreError) -> [Element]?
}

extension Batches {
    /// Hands every element, from the first, to `store`, which says whether it was new (not
    /// stored before, nor earlier in the input); what was stored and what was there already.
    /// From the first every time: a store whose transaction runs again starts over.
    public mutating func storeEach(_ store: (Element) throws -> Bool) throws -> ImportOutcome {
        try storeBatches { batch in try batch.reduce(0) { try store($1) ? $0 + 1 : $0 } }
    }

    /// The same a batch at a time: `store` says how many of a batch were new.
    public mutating func storeBatches(_ store: ([Element]) throws -> Int) throws -> ImportOutcome {
        var inserted = 0, offered = 0
        try restart()
        while let batch = try next() {
            offered += batch.count
            inserted += try store(batch)
        }
        return ImportOutcome(inserted: inserted, alreadyPresent: offered - inserted)
    }
}

/// Contacts' facts handed over a batch at a time.
public typealias ContactBatches = Batches<ContactFacts>

/// Elements already in memory, handed over as one batch.
public struct Batch<Element>: Batches {
    let elements: [Element]
    var given = false

    public init(_ elements: [Element]) {
        self.elements = elements
    }

    public mutating func restart() throws(StoreError) { given = false }

    public mutating func next() throws(StoreError) -> [Element]? {
        defer { given = true }
        return given ? nil : elements
    }
}
