import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Demo data")
struct DemoGeneratorTests {
    let days = DemoGenerator.openDays(count: 5, endingOn: LocalDay("2026-11-23")!, calendar: Fixtures.configuration.workingDays)
    let generator = DemoGenerator(configuration: Fixtures.configuration, seed: 7)
    let late = Fixtures.time(23, 59)

    @Test("Open days skip weekends and holidays")
    func openDays() {
        #expect(days.map(\.description) == ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23"])
        let easter = DemoGenerator.openDays(count: 3, endingOn: LocalDay("2026-04-07")!, calendar: Fixtures.configuration.workingDays)
        #expect(easter.map(\.description) == ["2026-04-01", "2026-04-02", "2026-04-07"])
    }

    @Test("Hand-overs progress like a sector's week: most closed on time, some late, the newest open")
    func handoverProgress() {
        let now = Fixtures.time(23, 59)
        let handovers = (1...400).map { number in
            Handover(
                id: Int64(number), contactID: Int64(number * 3), sector: "teknik", reason: .couldNotAnswer,
                createdAt: Fixtures.time(10).addingTimeInterval(-Double(number % 20) * 86_400), dueDate: LocalDay("2026-11-25")!,
                status: .open, statusAt: Fixtures.time(10), statusBy: "anna", closedOn: nil, category: "avfall", channel: .phone)
        }
        let steps = generator.handoverProgress(for: handovers, now: now)
        #expect(steps == generator.handoverProgress(for: handovers, now: now))
        #expect(steps.allSatisfy { $0.at <= now })
        let closed = Set(steps.filter { $0.event == .closed }.map(\.handoverID))
        #expect(closed.count > 200 && closed.count < 400)
        // Each hand-over's story is in order: acknowledged, called back, closed.
        for id in closed {
            let story = steps.filter { $0.handoverID == id }
            #expect(story.map(\.event) == [.acknowledged, .calledBack, .closed])
            #expect(story.map(\.at) == story.map(\.at).sorted())
            #expect(story.allSatisfy { $0.at >= handovers[Int(id) - 1].createdAt })
        }
        // Nothing happens to a hand-over that is no longer open.
        var acknowledged = handovers[0]
        acknowledged.status = .acknowledged
        #expect(generator.handoverProgress(for: [acknowledged], now: now).isEmpty)
    }

    @Test("The same seed gives the same contacts; another seed gives others")
    func deterministic() {
        let first = generator.contacts(days: days, perDay: 100, now: late)
        let again = generator.contacts(days: days, perDay: 100, now: late)
        #expect(first == again)
        #expect(first != DemoGenerator(configuration: Fixtures.configuration, seed: 8).contacts(days: days, perDay: 100, now: late))
    }

    @Test("Volumes follow the week, all contacts are valid, none lie in the future")
    func realistic() {
        let contacts = generator.contacts(days: days, perDay: 200, now: late)
        let monday = contacts.filter { LocalDay($0.startedAt, in: Fixtures.stockholm) == LocalDay("2026-11-23") }.count
        let friday = contacts.filter { LocalDay($0.startedAt, in: Fixtures.stockholm) == LocalDay("2026-11-20") }.count
        #expect(monday > friday)
        #expect(contacts.allSatisfy { Fixtures.configuration.category($0.category) != nil })
        #expect(contacts.allSatisfy { $0.endedAt >= $0.startedAt && $0.endedAt <= late })
        #expect(Set(contacts.map(\.channel)).count == 4)
        let summary = ContactSummary(contacts)
        #expect(summary.resolvableFirstContactResolution! > summary.firstContactResolution!)

        let morning = generator.contacts(days: days, perDay: 200, now: Fixtures.time(10))
        #expect(morning.allSatisfy { $0.endedAt <= Fixtures.time(10) })
        #expect(morning.count < contacts.count)
    }

    @Test("Some citizens come back about the same matter: linked, later, never in the future, the same on every run")
    func repeats() {
        var stored = generator.contacts(days: days, perDay: 200, now: late)
        for index in stored.indices { stored[index].id = Int64(index + 1) }
        let repeats = generator.repeatContacts(after: stored, now: late)
        #expect(repeats == generator.repeatContacts(after: stored, now: late))
        #expect(repeats.count > 5 && repeats.count < stored.count / 5)
        for again in repeats {
            let first = stored[Int(again.repeatOf!) - 1]
            #expect(again.startedAt > first.endedAt && again.endedAt <= late)
            #expect(again.category == first.category && again.externalID == first.externalID! + "-repeat")
        }
        // Repeats are not repeated again, and contacts that are not the demo's are left alone.
        #expect(generator.repeatContacts(after: repeats.map { var r = $0; r.id = 99; return r }, now: late).isEmpty)
        #expect(generator.repeatContacts(after: stored.map { var c = $0; c.externalID = "real-1"; return c }, now: late).isEmpty)
    }
}
