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
}
