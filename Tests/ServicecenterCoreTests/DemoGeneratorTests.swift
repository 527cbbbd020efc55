import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Demo data")
struct DemoGeneratorTests {
    let days = DemoGenerator.openDays(count: 5, endingOn: LocalDay("2026-11-23")!)
    let generator = DemoGenerator(configuration: Fixtures.configuration, seed: 7)
    let late = Fixtures.time(23, 59)

    @Test("Open days skip weekends")
    func openDays() {
        #expect(days.map(\.description) == ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23"])
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
