import Foundation
import ServicecenterCore

/// The repeat picker's typed id. The list beside the field shows contact ids, so a typed number
/// is a contact id too (any earlier contact: the store links a repeat to any contact that started
/// before this one, not only the guide's own); `#` and a number is a hand-over id, as the
/// hand-over list (F7) writes it.
extension DeskModel {
    mutating func lookUpTypedRepeat(_ typed: String) -> [DeskEffect] {
        if typed.hasPrefix("#"), let id = Int64(typed.dropFirst()) { return [.lookUpHandover(id)] }
        guard let id = Int64(typed) else {
            notice = Notice(kind: .warning, text: text.safety.keysHere(.repeatLink))
            return []
        }
        if let shown = repeatPicker?.candidates.first(where: { $0.id == id }) {
            linkLookedUp(id: id, shown)
            return []
        }
        return [.lookUpContact(id)]
    }

    /// Links to the contact read by id, or says why not in the store's own words (no such
    /// contact, or one that started after this one, or the contact being corrected).
    mutating func linkLookedUp(id: Int64, _ contact: Contact?) {
        guard let contact, contact.startedAt <= (form?.startedAt ?? now), contact.id != form?.editingContactID else {
            notice = Notice(kind: .warning, text: text.core.storeError(.unknownEarlierContact(id: id)))
            return
        }
        link(toContact: id)
    }
}
