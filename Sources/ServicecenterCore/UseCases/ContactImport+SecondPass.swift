import Foundation

extension ContactImport {
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
