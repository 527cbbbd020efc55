import Foundation
import ServicecenterCore
import Testing

/// Återkontakt: a contact linked to an earlier resolved one within the window counts as a
/// repeat (a resolution that did not hold); a link to what cannot be earlier is refused.
@Suite("Intake: the repeat rule")
struct RepeatRuleTests {
    let rule = RepeatRule(windowDays: 14)
    /// The earlier contact: resolved, 09:00–09:03 on 2 November 2026.
    let earlier = RepeatRule.Earlier(
        startedAt: Timestamp.parse("2026-11-02T09:00:00+01:00")!, endedAt: Timestamp.parse("2026-11-02T09:03:00+01:00")!, resolved: true)

    func later(startingAfterEarlierEnded seconds: TimeInterval, id: Int64? = 2, repeatOf: Int64? = 1) -> Contact {
        var contact = Fixtures.contact()
        contact.id = id
        contact.repeatOf = repeatOf
        contact.startedAt = earlier.endedAt.addingTimeInterval(seconds)
        contact.endedAt = contact.startedAt.addingTimeInterval(60)
        return contact
    }

    @Test("Exactly the window after the earlier one ended is a repeat; a second later is not")
    func windowEdges() throws {
        let window = 14.0 * 86_400
        #expect(try rule.countsAsRepeat(later(startingAfterEarlierEnded: window), earlier: earlier))
        #expect(try !rule.countsAsRepeat(later(startingAfterEarlierEnded: window + 1), earlier: earlier))
        #expect(try rule.countsAsRepeat(later(startingAfterEarlierEnded: 0), earlier: earlier))
        #expect(try RepeatRule(windowDays: 0).countsAsRepeat(later(startingAfterEarlierEnded: 0), earlier: earlier))
    }

    @Test("An earlier contact that was not resolved (forwarded, referred) makes a chase, not a repeat")
    func notResolved() throws {
        var forwarded = earlier
        forwarded.resolved = false
        #expect(try !rule.countsAsRepeat(later(startingAfterEarlierEnded: 60), earlier: forwarded))
    }

    @Test("A contact that names no earlier one is no repeat, whatever the store holds")
    func noLink() throws {
        #expect(try !rule.countsAsRepeat(later(startingAfterEarlierEnded: 60, repeatOf: nil), earlier: nil))
        #expect(try !rule.countsAsRepeat(later(startingAfterEarlierEnded: 60, repeatOf: nil), earlier: earlier))
    }

    @Test("Refused: an earlier contact that is unknown, started later, or is the contact itself")
    func refused() {
        #expect(throws: StoreError.unknownEarlierContact(id: 1)) { try rule.countsAsRepeat(later(startingAfterEarlierEnded: 60), earlier: nil) }
        let before = later(startingAfterEarlierEnded: -earlier.endedAt.timeIntervalSince(earlier.startedAt) - 1)
        #expect(throws: StoreError.unknownEarlierContact(id: 1)) { try rule.countsAsRepeat(before, earlier: earlier) }
        #expect(throws: StoreError.unknownEarlierContact(id: 2)) {
            try rule.countsAsRepeat(later(startingAfterEarlierEnded: 60, id: 2, repeatOf: 2), earlier: earlier)
        }
        // Started at the same instant is not later: allowed.
        let same = later(startingAfterEarlierEnded: -earlier.endedAt.timeIntervalSince(earlier.startedAt))
        #expect(throws: Never.self) { try rule.countsAsRepeat(same, earlier: earlier) }
    }
}
