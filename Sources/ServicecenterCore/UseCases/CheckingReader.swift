import Foundation

/// How an import checks its lines one by one, counting and noting each (`ContactImport.LineCheck`,
/// `QueueEventImport.LineCheck`).
protocol LineChecking<Item, Element>: Sendable {
    associatedtype Item
    associatedtype Element: Sendable
    /// Line `number` checked and counted, crediting whom it names; what of it to store, or nil.
    mutating func take(_ number: Int, _ parsed: Result<Item, LineProblem>, credit: inout LineCredit) -> Element?
    /// Whether a line so far keeps the input from being stored.
    var holdsBack: Bool { get }
}

/// Reads and checks lines into batches to store in one pass, counting every line as a check
/// alone does. After a line that holds the input back, the rest are still checked (every bad
/// line is reported) but nothing more is kept; at the end, such input throws `importHeldBack`
/// and the store rolls back. A failed read is kept in `readError` and ends the pass the same
/// way. Used by one thread at a time (`ReadAhead`).
final class CheckingReader<Lines: RereadableLines, Check: LineChecking>: BatchSource, @unchecked Sendable where Check.Item == Lines.Item {
    let lines: Lines
    let initialCheck: Check
    let initialCredit: LineCredit
    var check: Check
    var credit: LineCredit
    /// What reading the input threw, when that ended the pass.
    var readError: (any Error)?

    init(_ lines: Lines, checking check: Check, credit: LineCredit) {
        self.lines = lines
        self.initialCheck = check
        self.check = check
        self.initialCredit = credit
        self.credit = credit
    }

    func restart() throws(StoreError) {
        do { try lines.rewind() } catch {
            readError = error
            throw .importHeldBack(source: lines.name)
        }
        check = initialCheck
        credit = initialCredit
        readError = nil
    }

    func read() throws(StoreError) -> [Check.Element]? {
        var batch: [Check.Element] = []
        batch.reserveCapacity(ContactImport.batchSize)
        while batch.count < ContactImport.batchSize {
            let line: (line: Int, result: Result<Lines.Item, LineProblem>)?
            do { line = try lines.next() } catch {
                readError = error
                throw .importHeldBack(source: lines.name)
            }
            guard let (number, parsed) = line else {
                if check.holdsBack { throw .importHeldBack(source: lines.name) }
                break
            }
            if let element = check.take(number, parsed, credit: &credit), !check.holdsBack { batch.append(element) }
        }
        return batch.isEmpty ? nil : batch
    }

    /// The batches handed to `store`, read ahead (`ReadAhead`); what it stored, or nil when a
    /// line held the input back and the store rolled back. Throws what reading the input threw
    /// (nothing is stored then either), and the store's errors.
    func store(_ store: (inout ReadAhead<CheckingReader>) throws -> ImportOutcome) throws -> ImportOutcome? {
        var batches = ReadAhead(self)
        do {
            return try store(&batches)
        } catch StoreError.importHeldBack {
            if let readError { throw readError }
            return nil
        }
    }

    /// Reads to the end without storing: the lines' check alone. Throws what reading threw.
    func checkAll() throws -> Check {
        do {
            while try read() != nil {}
        } catch {
            if let readError { throw readError }
        }
        return check
    }
}
