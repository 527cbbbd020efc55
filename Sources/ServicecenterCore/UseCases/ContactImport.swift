import Foundation

/// `import`: contacts read from lines, checked as a whole, stored all or nothing.
///
/// Two passes over the lines (`ContactLineSource`), so that input that does not hold never
/// opens (or makes) a database and no pass holds more than a batch of contacts: `check`
/// validates every line, applies the line credit and runs the intake on each contact, keeping
/// only what it has to say; `store` reads the lines again, checks them the same way, and hands
/// the intake's facts to any backend a batch at a time, in one transaction. The facts are what
/// the backend stores, so what a line reports as masked is what was masked.
public struct ContactImport: Sendable {
    public let validator: ContactValidator
    public let intake: Intake

    public init(configuration: Configuration, intake: Intake? = nil) {
        validator = ContactValidator(configuration: configuration)
        self.intake = intake ?? Intake(configuration: configuration)
    }

    /// What the lines hold, before anything is stored.
    public struct Checked: Sendable {
        /// Good lines: contacts to store.
        public var contacts = 0
        /// How many good contacts ask for a hand-over; one already stored makes none again.
        public var handoversPlanned = 0
        /// Every bad line, every line naming another operator and every line masked, in line order.
        public var notes: [NumberedLineNote] = []
        /// How many lines were read.
        public var lines = 0
        /// Lines that cannot be imported as written (not counting those naming someone else).
        public var badLines = 0
        /// Lines naming an operator the login user may not credit.
        public var refusedLines = 0
        /// The lines as read (`ContactLineSource.digest`): the second pass must read the same.
        public var digest = FNV1a()

        /// The lines after these, checked: their counts and notes added on.
        mutating func add(_ later: Checked) {
            contacts += later.contacts
            handoversPlanned += later.handoversPlanned
            notes += later.notes
            lines += later.lines
            badLines += later.badLines
            refusedLines += later.refusedLines
        }

        /// One line's outcome counted, its note kept.
        mutating func count(_ outcome: LineOutcome) {
            lines += 1
            switch outcome {
            case .contact(let facts, let note):
                contacts += 1
                if facts.handover != nil { handoversPlanned += 1 }
                if let note { notes.append(note) }
            case .refused(let note):
                refusedLines += 1
                notes.append(note)
            case .bad(let note):
                badLines += 1
                notes.append(note)
            }
        }

        /// Whether a line so far keeps the input from being stored.
        var holdsBack: Bool { badLines > 0 || refusedLines > 0 }

        /// What the command does next: nothing is stored unless this is `.ready`.
        public var verdict: Verdict {
            if badLines > 0 { return .invalid(badLines: badLines) }
            if refusedLines > 0 { return .refused(lines: refusedLines) }
            return contacts == 0 ? .empty : .ready
        }
    }

    /// Whether checked input may be stored; invalid lines weigh before lines naming others.
    public enum Verdict: Hashable, Sendable {
        /// Some lines are bad: nothing is stored (exit 65).
        case invalid(badLines: Int)
        /// Every line holds, but some name someone the login user may not credit: nothing is stored (exit 77).
        case refused(lines: Int)
        /// No contacts at all: nothing to store, not an error.
        case empty
        case ready
    }

    /// How a stored import went.
    public struct Outcome: Hashable, Sendable {
        /// Contacts added, and contacts skipped because their id was already stored.
        public var stored: ImportOutcome
        /// Good contacts that asked for a hand-over (those already stored made none again).
        public var handoversPlanned: Int
    }

    /// Contacts handed to the store at a time.
    public static let batchSize = 1_000

    /// What one line comes to: a contact's facts (and a note when it was masked), or a note alone.
    enum LineOutcome {
        case contact(ContactFacts, note: NumberedLineNote?)
        case refused(NumberedLineNote)
        case bad(NumberedLineNote)
    }

