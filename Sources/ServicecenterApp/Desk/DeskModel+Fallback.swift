import Foundation
import ServicecenterCore

/// Övrig fråga at the desk: a search whose words match nothing offers the fallback category
/// (Enter chooses it, as any row), so the contact is still logged, and the words typed are
/// kept as its subject: the guide typed what the citizen asked, and it is not thrown away.
extension DeskModel {
    /// Whether the list shows the fallback because nothing matched (not because it was searched for).
    public var offersFallback: Bool {
        categoryList.matches.count == 1 && categoryList.matches[0].words.isEmpty && categoryList.matches[0].category.fallback
    }

    /// What a contact filed under the fallback category keeps as its subject: the search as
    /// typed. Nil for any other category, where the category says what the contact was about.
    func subject(of form: ContactForm) -> String? {
        guard let chosen = form.categoryID, chosen == configuration.fallbackCategory?.id else { return nil }
        let typed = form.search.trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? nil : typed
    }
}
