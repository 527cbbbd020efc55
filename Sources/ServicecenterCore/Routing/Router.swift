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

    /// The ranked categories for what the guide typed or, when the words match nothing, the
    /// fallback category (Övrig fråga) alone, with every typed word as missed: a contact can
    /// always be logged, and the typed words are kept as its subject. Empty for an empty query
    /// or a catalogue without a fallback.
    public func categoriesOrFallback(matching query: String, limit: Int = 20) -> [CategoryMatch] {
        let found = search.search(query, limit: limit)
        guard found.isEmpty, let fallback = configuration.fallbackCategory else { return found }
        let words = FillerWords.meaningful(TextFolding.words(query))
        guard !words.isEmpty else { return [] }
        return [CategoryMatch(category: fallback, score: 0, words: [], missed: words)]
    }
}
