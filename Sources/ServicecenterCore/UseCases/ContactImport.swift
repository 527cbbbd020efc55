import Foundation

/// `import`: contacts read from lines, checked as a whole, stored all or nothing.
///
/// Two steps, so that input that does not hold never opens (or makes) a database: `check`
/// validates every line, applies the line credit and runs the intake once per contact; `store`
/// then hands the intake's facts to any backend in one transaction. The facts are what the
/// backend stores, so what a line reports as masked is what was masked: nothing is masked twice.
public struct ContactImport: Sendable {
    public let validator: ContactValidator
    public let intake: Intake

    public init(configuration: Configuration, intake: Intake? = nil) {
        validator = ContactValidator(configuration: configuration)
        self.intake = intake ?? Intake(configuration: configuration)
    }

    /// What the lines hold, before anything is stored.
    public struct Checked: Sendable {
        /// What the intake decided for each good line, in line order.
        public var facts: [ContactFacts] = []
        /// Every bad line, every line naming another operator and every line masked, in line order.
        public var notes: [NumberedLineNote] = []
        /// How many lines were read.
        public var lines = 0
        /// Lines that cannot be imported as written (not counting those naming someone else).
        public var badLines = 0
        /// Lines naming an operator the login user may not credit.
        public var refusedLines = 0

        /// How many good contacts ask for a hand-over; one already stored makes none again.
        public var handoversPlanned: Int { facts.count { $0.handover != nil } }

        /// What the command does next: nothing is stored unless this is `.ready`.
        public var verdict: Verdict {
            if badLines > 0 { return .invalid(badLines: badLines) }
            if refusedLines > 0 { return .refused(lines: refusedLines) }
            return facts.isEmpty ? .empty : .ready
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

    /// Checks parsed lines: each must hold as a contact and credit only whom `credit` allows;
    /// the intake runs once on each good one.
    public func check(_ lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], credit: inout LineCredit, now: Date) -> Checked {
        var checked = Checked(lines: lines.count)
        for (number, result) in lines {
            let problem: LineProblem
            switch result {
            case .success(let draft):
                do {
                    let contact = try validator.validate(draft, now: now)
                    guard credit.allows(contact.operatorUser) else {
                        checked.refusedLines += 1
                        checked.notes.append(NumberedLineNote(line: number, note: .namesOther(contact.operatorUser)))
                        continue
                    }
                    let facts = intake.facts(for: contact, now: now)
                    if !facts.masked.isEmpty { checked.notes.append(NumberedLineNote(line: number, note: .masked(facts.masked))) }
                    checked.facts.append(facts)
                    continue
                } catch {
                    problem = .fields(error.problems)
                }
            case .failure(let failure):
                problem = failure
            }
            checked.badLines += 1
            checked.notes.append(NumberedLineNote(line: number, note: .bad(problem)))
        }
        return checked
    }

    /// Stores checked input, all contacts in one transaction or none. Input that is not
    /// `.ready` stores nothing: the good lines of a file with a bad one are not half an import.
    public func store(_ checked: Checked, into store: any ContactRecords, now: Date) throws(StoreError) -> Outcome {
        guard checked.verdict == .ready else { return Outcome(stored: ImportOutcome(inserted: 0, alreadyPresent: 0), handoversPlanned: 0) }
        return Outcome(stored: try store.importContacts(checked.facts, now: now), handoversPlanned: checked.handoversPlanned)
    }
}
