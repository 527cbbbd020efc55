import Foundation
import ServicecenterCore
import Testing

/// The words a contact counts as a gap in the catalogue are taken from its masked subject, and
/// only for a contact filed under the fallback category (Övrig fråga).
@Suite("Intake: the gap words")
struct IntakeGapWordsTests {
    /// The fixtures' catalogue with an Övrig fråga to fall back on.
    static let configuration: Configuration = {
        var configuration = Fixtures.configuration
        configuration.categories.append(Category(id: "ovrigt", name: "Övrig fråga", sector: "teknik", keywords: ["övrigt"], resolvable: true, fallback: true))
        return configuration
    }()

    func submitted(_ subject: String?, category: String = "ovrigt") -> Contact {
        var contact = Fixtures.contact(category: category)
        contact.subject = subject
        return contact
    }

    @Test("A fallback contact's unmatched words, folded, without the catalogue's own words or what masking left of a number")
    func fallback() {
        let intake = Intake(configuration: Self.configuration)
        let facts = intake.facts(for: submitted("jag vill ha Hundskatt och soptunna 811218-9876"), now: Fixtures.time(18))
        #expect(facts.gapWords == ["hundskatt"])
        #expect(facts.day == LocalDay("2026-11-23"))
        #expect(intake.facts(for: submitted("Glasögon? 811218-9876"), now: Fixtures.time(18)).gapWords == ["glasogon"])
    }

    @Test("No gap for a contact under another category, one with no subject, or an intake without the catalogue")
    func none() {
        let intake = Intake(configuration: Self.configuration)
        #expect(intake.facts(for: submitted("hundskatt", category: "avfall"), now: Fixtures.time(18)).gapWords.isEmpty)
        #expect(intake.facts(for: submitted(nil), now: Fixtures.time(18)).gapWords.isEmpty)
        #expect(Intake(zone: Fixtures.stockholm).facts(for: submitted("hundskatt"), now: Fixtures.time(18)).gapWords.isEmpty)
    }
}
