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
}
