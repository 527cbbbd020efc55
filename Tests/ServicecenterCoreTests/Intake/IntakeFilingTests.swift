import Foundation
import ServicecenterCore
import Testing

/// A contact is filed under the site's local day and hour when it started: what the day's
/// lists, the wallboard's hours and the statistics count it under, on every backend alike.
@Suite("Intake: the local day and hour a contact is filed under")
struct IntakeFilingTests {
    let intake = Intake(zone: Fixtures.stockholm)

    func filed(_ start: String) -> (day: LocalDay, hour: Int) {
        var contact = Fixtures.contact()
        contact.startedAt = Timestamp.parse(start)!
        contact.endedAt = contact.startedAt.addingTimeInterval(60)
        let facts = intake.facts(for: contact, now: contact.endedAt)
        return (facts.day, facts.hour)
    }

    @Test("Around midnight the local day decides, not UTC's", arguments: [
        ("2026-11-22T23:30:00Z", "2026-11-23", 0), ("2026-11-23T22:59:00Z", "2026-11-23", 23), ("2026-11-23T23:00:00Z", "2026-11-24", 0),
    ])
    func midnight(_ expected: (start: String, day: String, hour: Int)) {
        let filed = filed(expected.start)
        #expect(filed.day == LocalDay(expected.day) && filed.hour == expected.hour)
    }

    @Test("When summer time ends the hour 02 comes twice, and both are 02 of the same day; when it begins 02 never comes", arguments: [
        // 25 October 2026: 03:00 summer time becomes 02:00 winter time.
        ("2026-10-25T00:30:00Z", "2026-10-25", 2), ("2026-10-25T01:30:00Z", "2026-10-25", 2), ("2026-10-25T02:30:00Z", "2026-10-25", 3),
        ("2026-10-24T22:30:00Z", "2026-10-25", 0),
        // 29 March 2026: 02:00 winter time becomes 03:00 summer time.
        ("2026-03-29T00:59:00Z", "2026-03-29", 1), ("2026-03-29T01:00:00Z", "2026-03-29", 3), ("2026-03-28T23:00:00Z", "2026-03-29", 0),
    ])
    func daylightSaving(_ expected: (start: String, day: String, hour: Int)) {
        let filed = filed(expected.start)
        #expect(filed.day == LocalDay(expected.day) && filed.hour == expected.hour, "\(expected.start) → \(filed)")
    }
}
