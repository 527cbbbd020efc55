import Foundation
import Testing
@testable import ServicecenterCore

/// Demo hand-overs carry a realistic matter and, where plausible, call-back details that are
/// plainly fictional (PTS's 070-174 06 05–99 series, example.com).
@Suite("Demo data: hand-over cases")
struct DemoCasesTests {
    static let days = DemoGenerator.openDays(count: 10, endingOn: LocalDay("2026-11-23")!, calendar: Fixtures.configuration.workingDays)

    static func generate() -> [Contact] {
        DemoGenerator(configuration: Fixtures.configuration, seed: 7).contacts(days: days, perDay: 200, now: Fixtures.time(23, 59))
    }

    let contacts = Self.generate()

    static func isForwarded(_ contact: Contact) -> Bool {
        if case .forwarded = contact.resolution { true } else { false }
    }

    var forwarded: [Contact] {
        contacts.filter(Self.isForwarded)
    }

    @Test("Every forwarded demo contact has its category's matter, short and unmasked; no other contact has a matter or call-back")
    func matters() {
        #expect(forwarded.count > 100, "\(forwarded.count)")
        for contact in forwarded {
            let matter = contact.matter
            #expect(matter.map { !$0.isEmpty && $0.count <= ContactValidator.matterLimit } == true)
            #expect((DemoGenerator.matters[contact.category] ?? DemoGenerator.fallbackMatters).contains(matter ?? ""))
            // Nothing in a demo matter looks like personal data to the masking.
            #expect(PersonalDataMasking().mask(matter ?? "", today: LocalDay("2026-11-23")!).text == matter)
        }
        let others = contacts.filter { !Self.isForwarded($0) }
        #expect(others.count > 100 && others.allSatisfy { $0.matter == nil && $0.callback == nil })
    }

    @Test("Call-back details pass the desk's own checks and are fictional: 070-174 06 05–99, …@example.com; some have none")
    func fictionalCallbacks() {
        let callbacks = forwarded.map(\.callback)
        for callback in callbacks.compactMap({ $0 }) {
            #expect(!callback.isEmpty)
            if let phone = callback.phone {
                #expect(CallbackValidation.phone(phone) == phone, "\(phone)")
                let digits = phone.filter(\.isNumber)
                #expect(digits.hasPrefix("0701740") && (605...699).contains(Int(digits.suffix(3)) ?? 0), "\(phone)")
            } else {
                #expect(callback.preferredTime == nil)
            }
            if let email = callback.email {
                #expect(CallbackValidation.email(email) == email && email.hasSuffix("@example.com"), "\(email)")
            }
        }
        #expect(callbacks.contains { $0 == nil })
        #expect(callbacks.contains { $0?.phone != nil } && callbacks.contains { $0?.email != nil } && callbacks.contains { $0?.preferredTime != nil })
    }

    @Test("The same seed gives the same cases, whatever else is generated")
    func stable() {
        let again = Self.generate()
        #expect(again.map { (contact: Contact) in contact.matter } == contacts.map { (contact: Contact) in contact.matter })
        #expect(again.map { (contact: Contact) in contact.callback } == contacts.map { (contact: Contact) in contact.callback })
        #expect(DemoGenerator.stableHash("demo-7-2026-11-23-1") == DemoGenerator.stableHash("demo-7-2026-11-23-1"))
        #expect(DemoGenerator.stableHash("a") != DemoGenerator.stableHash("b"))
    }
}
