import Foundation
import Testing
@testable import ServicecenterCore

/// The desk hands the validator typed values; `log` and `import` hand it text, which it reads
/// into the same typed draft. Both meet one set of rules: the same contact, the same problems
/// in the same order.
@Suite("Typed contact drafts")
struct TypedContactDraftTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)
    let now = Fixtures.time(12)

    /// The contact, or the problems, a validation gives.
    func outcome(_ validate: () throws(InvalidContact) -> Contact) -> (contact: Contact?, problems: [ContactProblem]) {
        do {
            return (try validate(), [])
        } catch {
            return (nil, error.problems)
        }
    }

    @Test("A forwarded contact with its matter and call-back is the same contact typed or as text, its times to the second")
    func sameContact() {
        let started = now.addingTimeInterval(-300.75)
        var typed = TypedContactDraft(startedAt: started, endedAt: now, channel: .phone, category: "avfall", resolution: .forwarded, operatorUser: "anna")
        typed.forwardReason = .needsCaseOfficer
        typed.matter = "Besked om beslut"
        typed.callbackPhone = "070-123 45 67"
        typed.callbackTime = "förmiddag"
        let text = ContactDraft(
            startedAt: Timestamp.utcText(started), endedAt: Timestamp.utcText(now), channel: "phone", category: "avfall",
            resolution: "forwarded", forwardReason: "needs_case_officer", operatorUser: "anna", matter: "Besked om beslut",
            callbackPhone: "070-123 45 67", callbackTime: "förmiddag")
        let fromTyped = outcome { () throws(InvalidContact) in try validator.validate(typed, now: now) }
        let fromText = outcome { () throws(InvalidContact) in try validator.validate(text, now: now) }
        #expect(fromTyped.contact != nil && fromTyped.contact == fromText.contact, "\(fromTyped.problems)")
        #expect(fromTyped.contact?.startedAt == now.addingTimeInterval(-301), "kept to the whole second, as text gives it")
    }

    @Test("A typed draft with several problems lists the text entry's problems, in its order")
    func sameProblems() {
        var typed = TypedContactDraft(startedAt: now, endedAt: now.addingTimeInterval(-60), channel: .phone, medium: .email,
                                      category: "avfall", resolution: .forwarded, operatorUser: "anna")
        typed.referredTo = "1177"
        typed.note = "rad\u{7}"
        let text = ContactDraft(
            startedAt: Timestamp.utcText(now), endedAt: Timestamp.utcText(now.addingTimeInterval(-60)), channel: "phone", medium: "email",
            category: "avfall", resolution: "forwarded", referredTo: "1177", operatorUser: "anna", note: "rad\u{7}")
        let fromTyped = outcome { () throws(InvalidContact) in try validator.validate(typed, now: now) }
        let fromText = outcome { () throws(InvalidContact) in try validator.validate(text, now: now) }
        #expect(fromTyped.problems == fromText.problems)
        #expect(fromTyped.problems.contains(.mediumWithoutDigital("email")) && fromTyped.problems.contains(.reasonRequired)
            && fromTyped.problems.contains(.matterRequired) && fromTyped.problems.contains(.referredToWithoutReferral))
        #expect(fromTyped.problems.contains { if case .endBeforeStart = $0 { true } else { false } })
    }

    @Test("An empty typed draft misses what an empty text draft misses")
    func sameMissing() {
        let fromTyped = outcome { () throws(InvalidContact) in try validator.validate(TypedContactDraft(), now: now) }
        let fromText = outcome { () throws(InvalidContact) in try validator.validate(ContactDraft(), now: now) }
        #expect(fromTyped.problems == fromText.problems)
        #expect(fromTyped.problems == [.missing(field: "channel"), .missing(field: "category"), .missing(field: "operator"), .missing(field: "resolution")])
    }

    @Test("A typed time outside the times accepted is refused as the same time given as text")
    func timeOutsideWindow() {
        let far = Date(timeIntervalSince1970: -70_000_000_000)
        let typed = TypedContactDraft(startedAt: far, endedAt: now, channel: .phone, category: "avfall", resolution: .resolved, operatorUser: "anna")
        let fromTyped = outcome { () throws(InvalidContact) in try validator.validate(typed, now: now) }
        #expect(fromTyped.problems == [.dateOutsideWindow(field: "started_at", value: Timestamp.utcText(far))])
    }
}
