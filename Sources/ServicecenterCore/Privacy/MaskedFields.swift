/// What masking changed in a contact's free-text fields, field by field, so the guide is told
/// where it happened: a personnummer typed into the search lands in the subject, not the note,
/// and "masked in the note" would send them looking in the wrong place.
public struct MaskedFields: Sendable, Hashable {
    /// The kinds masked in the subject (the words typed for an Övrig fråga contact).
    public var subject: [PersonalDataMasking.Kind]
    /// The kinds masked in the note.
    public var note: [PersonalDataMasking.Kind]

    public init(subject: [PersonalDataMasking.Kind] = [], note: [PersonalDataMasking.Kind] = []) {
        self.subject = subject
        self.note = note
    }

    /// The fields of what masking returned for each (nil: the field was empty).
    public init(subject: PersonalDataMasking.Result?, note: PersonalDataMasking.Result?) {
        self.init(subject: subject?.kinds ?? [], note: note?.kinds ?? [])
    }

    /// Nothing was masked anywhere.
    public var isEmpty: Bool { subject.isEmpty && note.isEmpty }
}

extension PersonalDataMasking {
    /// `contact` with its free-text fields (subject, note) masked, and what was masked in each:
    /// the one place the desk, `log` and `import` learn what to tell the person saving.
    public func masked(_ contact: Contact, today: LocalDay) -> (contact: Contact, fields: MaskedFields) {
        let subject = mask(contact.subject, today: today), note = mask(contact.note, today: today)
        var kept = contact
        kept.subject = subject?.text
        kept.note = note?.text
        return (kept, MaskedFields(subject: subject, note: note))
    }
}
