/// What masking changed in a contact's free-text fields, field by field, so the guide is told
/// where it happened: a personnummer typed into the search lands in the subject, not the note,
/// and "masked in the note" would send them looking in the wrong place.
public struct MaskedFields: Sendable, Hashable {
    /// The kinds masked in the subject (the words typed for an Övrig fråga contact).
    public var subject: [PersonalDataMasking.Kind]
    /// The kinds masked in the note.
    public var note: [PersonalDataMasking.Kind]
    /// The kinds masked in a hand-over's matter (ärendebeskrivning).
    public var matter: [PersonalDataMasking.Kind]
    /// The kinds masked in the preferred call-back time (free text).
    public var callbackTime: [PersonalDataMasking.Kind] = []

    public init(subject: [PersonalDataMasking.Kind] = [], note: [PersonalDataMasking.Kind] = [], matter: [PersonalDataMasking.Kind] = []) {
        self.subject = subject
        self.note = note
        self.matter = matter
    }

    /// The fields of what masking returned for each (nil: the field was empty).
    public init(subject: PersonalDataMasking.Result?, note: PersonalDataMasking.Result?, matter: PersonalDataMasking.Result? = nil) {
        self.init(subject: subject?.kinds ?? [], note: note?.kinds ?? [], matter: matter?.kinds ?? [])
    }

    /// Nothing was masked anywhere.
    public var isEmpty: Bool { subject.isEmpty && note.isEmpty && matter.isEmpty && callbackTime.isEmpty }

    /// A field that can hold masked text, for naming it to the person saving.
    public enum Field: Sendable, CaseIterable {
        case subject, matter, callbackTime, note
    }

    /// The fields where something was masked, in the order the form shows them, with what.
    public var changed: [(field: Field, kinds: [PersonalDataMasking.Kind])] {
        [(Field.subject, subject), (.matter, matter), (.callbackTime, callbackTime), (.note, note)].filter { !$0.1.isEmpty }
    }
}

extension PersonalDataMasking {
    /// `contact` with its free-text fields (subject, note, matter) masked, and what was masked in each:
    /// the one place the desk, `log` and `import` learn what to tell the person saving.
    public func masked(_ contact: Contact, today: LocalDay) -> (contact: Contact, fields: MaskedFields) {
        let subject = mask(contact.subject, today: today), note = mask(contact.note, today: today)
        let matter = mask(contact.matter, today: today)
        let time = mask(contact.callback?.preferredTime, today: today)
        var kept = contact
        kept.callback?.preferredTime = time?.text
        kept.subject = subject?.text
        kept.note = note?.text
        kept.matter = matter?.text
        var fields = MaskedFields(subject: subject, note: note, matter: matter)
        fields.callbackTime = time?.kinds ?? []
        return (kept, fields)
    }
}
