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
        let reader = CheckingReader(source, checking: LineCheck(contactImport: self, now: now), credit: credit)
        let stored = try reader.store { try store.importContacts(&$0, now: now) }
        credit = reader.credit
        var checked = reader.check.checked
        checked.digest = source.digest
        return Checking(checked: checked, outcome: stored.map { Outcome(stored: $0, handoversPlanned: checked.handoversPlanned) })
    }

    /// A contact line checked as `check` checks it (`examine`), its facts to store.
    struct LineCheck: LineChecking {
        let contactImport: ContactImport
        let now: Date
        var checked = Checked()

        mutating func take(_ number: Int, _ parsed: Result<ContactDraft, LineProblem>, credit: inout LineCredit) -> ContactFacts? {
            let outcome = contactImport.examine(number, parsed, credit: &credit, now: now)
            checked.count(outcome)
            guard case .contact(let facts, _) = outcome else { return nil }
            return facts
        }

        var holdsBack: Bool { checked.holdsBack }
    }
}
