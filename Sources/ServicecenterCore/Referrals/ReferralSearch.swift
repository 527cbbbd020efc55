/// Finds referral destinations from the words a guide types, with the category search's
/// rules (any word order, typos, missing å/ä/ö, search words): one way of searching at the desk.
public struct ReferralSearch: Sendable {
    public let destinations: [ReferralDestination]
    let search: CategorySearch

    public init(destinations: [ReferralDestination]) {
        self.destinations = destinations
        // A destination searched as a category without a sector: the search reads only the
        // id, the name and the search words.
        search = CategorySearch(categories: destinations.map {
            Category(id: $0.id, name: $0.name, sector: "", keywords: $0.keywords, resolvable: false)
        })
    }

    /// Every destination in the file's order for an empty query; else those matching, best
    /// first, with "annan" always last, so a place the list lacks can always be recorded.
    public func matching(_ query: String) -> [ReferralDestination] {
        guard query.contains(where: { $0.isLetter || $0.isNumber }) else { return destinations }
        let byID = Dictionary(destinations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var found = search.search(query, limit: .max).compactMap { byID[$0.category.id] }.filter { !$0.other }
        if let other = ReferralDestinations.other(in: destinations) { found.append(other) }
        return found
    }
}
