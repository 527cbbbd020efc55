import Foundation
import Testing
@testable import ServicecenterCore

/// A forwarded contact carries its matter and how the sector reaches the citizen (issue 18):
/// the same rules from `log`, `import` and the desk, since all three go through the validator.
@Suite("Hand-over matter and call-back details")
struct HandoverDetailsValidationTests {
    let validator = ContactValidator(configuration: Fixtures.configuration)

    func draft(
        resolution: String = "forwarded", matter: String? = "Vill veta när bygglovet beslutas", phone: String? = nil,
        email: String? = nil, time: String? = nil
    ) -> ContactDraft {
        ContactDraft(
            channel: "phone", category: "avfall", resolution: resolution,
            forwardReason: resolution == "forwarded" ? "needs_case_officer" : nil, operatorUser: "anna",
            matter: matter, callbackPhone: phone, callbackEmail: email, callbackTime: time)
    }

    func problems(_ draft: ContactDraft) -> [ContactProblem] {
        do {
            _ = try validator.validate(draft, now: Fixtures.time(10))
            return []
        } catch {
            return error.problems
        }
    }

    @Test("A forwarded contact keeps its matter and call-back, tidied")
    func kept() throws {
        let contact = try validator.validate(
            draft(matter: "  Vill veta när bygglovet beslutas ", phone: " +46 70-123  45 67 ", email: " anna.svensson@example.se", time: "förmiddag"),
            now: Fixtures.time(10))
        #expect(contact.matter == "Vill veta när bygglovet beslutas")
        #expect(contact.callback == Callback(phone: "+46 70-123 45 67", email: "anna.svensson@example.se", preferredTime: "förmiddag"))
        #expect(contact.note == nil)
        #expect(try validator.validate(draft(), now: Fixtures.time(10)).callback == nil)
    }

    @Test("No matter on a hand-over is refused, saying what the matter is")
    func matterRequired() {
        #expect(problems(draft(matter: nil)) == [.matterRequired])
        #expect(problems(draft(matter: "   ")) == [.matterRequired])
        #expect(SwedishStrings().contactProblem(.matterRequired).contains("ärendebeskrivning"))
        #expect(EnglishStrings().contactProblem(.matterRequired).contains("--matter"))
    }

    @Test("A matter or call-back on a contact that is not forwarded is refused", arguments: ["resolved", "referred"])
    func onlyWhenForwarded(resolution: String) {
        #expect(problems(draft(resolution: resolution)) == [.handoverDetailsWithoutForward])
        #expect(problems(draft(resolution: resolution, matter: nil, phone: "0701234567")) == [.handoverDetailsWithoutForward])
        #expect(problems(draft(resolution: resolution, matter: nil)).isEmpty)
    }

    @Test("Numbers that are numbers are taken, in the shapes people write them", arguments: [
        ("070-123 45 67", "070-123 45 67"), ("0701234567", "0701234567"), ("+46701234567", "+46701234567"),
        ("019-21 10 00", "019-21 10 00"), ("+46 (0)19 21 10 00", "+46 19 21 10 00"), ("+46(0)70-123 45 67", "+46 70-123 45 67"), ("(019) 21 10 00", "019 21 10 00"), ("  08 - 123 456  ", "08-123 456"),
        ("+1 212 555 0100", "+1 212 555 0100"),
    ])
    func phones(text: String, expected: String) {
        #expect(CallbackValidation.phone(text) == expected)
    }

