import Foundation
import ServicecenterCore
import Testing
import TestSupport

@Suite("ContactImport")
struct ContactImportTests {
    let contactImport = ContactImport(configuration: UseCaseSite.configuration)

    func check(_ lines: [String], as user: String = "anna") -> (ContactImport.Checked, LineCredit) {
        var credit = UseCaseSite.credit(user)
        let checked = contactImport.check(parsed(lines), credit: &credit, now: UseCaseSite.now)
        return (checked, credit)
    }

    func parsed(_ lines: [String]) -> [(line: Int, result: Result<ContactDraft, LineProblem>)] {
        ContactLines.parse(Data(lines.joined(separator: "\n").utf8))
    }

    /// The second pass over the same lines, credited as `user` was before the check.
    func store(_ checked: ContactImport.Checked, _ lines: [String], as user: String = "anna", into store: any Store) throws -> ContactImport.Outcome {
        try contactImport.store(checked, lines: parsed(lines), credit: UseCaseSite.credit(user), into: store, now: UseCaseSite.now)
    }

    @Test("Every bad line is named with its problem, and a file with one stores nothing")
    func badLines() throws {
        let lines = [UseCaseSite.contactLine(id: "a1"), "{not json", UseCaseSite.contactLine(id: "a3", category: "finns_inte")]
        let (checked, _) = check(lines)
        #expect(checked.verdict == .invalid(badLines: 2))
        #expect(checked.lines == 3)
        #expect(checked.notes.map(\.line) == [2, 3])
        #expect(checked.notes[0].note == .bad(.malformedJSON))
        guard case .bad(.fields(let problems)) = checked.notes[1].note else {
            Issue.record("line 3 should be refused for its fields, was \(checked.notes[1].note)")
            return
        }
        #expect(!problems.isEmpty)

        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try self.store(checked, lines, into: store)
        #expect(outcome.stored == ImportOutcome(inserted: 0, alreadyPresent: 0))
        #expect(try store.contactCount() == 0)
    }

    @Test("A good file is stored whole; the same file again finds every contact already there")
    func importTwice() throws {
        let lines = [UseCaseSite.contactLine(id: "b1"), UseCaseSite.contactLine(id: "b2", time: "10:00")]
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (first, _) = check(lines)
        #expect(first.verdict == .ready)
        #expect(try self.store(first, lines, into: store).stored == ImportOutcome(inserted: 2, alreadyPresent: 0))
        let (again, _) = check(lines)
        #expect(try self.store(again, lines, into: store).stored == ImportOutcome(inserted: 0, alreadyPresent: 2))
        #expect(try store.contactCount() == 2)
    }

    @Test("No lines at all is an empty import, not an error")
    func emptyInput() {
        let (checked, _) = check([])
        #expect(checked.verdict == .empty)
        #expect(checked.notes.isEmpty)
    }

    @Test("What a line reports as masked is what is stored")
    func maskedAsReported() throws {
        let lines = [
            UseCaseSite.contactLine(id: "c1"),
            UseCaseSite.contactLine(id: "c2", time: "10:00", extra: #","note":"Ring 070-123 45 67 om tunnan""#),
        ]
        let (checked, _) = check(lines)
        #expect(checked.verdict == .ready)
        #expect(checked.notes.count == 1)
        #expect(checked.notes.first?.line == 2)
        guard case .masked(let fields) = checked.notes.first?.note else {
            Issue.record("line 2's phone number should be reported masked")
            return
        }
        #expect(!fields.note.isEmpty)

        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try self.store(checked, lines, into: store)
        let day = LocalDay(year: 2026, month: 11, day: 23)
        let notes = try store.contacts(from: day, through: day).compactMap(\.note)
        #expect(notes.count == 1 && notes[0].contains("tunnan") && !notes[0].contains("070-123 45 67"))
    }

    @Test("Thousands of lines are stored a batch at a time, in one transaction: all of them, or none when the input changes")
    func batches() throws {
        let lines = (0..<2_500).map { UseCaseSite.contactLine(id: "g\($0)", time: String(format: "%02d:%02d", 8 + $0 / 600, $0 % 60)) }
        let (checked, _) = check(lines)
        #expect(checked.verdict == .ready && checked.contacts == 2_500)
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The input read differently the second time: one line fewer, a line that no longer
        // holds, a line more. Each stores nothing, though the first batches held.
        for changed in [Array(lines.dropLast()), lines.enumerated().map { $0.offset == 2_100 ? "{" : $0.element }, lines + [UseCaseSite.contactLine(id: "extra")]] {
            #expect(throws: StoreError.importInputChanged(source: "stdin")) {
                try contactImport.store(checked, lines: parsed(changed), credit: UseCaseSite.credit("anna"), into: store, now: UseCaseSite.now)
            }
            #expect(try store.contactCount() == 0)
        }
        #expect(try self.store(checked, lines, into: store).stored == ImportOutcome(inserted: 2_500, alreadyPresent: 0))
        #expect(try store.contactCount() == 2_500)
    }

