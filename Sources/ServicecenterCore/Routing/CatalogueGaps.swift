/// Decides what a contact tells about the catalogue's gaps: the words of its subject that no
/// category matches, when the guide filed it under the fallback category (Övrig fråga).
///
/// Each word is counted on its own, so "glasögon" and "glasögon linser" add up to glasogon 2,
/// linser 1: the admin adds search words, and a word asked in many phrasings is one row.
/// The words are folded, so "Glasögon?" and "glasogon" are one word; what `GapWord` does not
/// count as a word (filler words, single letters, digits, what masking left) is left out. The
/// store records what this returns after masking the subject, so a personnummer typed into
/// the search never reaches the report.
public struct CatalogueGaps: Sendable {
    let fallbackID: String?
    let search: CategorySearch

    public init(configuration: Configuration) {
        fallbackID = configuration.fallbackCategory?.id
        search = CategorySearch(categories: configuration.categories)
    }

    /// The words (folded, each once) that `contact`'s masked subject shows the catalogue
    /// lacks; empty when it shows none or is not filed under the fallback.
    public func gap(for contact: Contact) -> [String] {
        guard let fallbackID, contact.category == fallbackID, let subject = contact.subject else { return [] }
        return GapWord.candidates(inMasked: subject).filter(search.matchesNoCategory)
    }
}