    @Test("What is not a number is refused, naming the value", arguments: [
        "070-ABC 45 67", "12345", "123456", "0701234567890123", "ring efter 15", "+", "070+1234567", "070.123.45.67",
        "070-123 45 67 eller 08-12", "", "0701234567\u{0}",
    ])
    func notPhones(text: String) {
        #expect(CallbackValidation.phone(text) == nil)
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(problems(draft(phone: text)) == [.invalidPhone(text)])
        }
    }

    @Test("Every digit count from 1 to 20: 7 to 15 are a number, the rest are not")
    func digitCounts() {
        for count in 1...20 {
            let digits = String(repeating: "7", count: count)
            #expect((CallbackValidation.phone(digits) != nil) == (7...15).contains(count), "\(count) digits")
            #expect((CallbackValidation.phone("+" + digits) != nil) == (7...15).contains(count), "+\(count) digits")
        }
    }

    @Test("Addresses need one @, a name and a domain with a dot", arguments: [
        ("anna@example.se", true), ("anna.svensson+kommun@orebro.se", true), ("å@exempel.se", true),
        ("anna@localhost", false), ("anna", false), ("@example.se", false), ("anna@@example.se", false),
        ("anna@example.", false), ("anna@.se", false), ("anna svensson@example.se", false), ("anna@example.s", false),
        ("anna@exa mple.se", false), ("anna@example.se, bo@example.se", false), ("anna@example.123", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect((CallbackValidation.email(text) != nil) == valid)
        #expect(problems(draft(email: text)) == (valid ? [] : [.invalidEmail(text)]))
    }

    @Test("Matter and preferred time have limits and no control characters")
    func limits() {
        let long = String(repeating: "a", count: ContactValidator.matterLimit + 1)
        #expect(problems(draft(matter: long)) == [.textTooLong(field: "matter", characters: long.count, limit: ContactValidator.matterLimit)])
        #expect(problems(draft(matter: "två\nrader")).isEmpty)
        #expect(problems(draft(matter: "fel\u{1B}[31m")) == [.invalidText(field: "matter")])
        #expect(problems(draft(time: String(repeating: "b", count: 81))) == [.textTooLong(field: "callback_time", characters: 81, limit: 80)])
        #expect(problems(draft(time: "efter\u{7}15")) == [.invalidText(field: "callback_time")])
    }

    @Test("An import line's matter and call-back fields are read and checked like log's")
    func importFields() throws {
        let lines = ContactLines.parse(Data("""
            {"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"forwarded","forward_reason":"citizen_request","operator":"anna","matter":"Missad hämtning tre veckor","callback_phone":"070-1234567","callback_email":"a@b.se","callback_time":"em"}
            {"started_at":"2026-11-23T09:00:00+01:00","ended_at":"2026-11-23T09:03:00+01:00","channel":"phone","category":"avfall","resolution":"forwarded","forward_reason":"citizen_request","operator":"anna","callback_phone":7}
            """.utf8))
        let first = try lines[0].result.get()
        #expect(first.matter == "Missad hämtning tre veckor")
        #expect(first.callbackPhone == "070-1234567" && first.callbackEmail == "a@b.se" && first.callbackTime == "em")
        guard case .failure(let problem) = lines[1].result else {
            Issue.record("a number as callback_phone was taken")
            return
        }
        #expect("\(problem)".contains("callback_phone"))
    }

    @Test("The planned hand-over carries the matter and call-back")
    func planned() throws {
        let contact = try validator.validate(draft(phone: "0701234567"), now: Fixtures.time(10))
        let plan = try #require(HandoverPlanner(configuration: Fixtures.configuration).plan(for: contact))
        #expect(plan.matter == "Vill veta när bygglovet beslutas")
        #expect(plan.callback?.phone == "0701234567")
    }

    @Test("Masking a contact masks the matter and says so; the call-back fields are the data and stay")
    func masking() throws {
        var contact = try validator.validate(draft(matter: "Gäller 811218-9876, ring 070-1234567", phone: "070-1234567"), now: Fixtures.time(10))
        let masked = PersonalDataMasking().masked(contact, today: LocalDay("2026-11-23")!)
        #expect(masked.fields.matter == [.personalIdentityNumber, .phone])
        #expect(!(masked.contact.matter ?? "").contains("9876") && !(masked.contact.matter ?? "").contains("1234567"))
        contact.matter = masked.contact.matter
        #expect(masked.contact.callback?.phone == "070-1234567")
    }

    @Test("A personnummer or samordningsnummer given as the phone is refused without repeating it; one in the preferred time is masked and named")
    func identityNumbers() throws {
        for number in ["19811218-9876", "811218-9876", "198112189876", "19811278-9873"] {
            let found = problems(draft(phone: number))
            #expect(found.count == 1, "\(number): \(found)")
            if case .phoneIsIdentityNumber(let masked) = found.first {
                #expect(!masked.contains("9876") && !masked.contains("9873"), "\(masked)")
            } else {
                Issue.record("\(number) taken as a phone: \(found)")
            }
        }
        let contact = try validator.validate(draft(phone: "070-123 45 67", time: "förmiddag, pnr 811218-9876"), now: Fixtures.time(10))
        let masked = PersonalDataMasking().masked(contact, today: LocalDay("2026-11-23")!)
        #expect(masked.contact.callback?.preferredTime == "förmiddag, pnr 811218-****")
        #expect(masked.fields.callbackTime == [.personalIdentityNumber])
        #expect(SwedishStrings().personalDataMasked(masked.fields) == "Personnummer maskerades i önskad tid för återkontakt.")
    }
}