    @Test("Checked a chunk at a time on another thread, thousands of lines report as one pass would: in line order, every count, the credit")
    func chunksInOrder() {
        // Bad, refused and masked lines in different chunks of a thousand, and at their edges.
        let special: [Int: String] = [
            4: "{not json", 999: UseCaseSite.contactLine(id: "x999", operatorUser: "erik"), 1_000: "[]",
            1_001: UseCaseSite.contactLine(id: "x1001", operatorUser: "erik"), 1_999: "{",
            2_400: UseCaseSite.contactLine(id: "x2400", category: "finns_inte"),
        ]
        let lines = (0..<2_500).map { special[$0] ?? UseCaseSite.contactLine(id: "o\($0)", time: String(format: "%02d:%02d", 8 + $0 / 600, $0 % 60)) }
        for user in ["anna", "maria"] {
            let (checked, credit) = check(lines, as: user)
            #expect(checked.lines == 2_500 && checked.badLines == 4 && checked.contacts == (user == "anna" ? 2_494 : 2_496))
            #expect(checked.notes.map(\.line) == (user == "anna" ? [5, 1_000, 1_001, 1_002, 2_000, 2_401] : [5, 1_001, 2_000, 2_401]))
            #expect(user == "anna" ? credit.refused == 2 : credit.creditedSummary == "anna (2494), erik (2)")
        }
    }

    @Test("A guide's lines naming a colleague are refused (nothing stored); an admin's are credited")
    func lineCredit() {
        let lines = [UseCaseSite.contactLine(id: "d1"), UseCaseSite.contactLine(id: "d2", operatorUser: "erik")]
        let (guide, guideCredit) = check(lines, as: "anna")
        #expect(guide.verdict == .refused(lines: 1))
        #expect(guide.notes == [NumberedLineNote(line: 2, note: .namesOther("erik"))])
        #expect(guideCredit.refused == 1)

        let (admin, adminCredit) = check(lines, as: "maria")
        #expect(admin.verdict == .ready)
        #expect(adminCredit.creditedSummary == "anna (1), erik (1)")
    }

    @Test("A bad line weighs before a line naming someone else: the file is invalid, not a matter of role")
    func invalidBeforeRefused() {
        let (checked, _) = check([UseCaseSite.contactLine(id: "e1", operatorUser: "erik"), "[]"])
        #expect(checked.verdict == .invalid(badLines: 1))
        #expect(checked.refusedLines == 1)
    }

    @Test("A forwarded contact's hand-over is counted in the outcome")
    func handoversPlanned() throws {
        let forwarded = UseCaseSite.contactLine(
            id: "f1", category: "ekonomiskt_bistand",
            extra: #","forward_reason":"needs_case_officer","matter":"Vill söka försörjningsstöd""#
        ).replacingOccurrences(of: #""resolution":"resolved""#, with: #""resolution":"forwarded""#)
        let lines = [forwarded, UseCaseSite.contactLine(id: "f2", time: "11:00")]
        let (checked, _) = check(lines)
        #expect(checked.verdict == .ready, "\(checked.notes)")
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try self.store(checked, lines, into: store)
        #expect(outcome.handoversPlanned == 1)
        #expect(try store.handovers().count == 1)
    }

    @Test("A file changed in place between the two reads, every line still valid, stores nothing")
    func changedInPlace() throws {
        let inputs = TemporaryFolders.make("sc-import")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let path = inputs.appendingPathComponent("contacts.jsonl").path
        let lines = (0..<1_500).map { UseCaseSite.contactLine(id: "h\($0)") }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        for change in [true, false] {
            let source = ContactLineFile(descriptor: open(path, O_RDONLY), name: path)
            var credit = UseCaseSite.credit("anna")
            let checked = try contactImport.check(source, credit: &credit, now: UseCaseSite.now)
            #expect(checked.verdict == .ready)
            if change {
                // Another id of the same length, written over the old one in place: the line still holds.
                let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                let offset = try #require(text.range(of: #""h1200""#)).lowerBound.utf16Offset(in: text)
                try writer.seek(toOffset: UInt64(offset))
                try writer.write(contentsOf: Data(#""x1200""#.utf8))
                try writer.close()
                #expect(throws: StoreError.importInputChanged(source: path)) {
                    try contactImport.store(checked, from: source, credit: UseCaseSite.credit("anna"), into: store, now: UseCaseSite.now)
                }
                #expect(try store.contactCount() == 0)
            } else {
                let outcome = try contactImport.store(checked, from: source, credit: UseCaseSite.credit("anna"), into: store, now: UseCaseSite.now)
                #expect(outcome.stored == ImportOutcome(inserted: 1_500, alreadyPresent: 0))
            }
        }
    }
}
