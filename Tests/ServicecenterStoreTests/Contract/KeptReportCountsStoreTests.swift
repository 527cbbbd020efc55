import Foundation
@testable import ServicecenterCore
import Testing

/// A store may keep the days it has counted for the report (SQLite does), so long as every
/// change to a day's records makes it count that day again. Each kind of change a past day can
/// meet is made here after the days were counted, and the counts must then be those of the
/// records read in full: a contact saved late, a correction at the desk, an import, a queue
/// event, a hand-over closed and reopened after the fact, the targets changed, the demo removed.
@Suite("Store: kept report counts follow every change to a day")
struct KeptReportCountsStoreTests {
    let fixture = ReportCountsStoreTests()
    let wednesday = LocalDay(year: 2026, month: 11, day: 18)

    /// The store's counts and the records' counts for the fixture's week, each of its days, and
    /// a span reaching past it, as text that names what differs.
    func differences(_ store: any Store, configuration: Configuration) throws -> [String] {
        var spans = [(fixture.first, fixture.last), (LocalDay(year: 2026, month: 11, day: 13), LocalDay(year: 2026, month: 11, day: 24))]
        var day = fixture.first
        while day <= fixture.last {
            spans.append((day, day))
            day = day.adding(days: 1)
        }
        var found: [String] = []
        for (from, through) in spans {
            let records = ReportCounts(try store.statisticsInput(from: from, through: through, includingOperators: false), configuration: configuration)
            let counted = try store.reportCounts(from: from, through: through, basis: CountingBasis(configuration))
            let store = rounded(counted), truth = rounded(records)
            for channel in Set(store.contacts.keys).union(truth.contacts.keys) where store.contacts[channel] != truth.contacts[channel] {
                found.append("\(from)–\(through) \(channel) contacts: store \(String(describing: store.contacts[channel])), records \(String(describing: truth.contacts[channel]))")
            }
            for hour in Set(store.calls.keys).union(truth.calls.keys) where store.calls[hour] != truth.calls[hour] {
                found.append("\(from)–\(through) \(hour) calls: store \(String(describing: store.calls[hour])), records \(String(describing: truth.calls[hour]))")
            }
            if store.email != truth.email { found.append("\(from)–\(through) e-mail: store \(store.email), records \(truth.email)") }
            if store.handovers != truth.handovers { found.append("\(from)–\(through) hand-overs: store \(store.handovers), records \(truth.handovers)") }
        }
        return found
    }

    /// Waits added up in another order differ in the last bits.
    func rounded(_ counts: ReportCounts) -> ReportCounts {
        var counts = counts
        counts.calls = counts.calls.mapValues { calls in
            var calls = calls
            calls.answerWaitSeconds = (calls.answerWaitSeconds * 1000).rounded() / 1000
            return calls
        }
        return counts
    }

    func on(_ day: Int, _ time: String) -> Date { Timestamp.parse("2026-11-\(day)T\(time)+01:00")! }

    @Test("Every kind of change to a counted day is in the next count", arguments: Backends.all)
    func followsChanges(backend: Backend) throws {
        let store = try UseCaseSite.store(on: backend)
        try fixture.fill(store, seed: 11)
        let configuration = UseCaseSite.configuration
        #expect(try differences(store, configuration: configuration) == [])

        // A contact logged late, on a day already counted.
        var late = contact("2026-11-19T10:20:00+01:00", channel: .visit)
        late.resolvable = true
        _ = try store.save(late, now: fixture.now)
        #expect(try differences(store, configuration: configuration) == [], "a late contact")

        // A correction at the desk: Wednesday's first phone contact becomes a visit the day after, referred.
        var corrected = try #require(try store.contacts(from: wednesday, through: wednesday).first { $0.channel == .phone })
        corrected.channel = .visit
        corrected.startedAt = corrected.startedAt.addingTimeInterval(86_400)
        corrected.endedAt = corrected.endedAt.addingTimeInterval(86_400)
        corrected.resolution = .referred(to: Referral(destination: "forsakringskassan"))
        corrected.queueWaitSeconds = 4000
        try store.update(corrected, by: "anna", now: fixture.now)
        #expect(try differences(store, configuration: configuration) == [], "a correction")

        // An import of history into counted days, e-mail among it.
        var imported = (0..<6).map { contact("2026-11-\(16 + $0)T1\($0):05:00+01:00", channel: Channel.allCases[$0 % 4], externalID: "import-\($0)") }
        imported[3].queueWaitSeconds = 2 * 86_400
        _ = try store.importContacts(imported, now: fixture.now)
        #expect(try differences(store, configuration: configuration) == [], "an import")

        // Queue events for a counted day: a call answered late, one abandoned, one left waiting.
        _ = try store.recordQueueEvents([
            QueueEvent(at: on(20, "11:00:00"), channel: .phone, kind: .offered, callID: "late-1"),
            QueueEvent(at: on(20, "11:09:00"), channel: .phone, kind: .answered, callID: "late-1", operatorUser: "anna"),
            QueueEvent(at: on(20, "11:01:00"), channel: .phone, kind: .offered, callID: "late-2"),
            QueueEvent(at: on(20, "11:08:00"), channel: .phone, kind: .abandoned, callID: "late-2"),
            QueueEvent(at: on(20, "16:59:00"), channel: .signLanguage, kind: .offered, callID: "late-3"),
        ], now: fixture.now)
        #expect(try differences(store, configuration: configuration) == [], "queue events")

        // A hand-over closed after its due date, within the week, then reopened the day after:
        // a close counts on its day, and what was overdue changes from then on.
        let handovers = try store.handovers(.init(includeClosed: false)).sorted { $0.id < $1.id }
        let open = try #require(handovers.first { $0.dueDate < LocalDay(year: 2026, month: 11, day: 20) })
        _ = try store.record(.closed, on: open.id, by: "maria", note: nil, now: on(20, "15:00:00"))
        #expect(try differences(store, configuration: configuration) == [], "a hand-over closed")
        _ = try store.record(.reopened, on: open.id, by: "maria", note: nil, now: on(21, "09:00:00"))
        #expect(try differences(store, configuration: configuration) == [], "a hand-over reopened")

        // Another target: counted against it, then against the first one again.
        var stricter = configuration
        stricter.targets.serviceLevels[.phone] = ServiceLevelTarget(seconds: 20, percent: 90)
        #expect(CountingBasis(stricter).key != CountingBasis(configuration).key)
        #expect(try differences(store, configuration: stricter) == [], "a stricter target")
        #expect(try differences(store, configuration: configuration) == [], "the first target again")

        // The demo removed: the days hold what is left.
        _ = try store.removeDemo()
        #expect(try differences(store, configuration: configuration) == [], "the demo removed")
        let week = try store.reportCounts(from: fixture.first, through: fixture.last, basis: CountingBasis(configuration))
        #expect(week.contacts.values.reduce(0) { $0 + $1.contacts } == imported.count + 2)
    }
}
