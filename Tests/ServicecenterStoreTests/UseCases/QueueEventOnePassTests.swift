import Foundation
import ServicecenterCore
import Testing

/// `queue events FILE` checks and stores in one pass, a batch of events at a time, and rolls
/// back when any line is bad. Whatever the lines, it must say and store what checking the whole
/// file in memory and then storing its events did: every note in line order, every count, the
/// credit, and all of the events or none.
@Suite("QueueEventImport: one pass says and stores what the file held in memory did")
struct QueueEventOnePassTests {
    let events = QueueEventImport(configuration: UseCaseSite.configuration)

    /// `lines` in a file of their own, opened as `queue events` opens one.
    func file(_ lines: [String]) throws -> LineFile<QueueEvent> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDONLY)
        unlink(path)
        return LineFile(descriptor: descriptor, name: "events.jsonl", parse: QueueEventLines.parseLine)
    }

    /// Random lines: mostly calls offered and then answered or abandoned, and now and then (at
    /// a batch's edges too) bad JSON, an unknown event, an unknown operator, a colleague named,
    /// an event in the future, an event sent twice or already stored.
    func lines(_ random: inout SeededGenerator, round: Int) -> [String] {
        let (count, trouble) = RandomLineLayout.layout(&random, round: round)
        var special: [Int: String] = [:]
        for at in trouble {
            special[at] = [
                "{not json", QueueEventUseCaseTests.line("09:00:00", "rang", call: "x\(at)"),
                QueueEventUseCaseTests.line("09:00:00", "answered", call: "x\(at)", operatorUser: "nobody"),
                QueueEventUseCaseTests.line("09:00:00", "answered", call: "x\(at)", operatorUser: "erik"),
                #"{"at":"2026-11-25T09:00:00+01:00","channel":"phone","event":"offered","call_id":"future\#(at)"}"#,
            ].randomElement(using: &random)!
        }
        return (0..<count).map { index in
            if let line = special[index] { return line }
            let time = String(format: "%02d:%02d:%02d", 8 + index / 400, index / 60 % 60, index % 60)
            switch index % 89 {
            case 5: return QueueEventUseCaseTests.line("08:00:00", "offered", call: "kept")
            case 7: return QueueEventUseCaseTests.line(time, "offered", call: "r\(round)-\(index - 1)")
            default:
                let call = "r\(round)-\(index / 2 * 2)"
                if index % 2 == 0 { return QueueEventUseCaseTests.line(time, "offered", call: call) }
                return index % 6 == 1
                    ? QueueEventUseCaseTests.line(time, "abandoned", call: call)
                    : QueueEventUseCaseTests.line(time, "answered", call: call, operatorUser: "anna")
            }
        }
    }

    @Test("20 random files as a guide and as an admin: the same notes, counts, credit and stored calls", arguments: Backends.all)
    func sameAsInMemory(_ backend: Backend) throws {
        var random = SeededGenerator(seed: 25)
        let day = LocalDay(year: 2026, month: 11, day: 23)
        for round in 0..<20 {
            let lines = self.lines(&random, round: round)
            let user = round % 2 == 0 ? "anna" : "maria"
            let memoryStore = try UseCaseSite.store(on: backend), oneStore = try UseCaseSite.store(on: backend)
            // One event stored already: sent again, it is counted as already there.
            for store in [memoryStore, oneStore] {
                _ = try store.recordQueueEvents([QueueEvent(at: UseCaseSite.now, channel: .phone, kind: .offered, callID: "kept")])
            }

            var memoryCredit = UseCaseSite.credit(user)
            let checked = events.check(QueueEventLines.parse(Data(lines.joined(separator: "\n").utf8)), credit: &memoryCredit, now: UseCaseSite.now)
            let memoryStored = checked.badLines == 0 ? try memoryStore.recordQueueEvents(checked.events, now: UseCaseSite.now) : nil

            var oneCredit = UseCaseSite.credit(user)
            let one = try events.checkAndStore(try file(lines), credit: &oneCredit, into: oneStore, now: UseCaseSite.now)
            var onlyCredit = UseCaseSite.credit(user)
            let only = try events.check(try file(lines), credit: &onlyCredit, now: UseCaseSite.now)

            let what = "round \(round), \(lines.count) lines as \(user)"
            for pass in [one.checked, only] {
                #expect(pass.notes == checked.notes, "\(what)")
                #expect(pass.lines == checked.lines && pass.badLines == checked.badLines && pass.refusedLines == checked.refusedLines, "\(what)")
                #expect(pass.events.isEmpty, "\(what): no event is held")
            }
            for credit in [oneCredit, onlyCredit] {
                #expect(credit.refused == memoryCredit.refused && credit.credited == memoryCredit.credited, "\(what)")
            }
            #expect(one.stored == memoryStored, "\(what)")
            let calls = { (store: any Store) in
                try store.queueCalls(from: day, through: day.adding(days: 1)).map { "\($0.callID) \($0.outcome) \($0.answeredBy ?? "")" }.sorted()
            }
            #expect(try calls(oneStore) == calls(memoryStore), "\(what)")
            if checked.badLines > 0 { #expect(try calls(oneStore) == ["kept waiting "], "\(what): nothing of a bad file is stored") }
        }
    }

    @Test("Input that cannot be read stores nothing, and says why", arguments: Backends.all)
    func unreadable(_ backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        var credit = UseCaseSite.credit("anna")
        // A folder opened for reading: every read of it fails (EISDIR).
        let folder = LineFile(descriptor: open(FileManager.default.temporaryDirectory.path, O_RDONLY), name: "folder", parse: QueueEventLines.parseLine)
        #expect(throws: LineReader.Failure.self) {
            try events.checkAndStore(folder, credit: &credit, into: store, now: UseCaseSite.now)
        }
        let day = LocalDay(year: 2026, month: 11, day: 23)
        #expect(try store.queueCalls(from: day, through: day).isEmpty)
    }
}
