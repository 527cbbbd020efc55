import ServicecenterCore

/// Finds sectors from what the guide types, with the category search's own matching (typos,
/// word starts, parts of compounds, å ä ö typed as a o): a sector is searched as a category
/// named like it whose search words are its id and the names of its categories, so
/// "stadsbyg", "bygglov" and "stadsbygnad" all find Stadsbyggnadsförvaltningen.
struct SectorSearch: Sendable {
    let sectors: [Sector]
    let search: CategorySearch

    init(configuration: Configuration) {
        sectors = configuration.sectors
        search = CategorySearch(categories: configuration.sectors.map { sector in
            let handled = configuration.categories.filter { $0.sector == sector.id && !$0.fallback }.map(\.name)
            return Category(id: sector.id, name: sector.name, sector: sector.id, keywords: [sector.id] + handled, resolvable: false)
        })
    }

    /// Every sector in the configuration's order for an empty query (the guide may just pick
    /// one), else those matching, best first.
    func sectors(matching query: String) -> [Sector] {
        let words = FillerWords.meaningful(TextFolding.words(query))
        guard !words.isEmpty else { return sectors }
        return search.search(query, limit: sectors.count).compactMap { match in sectors.first { $0.id == match.category.id } }
    }
}
