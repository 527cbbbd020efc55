import Foundation
import ServicecenterCore
import Testing

@Suite("QueueEventImport and QueueFeed")
struct QueueEventUseCaseTests {
    let events = QueueEventImport(configuration: UseCaseSite.configuration)
    let monday = LocalDay(year: 2026, month: 11, day: 23)

    static func line(_ time: String, _ kind: String, call: String, operatorUser: String? = nil) -> String {
        let user = operatorUser.map { #","operator":"\#($0)""# } ?? ""
        return #"{"at":"2026-11-23T\#(time)+01:00","channel":"phone","event":"\#(kind)","call_id":"\#(call)"\#(user)}"#
    }

    @Test("A file's bad lines and unknown operators are named; a colleague's name is a refusal, not bad data")
    func checkLines() {
        var credit = UseCaseSite.credit("anna")
        let lines = [
            Self.line("09:00:00", "offered", call: "c1"),
            Self.line("09:00:40", "answered", call: "c1", operatorUser: "nobody"),
            Self.line("09:01:00", "answered", call: "c2", operatorUser: "erik"),
            "{",
        ]
        let checked = events.check(QueueEventLines.parse(Data(lines.joined(separator: "\n").utf8)), credit: &credit)
        #expect(checked.events.count == 1)
        #expect(checked.lines == 4)
        #expect(checked.badLines == 3)
        #expect(checked.refusedLines == 1)
        #expect(checked.notes.map(\.line) == [2, 3, 4])
        #expect(checked.notes[0].note == .bad(.fields([.unknownOperator("nobody")])))
        #expect(checked.notes[1].note == .namesOther("erik"))
    }

    @Test("An event later than now plus the clock skew is a bad line, named by its field; one within the skew is taken")
    func future() {
        var credit = UseCaseSite.credit("anna")
        let now = Timestamp.parse("2026-11-23T09:00:00+01:00")!
        let lines = [Self.line("09:04:59", "offered", call: "c1"), Self.line("09:05:01", "offered", call: "c2")]
        let checked = events.check(QueueEventLines.parse(Data(lines.joined(separator: "\n").utf8)), credit: &credit, now: now)
        #expect(checked.events.map(\.callID) == ["c1"])
        #expect(checked.notes.map(\.line) == [2])
        #expect(checked.notes.first?.note == .bad(.fields([.inFuture(field: "at", value: "2026-11-23T08:05:01Z", latest: "2026-11-23T08:05:00Z")])))
    }

    @Test("The verdict: all stored, partly stored, or rejected, and by whose name")
    func verdicts() {
        let some = ImportOutcome(inserted: 1, alreadyPresent: 0)
        let none = ImportOutcome(inserted: 0, alreadyPresent: 0)
        #expect(QueueEventImport.verdict(stored: some, badLines: 0, refusedLines: 0) == .recorded)
        #expect(QueueEventImport.verdict(stored: some, badLines: 2, refusedLines: 0) == .partlyStored(skippedLines: 2))
        // A line already stored is a good line: a feed sent again is not bad data.
        #expect(QueueEventImport.verdict(stored: ImportOutcome(inserted: 0, alreadyPresent: 1), badLines: 1, refusedLines: 0)
            == .partlyStored(skippedLines: 1))
        #expect(QueueEventImport.verdict(stored: none, badLines: 2, refusedLines: 0) == .rejected(badLines: 2, onlyOthersNamed: false))
        #expect(QueueEventImport.verdict(stored: none, badLines: 2, refusedLines: 2) == .rejected(badLines: 2, onlyOthersNamed: true))
    }

    /// A pipe holding `text`, its writing end closed: the feed's input, ended.
    func closedPipe(_ text: String) throws -> LineReader {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = Array(text.utf8)
        #expect(write(ends[1], bytes, bytes.count) == bytes.count)
        close(ends[1])
        return LineReader(descriptor: ends[0], closing: true)
    }

    @Test("The follow loop stores each good line, reports each bad one as met, and ends when its writer closes the input")
    func followEndsOnClosedInput() throws {
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = try closedPipe([
            Self.line("09:00:00", "offered", call: "c1"),
            "not json",
            "",
            Self.line("09:00:40", "answered", call: "c1", operatorUser: "anna"),
            Self.line("09:00:40", "answered", call: "c1", operatorUser: "anna"),
        ].joined(separator: "\n") + "\n")
        var credit = UseCaseSite.credit("anna")
        var reported: [NumberedLineNote] = []
        let totals = try QueueFeed(configuration: UseCaseSite.configuration).follow(reader, into: store, credit: &credit) { reported.append($0) }
        #expect(totals.stored == ImportOutcome(inserted: 2, alreadyPresent: 1))
        #expect(totals.badLines == 1)
        #expect(reported == [NumberedLineNote(line: 2, note: .bad(.malformedJSON))])
        #expect(totals.verdict == .partlyStored(skippedLines: 1))
        let calls = try store.queueCalls(on: monday)
        #expect(calls.count == 1)
        #expect(calls.first?.answeredBy == "anna")
    }

    @Test("A feed whose every line names a colleague stores nothing, and it is a matter of role")
    func followOnlyOthers() throws {
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = try closedPipe(Self.line("09:00:40", "answered", call: "c1", operatorUser: "erik"))
        var credit = UseCaseSite.credit("anna")
        let totals = try QueueFeed(configuration: UseCaseSite.configuration).follow(reader, into: store, credit: &credit) { _ in }
        #expect(totals.verdict == .rejected(badLines: 1, onlyOthersNamed: true))
        #expect(credit.refused == 1)
        #expect(try store.queueCalls(on: monday).isEmpty)
    }

    @Test("An empty feed ends at once, having stored nothing and skipped nothing")
    func followEmpty() throws {
        let (store, folder) = try UseCaseSite.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        var credit = UseCaseSite.credit("anna")
        let totals = try QueueFeed(configuration: UseCaseSite.configuration).follow(try closedPipe(""), into: store, credit: &credit) { _ in }
        #expect(totals.stored == ImportOutcome(inserted: 0, alreadyPresent: 0))
        #expect(totals.badLines == 0)
        #expect(totals.verdict == .recorded)
    }
}
