import Foundation
import ServicecenterCore

extension DeskModel {
    /// The end a save records for `form`, and how long it was open when that was cut.
    ///
    /// A correction keeps the contact's stored end (it was validated then; now may be a day
    /// later). A new contact ends now, unless it has been open longer than `[site]
    /// max_contact_minutes` (a draft left open over lunch or restored the next morning): the core
    /// refuses such a contact, and a guide at the desk cannot type another end, so the end is
    /// recorded at the limit and the guide is told so on saving, instead of a save that fails
    /// and keeps failing.
    func savedEnd(of form: ContactForm) -> (at: Date, openMinutes: Int?) {
        if let id = form.editingContactID, let original = recent.first(where: { $0.id == id }) {
            return (original.endedAt, nil)
        }
        let limit = Double(configuration.site.maxContactMinutes * 60)
        let open = now.timeIntervalSince(form.startedAt)
        guard open > limit else { return (now, nil) }
        return (form.startedAt.addingTimeInterval(limit), Int((open / 60).rounded(.down)))
    }
}
