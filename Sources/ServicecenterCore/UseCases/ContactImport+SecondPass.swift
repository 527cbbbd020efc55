import Foundation

/// What hands an import's contacts' facts over a batch at a time, used by one thread at a time.
protocol BatchSource: AnyObject, Sendable {
    func restart() throws(StoreError)
    func read() throws(StoreError) -> [ContactFacts]?
}

extension ContactImport {
    /// The lines as contacts' facts, a batch at a time: the next batch is read and checked on
    /// another thread while the store writes the last one, so parsing the file costs the
    /// import little beyond the store's own work. The second pass (`BatchReader`) and the
    /// single one (`CheckingReader`) alike.
    struct ReadAhead<Reader: BatchSource>: ContactBatches {
        let reader: Reader
        var ahead: WorkAhead<Result<[ContactFacts]?, StoreError>>?

        init(_ reader: Reader) {
            self.reader = reader
        }

        mutating func restart() throws(StoreError) {
            // A batch still being read is the old pass's: let it finish, then start over.
            _ = ahead?.result()
            ahead = nil
            try reader.restart()
        }

        mutating func next() throws(StoreError) -> [ContactFacts]? {
            let batch: [ContactFacts]?
            if let ahead { batch = try ahead.result().get() } else { batch = try reader.read() }
            let reader = reader
            ahead = batch == nil ? nil : WorkAhead { Result { () throws(StoreError) in try reader.read() } }
            return batch
        }
    }

    /// Reads and checks lines into batches of contacts' facts, as `check` checked them; any
    /// difference from the first pass is `importInputChanged`. Used by one thread at a time.
    final class BatchReader<Source: ContactLineSource>: BatchSource, @unchecked Sendable {
        let contactImport: ContactImport
        let source: Source
        let checked: Checked
        let initialCredit: LineCredit
        let now: Date
        var credit: LineCredit
        var lines = 0

        init(contactImport: ContactImport, source: Source, checked: Checked, credit: LineCredit, now: Date) {
            self.contactImport = contactImport
            self.source = source
            self.checked = checked
            self.initialCredit = credit
            self.credit = credit
            self.now = now
        }

        func restart() throws(StoreError) {
            do { try source.rewind() } catch { throw .importInputChanged(source: source.name) }
            credit = initialCredit
            lines = 0
        }

        func read() throws(StoreError) -> [ContactFacts]? {
            var batch: [ContactFacts] = []
            batch.reserveCapacity(ContactImport.batchSize)
            while batch.count < ContactImport.batchSize {
                let line: (line: Int, result: Result<ContactDraft, LineProblem>)?
                do { line = try source.next() } catch { throw .importInputChanged(source: source.name) }
                guard let (number, result) = line else {
                    // Fewer lines than were checked, or other bytes: not what was checked.
                    guard lines == checked.lines, source.digest == checked.digest else { throw .importInputChanged(source: source.name) }
                    break
                }
                lines += 1
                // A line that no longer holds, or one more than were checked.
                guard lines <= checked.lines, case .contact(let facts, _) = contactImport.examine(number, result, credit: &credit, now: now) else {
                    throw .importInputChanged(source: source.name)
                }
                batch.append(facts)
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
