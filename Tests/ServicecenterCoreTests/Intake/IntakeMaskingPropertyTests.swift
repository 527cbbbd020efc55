import Foundation
import ServicecenterCore
import Testing

/// The intake masks every free-text field of a contact once, and reports what it masked, so
/// the person saving is told from the same decision that is stored. Property: over generated
/// contacts with personal data in random fields, what `facts.masked` names is exactly what differs.
@Suite("Intake: masking every free-text field, and saying which")
struct IntakeMaskingPropertyTests {
    let intake = Intake(zone: Fixtures.stockholm)
    let now = Fixtures.time(18)

    /// A personnummer (or, with `coordination`, a samordningsnummer) of someone born 1940–2005, with a valid check digit.
    static func identityNumber(_ random: inout SeededGenerator, coordination: Bool) -> String {
        let year = Int.random(in: 40...99, using: &random), month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random) + (coordination ? 60 : 0)
        let serial = Int.random(in: 0...999, using: &random)
        let nine = String(format: "%02d%02d%02d%03d", year, month, day, serial)
        // Luhn over the nine digits, weights 2, 1, 2, …
        let sum = nine.enumerated().reduce(0) { sum, item in
            let product = Int(String(item.element))! * (item.offset.isMultiple(of: 2) ? 2 : 1)
            return sum + product / 10 + product % 10
        }
        let full = nine + String((10 - sum % 10) % 10)
        // As a guide might type it: with a dash, an en dash, spaced, run together, or with the century.
        let date = String(full.prefix(6)), last = String(full.dropFirst(6))
        return [date + "-" + last, date + "–" + last, date + " - " + last, date + last, "19" + date + "-" + last].randomElement(using: &random)!
    }

    /// One fragment of free text and the kind of personal data it holds (nil: none).
    static func fragment(_ random: inout SeededGenerator) -> (text: String, kind: PersonalDataMasking.Kind?) {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: (identityNumber(&random, coordination: false), .personalIdentityNumber)
        case 1: (identityNumber(&random, coordination: true), .coordinationNumber)
        case 2: (["kalle@exempel.se", "asa.berg@example.com", "medborgare7@orebro.se"].randomElement(using: &random)!, .email)
        case 3: (["070-123 45 67", "0701234567", "070-174 06 77"].randomElement(using: &random)!, .phone)
        default: (["Ringde om kärlet", "ärende 4711", "vill ha besök", "tack för hjälpen", "förmiddag"].randomElement(using: &random)!, nil)
        }
    }

    /// A field's text from up to three fragments, with the kinds they hold; nil for an empty field.
    static func field(_ random: inout SeededGenerator) -> (text: String?, kinds: [PersonalDataMasking.Kind], fragments: [String]) {
        let count = Int.random(in: 0...3, using: &random)
        guard count > 0 else { return (nil, [], []) }
        let parts = (0..<count).map { _ in fragment(&random) }
        return (parts.map(\.text).joined(separator: ", "), Set(parts.compactMap(\.kind)).sorted(), parts.filter { $0.kind != nil }.map(\.text))
    }

    @Test("500 generated contacts: each told field is listed with exactly the kinds put in it, and differs exactly when listed")
    func toldFields() {
        var random = SeededGenerator(seed: 1_919)
        var listed = 0, untouched = 0
        for index in 0..<500 {
            let subject = Self.field(&random), note = Self.field(&random), matter = Self.field(&random), time = Self.field(&random)
            var submitted = Fixtures.contact(resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))
            submitted.subject = subject.text
            submitted.note = note.text
            submitted.matter = matter.text
            submitted.callback = Callback(phone: "070-123 45 67", preferredTime: time.text)
            let facts = intake.facts(for: submitted, now: now)

            #expect(facts.masked.subject == subject.kinds, "\(index): \(subject.text ?? "")")
            #expect(facts.masked.note == note.kinds, "\(index): \(note.text ?? "")")
            #expect(facts.masked.matter == matter.kinds, "\(index): \(matter.text ?? "")")
            #expect(facts.masked.callbackTime == time.kinds, "\(index): \(time.text ?? "")")
            #expect((facts.contact.subject != submitted.subject) == !subject.kinds.isEmpty, "\(index)")
            #expect((facts.contact.note != submitted.note) == !note.kinds.isEmpty, "\(index)")
            #expect((facts.contact.matter != submitted.matter) == !matter.kinds.isEmpty, "\(index)")
            #expect((facts.contact.callback?.preferredTime != time.text) == !time.kinds.isEmpty, "\(index)")
            // No fragment of personal data survives as written.
            let stored = [facts.contact.subject, facts.contact.note, facts.contact.matter, facts.contact.callback?.preferredTime]
                .compactMap { $0 }.joined(separator: " | ")
            for secret in subject.fragments + note.fragments + matter.fragments + time.fragments {
                #expect(!stored.contains(secret), "\(index): \(secret) in \(stored)")
            }
            // Nothing else changed: the call-back number is the hand-over's data, kept as typed.
            var rest = facts.contact
            rest.subject = submitted.subject
            rest.note = submitted.note
            rest.matter = submitted.matter
            rest.callback?.preferredTime = submitted.callback?.preferredTime
            #expect(rest == submitted, "\(index)")
            if facts.masked.isEmpty { untouched += 1 } else { listed += 1 }
        }
        // Both sides of the property were met many times.
        #expect(listed > 300 && untouched > 10, "\(listed) listed, \(untouched) untouched")
    }

    @Test("The referral's words, the incident tag and the ids are masked too, and never reported: the guide did not type them in the form")
    func quietFields() {
        var submitted = Fixtures.contact(resolution: .referred(to: Referral(destination: "annan", text: "FK, handläggare 0701234567")))
        submitted.incident = "läcka-8112189876"
        submitted.externalID = "crm-811218-9876"
        submitted.callID = "tel:kalle@exempel.se"
        let facts = intake.facts(for: submitted, now: now)
        #expect(facts.masked.isEmpty)
        #expect(facts.contact.resolution == .referred(to: Referral(destination: "annan", text: "FK, handläggare 070*******")))
        #expect(facts.contact.incident.map { !$0.contains("9876") } == true)
        #expect(facts.contact.externalID == "crm-811218-****")
        #expect(facts.contact.callID.map { !$0.contains("kalle") } == true)
        // Masked the same way each time, so an import sent again finds its contacts by id.
        #expect(intake.facts(for: submitted, now: now.addingTimeInterval(3_600)).contact.externalID == facts.contact.externalID)
    }

    @Test("A site that allows contact details keeps them and reports only the personnummer")
    func allowedDetails() {
        let open = Intake(zone: Fixtures.stockholm, masking: PersonalDataMasking(allowEmail: true, allowPhone: true))
        var submitted = Fixtures.contact()
        submitted.note = "kalle@exempel.se, 070-123 45 67, 811218-9876"
        let facts = open.facts(for: submitted, now: now)
        #expect(facts.contact.note == "kalle@exempel.se, 070-123 45 67, 811218-****")
        #expect(facts.masked == MaskedFields(note: [.personalIdentityNumber]))
    }

    @Test("Other texts a backend stores are masked by the same rules: masked(text:) and a queue event's call id and operator")
    func otherTexts() {
        #expect(intake.masked("Disk 811218 9876", now: now) == "Disk 811218-****")
        let event = QueueEvent(at: now, channel: .phone, kind: .answered, callID: "from 811218–9876", operatorUser: "811218-9876")
        let masked = intake.masked(event, now: now)
        #expect(masked.callID == "from 811218-****" && masked.operatorUser == "811218-****")
        // A call id numbered by the event's own day is a sequence number, not a birth date.
        let dated = QueueEvent(at: now, channel: .phone, kind: .offered, callID: "20261123-0109")
        #expect(intake.masked(dated, now: now).callID == "20261123-0109")
    }
}
