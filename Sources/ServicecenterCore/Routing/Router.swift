/// Routes a contact: from a category to the sector that owns it.
public struct Router: Sendable {
    public let configuration: Configuration
    public let search: CategorySearch

    public init(configuration: Configuration) {
        self.configuration = configuration
        self.search = CategorySearch(categories: configuration.categories)
    }

    /// The sector a category's matters go to, or nil for an unknown category.
    public func sector(for categoryID: String) -> Sector? {
        configuration.category(categoryID).flatMap { configuration.sector($0.sector) }
    }

    /// Ranked categories for what the guide typed, each with its explanation.
    public func categories(matching query: String, limit: Int = 20) -> [CategoryMatch] {
        search.search(query, limit: limit)
    }

    /// The ranked categories for what the guide typed, with the fallback category (Övrig
    /// fråga) whenever a typed word matches no category: alone when nothing matched, else last
    /// (a stray short word such as "tax" may match something while the question is still one
    /// the catalogue lacks). Its `missed` holds the words no category matched. A contact can
    /// so always be logged, and the typed words are kept as its subject. Without a fallback in
    /// the catalogue, or for an empty query, the plain search.
    public func categoriesOrFallback(matching query: String, limit: Int = 20) -> [CategoryMatch] {
        let all = search.search(query, limit: .max)
        let shown = Array(all.prefix(limit))
        guard let fallback = configuration.fallbackCategory, limit > 0 else { return shown }
        let matched = Set(all.lazy.flatMap { $0.words.map(\.typed) })
        var seen: Set<String> = []
        let unmatched = FillerWords.meaningful(TextFolding.words(query)).filter { !matched.contains($0) && seen.insert($0).inserted }
        guard !unmatched.isEmpty, !shown.contains(where: { $0.category.id == fallback.id }) else { return shown }
        return Array(shown.prefix(limit - 1)) + [CategoryMatch(category: fallback, score: 0, words: [], missed: unmatched)]
    }
}