    /// One line, checked: it must hold as a contact and credit only whom `credit` allows; the
    /// intake runs on it when it does.
    func examine(_ number: Int, _ result: Result<ContactDraft, LineProblem>, credit: inout LineCredit, now: Date) -> LineOutcome {
        let problem: LineProblem
        switch result {
        case .success(let draft):
            do {
                let contact = try validator.validate(draft, now: now)
                guard credit.allows(contact.operatorUser) else { return .refused(NumberedLineNote(line: number, note: .namesOther(contact.operatorUser))) }
                let facts = intake.facts(for: contact, now: now)
                return .contact(facts, note: facts.masked.isEmpty ? nil : NumberedLineNote(line: number, note: .masked(facts.masked)))
            } catch {
                problem = .fields(error.problems)
            }
        case .failure(let failure):
            problem = failure
        }
        return .bad(NumberedLineNote(line: number, note: .bad(problem)))
    }

    /// Checks every line of `source` from its first, keeping what each has to say but not the
    /// contacts. Throws what reading the input throws.
    ///
    /// The lines are read and parsed on this thread (the source reads in order and hashes what
    /// it reads) while the chunk read before is checked on another, in order, so the credit is
    /// applied line by line as it would be on one thread: the first pass on both cores.
    public func check(_ source: some ContactLineSource, credit: inout LineCredit, now: Date) throws -> Checked {
        try source.rewind()
        var checked = Checked()
        var pending: WorkAhead<(Checked, LineCredit)>?
        // Whatever ends the loop, a chunk being checked is waited for: it holds the credit.
        defer { _ = pending?.result() }
        while true {
            var chunk: [(line: Int, result: Result<ContactDraft, LineProblem>)] = []
            chunk.reserveCapacity(Self.batchSize)
            while chunk.count < Self.batchSize, let line = try source.next() { chunk.append(line) }
            if let ahead = pending {
                let (part, after) = ahead.result()
                checked.add(part)
                credit = after
                pending = nil
            }
            guard !chunk.isEmpty else { break }
            let before = credit, lines = chunk
            pending = WorkAhead { self.checked(lines, credit: before, now: now) }
        }
        checked.digest = source.digest
        return checked
    }

    /// One chunk of lines checked in order, from the credit as it stood before them.
    func checked(_ lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], credit: LineCredit, now: Date) -> (Checked, LineCredit) {
        var credit = credit, part = Checked()
        for (number, result) in lines { part.count(examine(number, result, credit: &credit, now: now)) }
        return (part, credit)
    }

    /// Checks lines already parsed.
    public func check(_ lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], credit: inout LineCredit, now: Date) -> Checked {
        // Lines in memory cannot fail to be read.
        (try? check(ParsedContactLines(lines), credit: &credit, now: now)) ?? Checked()
    }

    /// Stores checked input, all contacts in one transaction or none: `source` is read again
    /// from its first line and checked as before (`credit` as it was before `check`), a batch
    /// at a time. Input that is not `.ready` stores nothing: the good lines of a file with a
    /// bad one are not half an import. Input that reads differently the second time (a file
    /// written to meanwhile, a read that fails) stores nothing either (`importInputChanged`).
    public func store(
        _ checked: Checked, from source: some ContactLineSource, credit: LineCredit, into store: any ContactRecords, now: Date
    ) throws(StoreError) -> Outcome {
        guard checked.verdict == .ready else { return Outcome(stored: ImportOutcome(inserted: 0, alreadyPresent: 0), handoversPlanned: 0) }
        var batches = ReadAhead(BatchReader(contactImport: self, source: source, checked: checked, credit: credit, now: now))
        return Outcome(stored: try store.importContacts(&batches, now: now), handoversPlanned: checked.handoversPlanned)
    }

    /// Stores lines already parsed and checked.
    public func store(
        _ checked: Checked, lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], credit: LineCredit, into store: any ContactRecords, now: Date
    ) throws(StoreError) -> Outcome {
        try self.store(checked, from: ParsedContactLines(lines), credit: credit, into: store, now: now)
    }
}
