import Foundation

/// Role: what the desk's knowledge search leaves behind, so the admin sees where to write next.
/// (Which articles a contact opened is saved with the contact, `Contact.articles`.)
public protocol KnowledgeRecords: Sendable {
    /// Counts a search at the desk that matched no article, masked as free text is, per local day.
    func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError)
    /// The searches that matched nothing on local days `from` through `to`, counted: most often
    /// first, then by words, so the same data always gives the same order. Internal figures.
    func unmatchedSearches(from: LocalDay, through to: LocalDay) throws(StoreError) -> [UnmatchedSearch]
}
