import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Outcome 3 at the desk: where the citizen was referred, chosen from referrals.toml by typing,
/// or "annan" with a few words; nothing typed is lost, Esc steps back as at the reason.
@Suite("Desk: where a referred citizen was sent")
struct DeskReferralTests {
    func atOutcome(_ language: Language = .swedish) -> DeskModel {
        var model = DeskFixtures.model(language: language)
        model.type("sopor")
        model.press(.enter)
        return model
    }

    @Test("3 opens the whole list; typing searches it like the category search (typos, no å/ä/ö, search words)")
    func search() {
        var model = atOutcome()
        model.press(.character("3"))
        #expect(model.focus == .referral)
        #expect(model.form?.resolution == .referred)
        #expect(model.referralPicker.matches.map(\.id) == ReferralDestinations.standard.map(\.id))
        model.type("forsakrngskassan")
        #expect(model.referralPicker.matches.first?.id == "forsakringskassan")
        #expect(model.referralPicker.matches.last?.id == "annan", "annan is always offered")
        model.press(.escape)
        #expect(model.referralPicker.query.text.isEmpty && model.focus == .referral, "the first Esc clears the search")
        model.type("1177")
        #expect(model.referralPicker.matches.first?.id == "region")
        model.press(.down)
        #expect(model.referralPicker.selection == 1)
    }

    @Test("Enter takes the highlighted destination, the form shows it, and the save records its id")
    func choose() throws {
        var model = atOutcome()
        model.press(.character("3"))
        model.type("studiemedel")
        let effects = model.press(.enter)
        #expect(!effects.contains { if case .saveContact = $0 { true } else { false } })
        #expect(model.focus == .outcome)
        #expect(model.form?.referralDestination == "csn" && model.form?.referralText == nil)
        #expect(model.view(theme: .monochrome).lines().contains { $0.contains("3 Hänvisat") && $0.contains("→ CSN") })
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .referred(to: Referral(destination: "csn")))
    }

    @Test("annan asks for a few words; an empty Enter asks again; Esc goes back to the list; the words are saved as its text")
    func other() throws {
        var model = atOutcome()
        model.press(.character("3"))
        model.type("hyresnämnden")
        #expect(model.referralPicker.matches.map(\.id) == ["annan"])
        model.press(.enter)
        #expect(model.referralPicker.writingOther && model.focus == .referral)
        model.press(.enter)
        #expect(model.focus == .referral && model.notice?.kind == .warning, "nothing written: asked again")
        model.type("Hyresnämnden")
        model.press(.escape)
        #expect(!model.referralPicker.writingOther && model.referralPicker.other.text == "Hyresnämnden", "Esc keeps the words")
        model.press(.enter, .enter)
        #expect(model.focus == .outcome)
        #expect(model.form?.referralDestination == "annan" && model.form?.referralText == "Hyresnämnden")
        let contact = try #require(model.press(.enter).savedContact)
        #expect(contact.resolution == .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))
    }

    @Test("Esc before a destination leaves the outcome as it was before 3; after one, keeps it")
    func escape() {
        var model = atOutcome()
        model.press(.character("3"), .escape)
        #expect(model.focus == .outcome && model.form?.resolution == .resolved)
        model.press(.character("3"), .enter, .character("3"), .escape)
        #expect(model.form?.resolution == .referred && model.form?.referralDestination == "forsakringskassan")
    }

    @Test("A referred contact is not saved without a destination: F9 opens the list and says so")
    func saveAsks() {
        var model = atOutcome()
        model.press(.character("3"))
        model.form?.referralDestination = nil
        model.step = .outcome
        let effects = model.press(.function(9))
        #expect(effects.allSatisfy { if case .saveContact = $0 { false } else { true } })
        #expect(model.focus == .referral)
        #expect(model.notice?.text == "Välj först vart medborgaren hänvisades (skriv för att söka, Enter väljer).")
    }

    @Test("A correction (F8) of a referral opens on its destination and keeps its words")
    func correction() {
        var contact = DeskFixtures.contact(id: 12, minutesAgo: 4, category: "avfall")
        contact.resolution = .referred(to: Referral(destination: "annan", text: "Hyresnämnden"))
        let form = ContactForm(editing: contact, categoryName: "Avfall och sophämtning")
        #expect(form.referralDestination == "annan" && form.referralText == "Hyresnämnden")
        #expect(form.draft(operatorUser: "anna", endedAt: DeskFixtures.now).referredOther == "Hyresnämnden")
    }

    @Test("The destination search at 80×24")
    func snapshot() {
        var model = atOutcome()
        model.press(.character("3"))
        model.type("kass")
        let lines = model.view(theme: .monochrome).lines()
        assertSnapshot(lines, named: "desk-referral-search-80x24")
        #expect(lines.contains { $0.contains("Hänvisa till") })
        #expect(lines.contains { $0.contains("Försäkringskassan") })
        #expect(lines.contains { $0.contains("Esc tillbaka") }, "the keys are on screen")
    }
}
