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
        let reader = CheckingReader(source, checking: LineCheck(eventImport: self, now: now), credit: credit)
        let stored = try reader.store { try store.recordQueueEvents(&$0, now: now) }
        credit = reader.credit
        return Pass(checked: reader.check.checked, stored: stored)
    }

    /// The same, where the store may still have to be made: with `checkingFirst` every line is
    /// checked before the store is opened (`open`), so input that does not hold makes none.
    public func checkAndStore(
        _ source: LineFile<QueueEvent>, credit: inout LineCredit, checkingFirst: Bool, into open: () throws -> any HallQueue, now: Date
    ) throws -> Pass {
        if checkingFirst {
            var checking = credit
            let checked = try check(source, credit: &checking, now: now)
            guard checked.badLines == 0 else {
                credit = checking
                return Pass(checked: checked, stored: nil)
            }
            try source.rewind()
        }
        return try checkAndStore(source, credit: &credit, into: try open(), now: now)
    }

    /// Checks every line of `source` and stores none, holding no event: for input that must be
    /// known to hold before a database is made for it. Throws what reading the input throws.
    public func check(_ source: LineFile<QueueEvent>, credit: inout LineCredit, now: Date) throws -> Checked {
        let reader = CheckingReader(source, checking: LineCheck(eventImport: self, now: now), credit: credit)
        let checked = try reader.checkAll().checked
        credit = reader.credit
        return checked
    }

    /// An event line checked as `checkLine` checks it, counted without keeping the event (the
    /// store gets it).
    struct LineCheck: LineChecking {
        let eventImport: QueueEventImport
        let now: Date
        var checked = Checked()

        mutating func take(_ number: Int, _ parsed: Result<QueueEvent, LineProblem>, credit: inout LineCredit) -> QueueEvent? {
            let line = eventImport.checkLine(parsed, credit: &credit, now: now)
            checked.count(number, line, keeping: false)
            guard case .event(let event) = line else { return nil }
            return event
        }

        var holdsBack: Bool { checked.badLines > 0 }
    }
}
