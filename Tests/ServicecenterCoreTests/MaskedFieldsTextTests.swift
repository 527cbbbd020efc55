import Testing
@testable import ServicecenterCore

/// The save message names the field where personal data was masked (issue 17): a
/// personnummer typed into the search is masked in the subject, and saying "in the note"
/// about an empty note sends the guide looking in the wrong place.
@Suite("Localization: where personal data was masked")
struct MaskedFieldsTextTests {
    let swedish = SwedishStrings()
    let english = EnglishStrings()

    @Test("Subject only, note only, both alike, both different: each field named, in both languages")
    func fieldsNamed() {
        let subject = MaskedFields(subject: [.personalIdentityNumber])
        #expect(swedish.personalDataMasked(subject) == "Personnummer maskerades i ämnet.")
        #expect(english.personalDataMasked(subject) == "Masked in the subject: personal identity number.")
        let note = MaskedFields(note: [.personalIdentityNumber, .phone])
        #expect(swedish.personalDataMasked(note) == "Personnummer och telefonnummer maskerades i anteckningen.")
        #expect(english.personalDataMasked(note) == "Masked in the note: personal identity number and phone number.")
        let both = MaskedFields(subject: [.email], note: [.email])
        #expect(swedish.personalDataMasked(both) == "E-postadress maskerades i ämnet och anteckningen.")
        #expect(english.personalDataMasked(both) == "Masked in the subject and the note: e-mail address.")
        let different = MaskedFields(subject: [.personalIdentityNumber], note: [.phone])
        #expect(swedish.personalDataMasked(different) == "Personnummer maskerades i ämnet, telefonnummer i anteckningen.")
        #expect(english.personalDataMasked(different) == "Masked in the subject: personal identity number; in the note: phone number.")
    }

    @Test("A hand-over's matter is named as its own field, between the subject and the note")
    func matterNamed() {
        let matter = MaskedFields(matter: [.personalIdentityNumber])
        #expect(swedish.personalDataMasked(matter) == "Personnummer maskerades i ärendebeskrivningen.")
        #expect(english.personalDataMasked(matter) == "Masked in the matter: personal identity number.")
        let three = MaskedFields(subject: [.phone], note: [.phone], matter: [.phone])
        #expect(swedish.personalDataMasked(three) == "Telefonnummer maskerades i ämnet, ärendebeskrivningen och anteckningen.")
        let mixed = MaskedFields(note: [.email], matter: [.personalIdentityNumber])
        #expect(swedish.personalDataMasked(mixed) == "Personnummer maskerades i ärendebeskrivningen, e-postadress i anteckningen.")
        #expect(english.personalDataMasked(mixed) == "Masked in the matter: personal identity number; in the note: e-mail address.")
    }

    @Test("The fields come from what masking returned; an unchanged or absent field names nothing")
    func fromResults() {
        let masking = PersonalDataMasking()
        let today = LocalDay("2026-11-23")!
        let fields = MaskedFields(subject: masking.mask("hundskatt 811218-9876", today: today), note: masking.mask(nil as String?, today: today))
        #expect(fields == MaskedFields(subject: [.personalIdentityNumber]))
        #expect(MaskedFields(subject: masking.mask("hundskatt", today: today), note: nil).isEmpty)
    }
}
