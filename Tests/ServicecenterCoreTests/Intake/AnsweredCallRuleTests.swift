import Foundation
import ServicecenterCore
import Testing

/// Which call the feed says a guide answered is most likely a contact's, when the contact names
/// none: the search a backend runs, decided here.
@Suite("Intake: the answered-call rule")
struct AnsweredCallRuleTests {
    @Test("A contact naming no call searches its guide's answers on its channel, from ten minutes before it started until it ended")
    func window() throws {
        var contact = Fixtures.contact(channel: .signLanguage, handling: 300, operatorUser: "erik")
        contact.startedAt = Timestamp.parse("2026-11-23T00:05:00+01:00")!
        contact.endedAt = contact.startedAt.addingTimeInterval(300)
        let rule = try #require(AnsweredCallRule(for: contact, zone: Fixtures.stockholm))
        #expect(rule.channel == .signLanguage && rule.answeredBy == "erik")
        #expect(rule.answeredFrom == Timestamp.parse("2026-11-22T23:55:00+01:00"))
        #expect(rule.answeredThrough == Timestamp.parse("2026-11-23T00:10:00+01:00"))
        // Filed under the contact's own local day, though the window began the day before.
        #expect(rule.day == LocalDay("2026-11-23"))
        #expect(AnsweredCallRule.leadSeconds == 600)
    }

    @Test("A contact that names its call needs no search")
    func named() {
        var contact = Fixtures.contact()
        contact.callID = "c1"
        #expect(AnsweredCallRule(for: contact, zone: Fixtures.stockholm) == nil)
    }
}
