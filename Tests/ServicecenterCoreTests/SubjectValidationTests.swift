import Foundation
import Testing
@testable import ServicecenterCore

/// A contact's subject (the words typed for Övrig fråga) follows the rules of other free
/// text, the same from `log`, `import` and the desk.
@Suite("Contact subject")
struct SubjectValidationTests {
    func draft(subject: String?) -> ContactDraft {
        ContactDraft(channel: "phone", category: "avfall", resolution: "resolved", operatorUser: "anna", subject: subject)
    }

    @Test("A subject is kept trimmed; an empty one is none")
    func kept() throws {
        let validator = ContactValidator(configuration: Fixtures.configuration)
        #expect(try validator.validate(draft(subject: "  hundskatt "), now: Fixtures.time(10)).subject == "hundskatt")
        #expect(try validator.validate(draft(subject: "   "), now: Fixtures.time(10)).subject == nil)
    }

    @Test("Too long or holding control characters: refused, naming the field and the limit")
    func refused() {
        let validator = ContactValidator(configuration: Fixtures.configuration)
        #expect(throws: InvalidContact.self) { try validator.validate(draft(subject: String(repeating: "a", count: 201)), now: Fixtures.time(10)) }
        do {
            _ = try validator.validate(draft(subject: String(repeating: "a", count: 201)), now: Fixtures.time(10))
        } catch {
            #expect(error.problems == [.textTooLong(field: "subject", characters: 201, limit: 200)])
        }
        do {
            _ = try validator.validate(draft(subject: "hund\u{1B}skatt"), now: Fixtures.time(10))
        } catch {
            #expect(error.problems == [.invalidText(field: "subject")])
        }
    }

    @Test("An import line's subject field is read; a number there is the wrong type")
    func importField() throws {
        let lines = ContactLines.parse(Data("""
            {"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"ovrigt","subject":"hundskatt"}
            {"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"ovrigt","subject":7}
            """.utf8))
        #expect(try lines[0].result.get().subject == "hundskatt")
        guard case .failure = lines[1].result else {
            Issue.record("a number as subject was accepted")
            return
        }
    }
}
