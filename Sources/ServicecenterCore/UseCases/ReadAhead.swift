import Foundation

/// What hands an import's elements over a batch at a time (contacts' facts, queue events),
/// used by one thread at a time.
protocol BatchSource<Element>: AnyObject, Sendable {
    associatedtype Element: Sendable
    func restart() throws(StoreError)
    func read() throws(StoreError) -> [Element]?
}

/// A source's batches for a store: the next batch is read and checked on another thread while
/// the store writes the last one, so parsing the input costs an import little beyond the
/// store's own work. `import`'s second pass (`BatchReader`), and the single pass of `import`
/// and `queue events` (`CheckingReader`) alike.
struct ReadAhead<Reader: BatchSource>: Batches {
    let reader: Reader
    var ahead: WorkAhead<Result<[Reader.Element]?, StoreError>>?

    init(_ reader: Reader) {
        self.reader = reader
    }

    mutating func restart() throws(StoreError) {
        // A batch still being read is the old pass's: let it finish, then start over.
        _ = ahead?.result()
        ahead = nil
        try reader.restart()
    }

    mutating func next() throws(StoreError) -> [Reader.Element]? {
        let batch: [Reader.Element]?
        if let ahead { batch = try ahead.result().get() } else { batch = try reader.read() }
        let reader = reader
        ahead = batch == nil ? nil : WorkAhead { Result { () throws(StoreError) in try reader.read() } }
        return batch
    }
}
