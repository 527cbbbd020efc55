import Foundation
import ServicecenterCore
import Testing

/// Into a database that exists, `import` checks and stores in one pass and rolls back when a
/// line holds the input back. Whatever the lines, it must say and store what the two passes
/// (check all, then store) say and store: every note in line order, every count, the credit,
/// and all of the contacts or none.
@Suite("ContactImport: one pass says and stores what two passes do")
struct ContactImportOnePassTests {
    let contactImport = ContactImport(configuration: UseCaseSite.configuration)

    func parsed(_ lines: [String]) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        ContactLines.parse(Data(lines.joined(separator: "\n").utf8))
    }

    /// Random lines: mostly good, and now and then (at a batch's edges too) bad JSON, a bad
    /// field, a colleague named, a phone number in the note, an id already stored or repeated.
    func lines(_ random: inout SeededGenerator, round: Int) -> [String] {
        let (count, trouble) = RandomLineLayout.layout(&random, round: round)
        var special: [Int: String] = [:]
        for at in trouble {
            special[at] = [
                "{not json", "[]", UseCaseSite.contactLine(id: "bad\(at)", category: "finns_inte"),
                UseCaseSite.contactLine(id: "erik\(at)", operatorUser: "erik"),
            ].randomElement(using: &random)!
        }
        return (0..<count).map { index in
            if let line = special[index] { return line }
            switch index % 97 {
            case 5: return UseCaseSite.contactLine(id: "kept", time: "08:05")
            case 6: return UseCaseSite.contactLine(id: "r\(round)-\(index)", extra: #","note":"Ring 070-123 45 67""#)
            case 7: return UseCaseSite.contactLine(id: "r\(round)-\(index - 1)")
            default: return UseCaseSite.contactLine(id: "r\(round)-\(index)", time: String(format: "%02d:%02d", 8 + index / 600, index % 60))
            }
        }
    }

    @Test("40 random files as a guide and as an admin: the same notes, counts, credit and stored contacts", arguments: Backends.all)
    func sameAsTwoPasses(_ backend: Backend) throws {
        var random = SeededGenerator(seed: 24)
        for round in 0..<40 {
            let lines = self.lines(&random, round: round)
            let user = round % 2 == 0 ? "anna" : "maria"
            let twoStores = try UseCaseSite.store(on: backend), oneStore = try UseCaseSite.store(on: backend)
            // One contact stored already: its id in the file is counted as already there.
            for store in [twoStores, oneStore] {
                var credit = UseCaseSite.credit("anna")
                _ = try contactImport.checkAndStore(
                    ParsedContactLines(parsed([UseCaseSite.contactLine(id: "kept", time: "08:05")])), credit: &credit, into: store, now: UseCaseSite.now)
            }

            var twoCredit = UseCaseSite.credit(user)
            let checked = contactImport.check(parsed(lines), credit: &twoCredit, now: UseCaseSite.now)
            let twoOutcome = checked.verdict == .ready
                ? try contactImport.store(checked, lines: parsed(lines), credit: UseCaseSite.credit(user), into: twoStores, now: UseCaseSite.now) : nil

            var oneCredit = UseCaseSite.credit(user)
            let one = try contactImport.checkAndStore(ParsedContactLines(parsed(lines)), credit: &oneCredit, into: oneStore, now: UseCaseSite.now)

            let what = "round \(round), \(lines.count) lines as \(user)"
            #expect(one.checked.notes == checked.notes, "\(what)")
            #expect(one.checked.verdict == checked.verdict && one.checked.lines == checked.lines && one.checked.contacts == checked.contacts, "\(what)")
            #expect(one.checked.handoversPlanned == checked.handoversPlanned, "\(what)")
            #expect(oneCredit.refused == twoCredit.refused && oneCredit.credited == twoCredit.credited, "\(what)")
            #expect(one.outcome?.stored == twoOutcome?.stored, "\(what)")
            let day = LocalDay(year: 2026, month: 11, day: 23)
            let stored = { (store: any Store) in try store.contacts(from: day, through: day).map { [$0.externalID ?? "", $0.note ?? ""] } }
            #expect(try stored(oneStore) == stored(twoStores), "\(what)")
            #expect(try oneStore.contactCount() == (checked.verdict == .ready ? 1 + twoOutcome!.stored.inserted : 1), "\(what)")
        }
    }

    /// Lines that fail to be read after `failAfter` of them, as a disk error would.
    final class FailingLines: ContactLineSource {
        let inner: ParsedContactLines
        let failAfter: Int
        var read = 0
        init(_ lines: [(line: Int, result: Result<ContactDraft, LineProblem>)], failAfter: Int) {
            inner = ParsedContactLines(lines)
            self.failAfter = failAfter
        }
        var name: String { "contacts.jsonl" }
        var digest: FNV1a { inner.digest }
        func rewind() {
            inner.rewind()
            read = 0
        }
        func next() throws -> (line: Int, result: Result<ContactDraft, LineProblem>)? {
            read += 1
            guard read <= failAfter else { throw CocoaError(.fileReadUnknown) }
            return inner.next()
        }
    }

    @Test("Input that cannot be read to the end stores none of the batches read before, and says why", arguments: Backends.all)
    func unreadable(_ backend: Backend) throws {
        let lines = (0..<2_500).map { UseCaseSite.contactLine(id: "u\($0)", time: String(format: "%02d:%02d", 8 + $0 / 600, $0 % 60)) }
        let store = try UseCaseSite.store(on: backend)
        var credit = UseCaseSite.credit("anna")
        #expect(throws: CocoaError.self) {
            try contactImport.checkAndStore(FailingLines(parsed(lines), failAfter: 2_200), credit: &credit, into: store, now: UseCaseSite.now)
        }
        #expect(try store.contactCount() == 0)
        let whole = try contactImport.checkAndStore(FailingLines(parsed(lines), failAfter: 5_000), credit: &credit, into: store, now: UseCaseSite.now)
        #expect(whole.outcome?.stored == ImportOutcome(inserted: 2_500, alreadyPresent: 0) && whole.checked.verdict == .ready)
    }
}
