import Foundation

extension QueueEventImport {
    /// What one pass over a file of events came to.
    public struct Pass: Sendable {
        /// Every line checked, as `check` would have it, without the events themselves.
        public var checked: Checked
        /// What was stored; nil when a bad line held the input back, and then nothing was.
        public var stored: ImportOutcome?
    }

    /// Checks and stores in one pass: the lines are read, checked and handed to the store a
    /// batch at a time in one transaction, which is rolled back when any line is bad or names
    /// someone `credit` does not allow, so a file still stores all or nothing, and every line
    /// is still checked and reported. Only a batch of events is held at a time, whatever the
    /// file's size (a telephony platform's history of years). Throws what reading the input
    /// throws (nothing is stored then either), and the store's errors.
    public func checkAndStore(_ source: LineFile<QueueEvent>, credit: inout LineCredit, into store: any HallQueue, now: Date) throws -> Pass {
        let reader = CheckingReader(eventImport: self, source: source, credit: credit)
        var batches = ReadAhead(reader)
        do {
            let stored = try store.recordQueueEvents(&batches, now: now)
            credit = reader.credit
            return Pass(checked: reader.checked, stored: stored)
        } catch StoreError.importHeldBack {
            if let error = reader.readError { throw error }
            credit = reader.credit
            return Pass(checked: reader.checked, stored: nil)
        }
    }

    /// Checks every line of `source` and stores none, holding no event: for input that must be
    /// known to hold before a database is made for it. Throws what reading the input throws.
    public func check(_ source: LineFile<QueueEvent>, credit: inout LineCredit) throws -> Checked {
        let reader = CheckingReader(eventImport: self, source: source, credit: credit)
        do {
            while try reader.read() != nil {}
        } catch {
            if let error = reader.readError { throw error }
        }
        credit = reader.credit
        return reader.checked
    }

    /// Reads and checks lines into batches of events, counting every line as `check` does.
    /// After a bad line the rest are still checked (every bad line is reported) but no more
    /// events are kept; at the end, such input throws `importHeldBack` and the store rolls
    /// back. Used by one thread at a time.
    final class CheckingReader: BatchSource, @unchecked Sendable {
        let eventImport: QueueEventImport
        let source: LineFile<QueueEvent>
        let initialCredit: LineCredit
        var credit: LineCredit
        var checked = Checked()
        /// What reading the input threw, when that ended the pass.
        var readError: (any Error)?

        init(eventImport: QueueEventImport, source: LineFile<QueueEvent>, credit: LineCredit) {
            self.eventImport = eventImport
            self.source = source
            self.initialCredit = credit
            self.credit = credit
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

        func read() throws(StoreError) -> [QueueEvent]? {
            var batch: [QueueEvent] = []
            batch.reserveCapacity(ContactImport.batchSize)
            while batch.count < ContactImport.batchSize {
                let line: (line: Int, result: Result<QueueEvent, LineProblem>)?
                do { line = try source.next() } catch {
                    readError = error
                    throw .importHeldBack(source: source.name)
                }
                guard let (number, parsed) = line else {
                    if checked.badLines > 0 { throw .importHeldBack(source: source.name) }
                    break
                }
                let checkedLine = eventImport.checkLine(parsed, credit: &credit)
                checked.count(number, checkedLine, keeping: false)
                if case .event(let event) = checkedLine, checked.badLines == 0 { batch.append(event) }
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
