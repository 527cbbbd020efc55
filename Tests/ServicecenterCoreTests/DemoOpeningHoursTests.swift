import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Demo data lies within the opening hours")
struct DemoOpeningHoursTests {
    /// The fixture site, open shorter on Fridays and on Saturday mornings.
    static let configuration: Configuration = {
        var configuration = Fixtures.configuration
        configuration.site.openingHours.weekdays[4] = .init(opens: 9 * 60, closes: 15 * 60)
        configuration.site.openingHours.weekdays[5] = .init(opens: 10 * 60, closes: 13 * 60)
        return configuration
    }()

    /// Every contact, repeat contact, queue event, hand-over and hand-over step of several seeds,
    /// checked against the hours of its own day (main once put repeats at 17–23 h, visits at
    /// 23:01, and hand-overs acknowledged, called back and closed up to 19:xx).
    @Test("Property: every generated time of 12 seeds lies inside its day's opening hours")
    func insideOpeningHours() {
        let configuration = Self.configuration
        let calendar = configuration.workingDays
        let hours = configuration.openingHours
        // Closing time itself counts as inside: a contact may end as the doors close.
        func inside(_ date: Date) -> Bool {
            hours.isOpen(at: date, calendar: calendar) || hours.isOpen(at: date.addingTimeInterval(-1), calendar: calendar)
        }
        let now = Fixtures.time(23, 59)
        let days = DemoGenerator.openDays(count: 15, endingOn: LocalDay("2026-11-23")!, calendar: calendar)
        var checked = 0
        for seed in UInt64(1)...12 {
            let generator = DemoGenerator(configuration: configuration, seed: seed)
            var contacts = generator.contacts(days: days, perDay: 80, now: now)
            for index in contacts.indices { contacts[index].id = Int64(index + 1) }
            let repeats = generator.repeatContacts(after: contacts, now: now)
            #expect(!repeats.isEmpty)
            for contact in contacts + repeats {
                #expect(inside(contact.startedAt) && inside(contact.endedAt),
                        "seed \(seed): \(Timestamp.localText(contact.startedAt, in: configuration.timeZone)) – \(Timestamp.localText(contact.endedAt, in: configuration.timeZone))")
                checked += 1
            }
            for event in generator.queueEvents(for: contacts, now: now) {
                #expect(inside(event.at), "seed \(seed): \(event.kind) at \(Timestamp.localText(event.at, in: configuration.timeZone))")
                checked += 1
            }
            // The hand-overs the store makes of forwarded contacts (made as the contact ends) and
            // what the sectors do with them, also weeks later, when every story has run its course.
            let handovers = Self.handovers(of: contacts + repeats, configuration: configuration)
            #expect(handovers.count > 100)
            for handover in handovers {
                #expect(inside(handover.createdAt), "seed \(seed): hand-over made at \(Timestamp.localText(handover.createdAt, in: configuration.timeZone))")
                checked += 1
            }
            for later in [now, now.addingTimeInterval(30 * 86_400)] {
                let steps = generator.handoverProgress(for: handovers, now: later)
                #expect(steps.contains { $0.event == .closed })
                for step in steps {
                    #expect(inside(step.at), "seed \(seed): hand-over \(step.handoverID) \(step.event) at \(Timestamp.localText(step.at, in: configuration.timeZone))")
                    checked += 1
                }
            }
        }
        print("demo opening hours: 12 seeds, \(checked) generated times checked")
        #expect(checked > 20_000, "\(checked) times checked")
    }

    /// The open hand-overs the store would make of `contacts` (Store.makeHandover: one per
    /// forwarded contact, made when it ended), numbered like rows.
    static func handovers(of contacts: [Contact], configuration: Configuration) -> [Handover] {
        let planner = HandoverPlanner(configuration: configuration)
        return contacts.enumerated().compactMap { index, contact in
            guard let plan = planner.plan(for: contact) else { return nil }
            return Handover(
                id: Int64(index + 1), contactID: contact.id ?? Int64(100_000 + index), sector: plan.sector, reason: plan.reason,
                createdAt: contact.endedAt, dueDate: plan.dueDate, status: .open, statusAt: contact.endedAt,
                statusBy: contact.operatorUser, closedOn: nil, category: contact.category, channel: contact.channel)
        }
    }
}
