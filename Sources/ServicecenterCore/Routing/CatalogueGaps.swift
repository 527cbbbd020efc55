/// Decides what a contact tells about the catalogue's gaps: the words of its subject that no
/// category matches, when the guide filed it under the fallback category (Övrig fråga).
///
/// The words are folded and filler words left out, so "Bostadsbidrag?" and "bostadsbidrag"
/// count as one question. The store records what this returns, after masking the subject,
/// so a personnummer typed into the search never reaches the report.
public struct CatalogueGaps: Sendable {
    let fallbackID: String?
    let search: CategorySearch

    public init(configuration: Configuration) {
        fallbackID = configuration.fallbackCategory?.id
        search = CategorySearch(categories: configuration.categories)
    }

    /// The gap `contact` reveals, as one normalised text, or nil when it reveals none.
    public func gap(for contact: Contact) -> String? {
        guard let fallbackID, contact.category == fallbackID, let subject = contact.subject else { return nil }
        let words = search.unmatchedWords(subject)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
