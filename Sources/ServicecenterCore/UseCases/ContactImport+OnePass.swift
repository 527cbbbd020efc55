import Foundation

extension ContactImport {
    /// What one pass over the input came to.
    public struct Checking: Sendable {
        /// Every line checked, as `check` would have it.
        public var checked: Checked
        /// What was stored; nil when the input was held back (`checked.verdict`), and then nothing was.
        public var outcome: Outcome?
    }

    /// Checks and stores in one pass, into a database that exists: the lines are read, checked
    /// and handed to the store a batch at a time in one transaction, which is rolled back when
    /// any line is bad or names someone `credit` does not allow, so the input still stores all
    /// or nothing, and every line is still checked and reported. A second reading of the input
    /// (the two passes of `check` and `store`) is what this saves: about a third of an import.
    /// Throws what reading the input throws (nothing is stored then either), and the store's errors.
    public func checkAndStore(
        _ source: some ContactLineSource, credit: inout LineCredit, into store: any ContactRecords, now: Date
    ) throws -> Checking {
        let reader = CheckingReader(contactImport: self, source: source, credit: credit, now: now)
        var batches = ReadAhead(reader)
        do {
            let stored = try store.importContacts(&batches, now: now)
            credit = reader.credit
            return Checking(checked: reader.checked, outcome: Outcome(stored: stored, handoversPlanned: reader.checked.handoversPlanned))
        } catch StoreError.importHeldBack {
            if let error = reader.readError { throw error }
            credit = reader.credit
            return Checking(checked: reader.checked, outcome: nil)
        }
    }

    /// Reads and checks lines into batches of contacts' facts, counting every line as `check`
    /// does. After a line that holds the input back, the rest are still checked (every bad line
    /// is reported) but no more facts are kept; at the end, such input throws `importHeldBack`
    /// and the store rolls back. Used by one thread at a time.
    final class CheckingReader<Source: ContactLineSource>: BatchSource, @unchecked Sendable {
        let contactImport: ContactImport
        let source: Source
        let initialCredit: LineCredit
        let now: Date
        var credit: LineCredit
        var checked = Checked()
        /// What reading the input threw, when that ended the pass.
        var readError: (any Error)?

        init(contactImport: ContactImport, source: Source, credit: LineCredit, now: Date) {
            self.contactImport = contactImport
            self.source = source
            self.initialCredit = credit
            self.credit = credit
            self.now = now
        }

        func restart() throws(StoreError) {
            do { try source.rewind() } catch {
                readError = error
                throw .importHeldBack(source: source.name)
            }
            credit = initialCredit
            checked = Checked()
            readError = nil
        }

        func read() throws(StoreError) -> [ContactFacts]? {
            var batch: [ContactFacts] = []
            batch.reserveCapacity(ContactImport.batchSize)
            while batch.count < ContactImport.batchSize {
                let line: (line: Int, result: Result<ContactDraft, LineProblem>)?
                do { line = try source.next() } catch {
                    readError = error
                    throw .importHeldBack(source: source.name)
                }
                guard let (number, result) = line else {
                    checked.digest = source.digest
                    if checked.holdsBack { throw .importHeldBack(source: source.name) }
                    break
                }
                let outcome = contactImport.examine(number, result, credit: &credit, now: now)
                checked.count(outcome)
                if case .contact(let facts, _) = outcome, !checked.holdsBack { batch.append(facts) }
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
