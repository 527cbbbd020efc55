import ServicecenterCore

/// What `config check` says about the knowledge articles, beyond each problem's own line.
protocol KnowledgeCheckStrings: Sendable {
    /// How many articles load, and how many are left out for their problems (listed above).
    func articles(loaded: Int, leftOut: Int) -> String
    /// The heading of the stale articles, grouped by the sector that owns them.
    func staleHeading(count: Int) -> String
    /// One owner's line: the sector and its stale articles with the day each was due.
    func staleOwner(sector: String, articles: [(id: String, due: String)]) -> String
    /// The categories no article serves.
    func uncovered(count: Int, categories: [String]) -> String
}

func knowledgeCheckStrings(for language: Language) -> any KnowledgeCheckStrings {
    language == .swedish ? SwedishKnowledgeCheckStrings() : EnglishKnowledgeCheckStrings()
}

/// Svenska.
struct SwedishKnowledgeCheckStrings: KnowledgeCheckStrings {
    func articles(loaded: Int, leftOut: Int) -> String {
        "Kunskapsartiklar: \(loaded) läses in" + (leftOut == 0 ? "." : ", \(leftOut) utelämnas vid disken tills felen ovan är rättade.")
    }

    func staleHeading(count: Int) -> String {
        "varning: \(count) \(count == 1 ? "artikel har" : "artiklar har") passerat sitt granskningsdatum; ägaren läser igenom, rättar och sätter reviewed:"
    }

    func staleOwner(sector: String, articles: [(id: String, due: String)]) -> String {
        "  \(sector): " + articles.map { "\($0.id) (skulle granskas senast \($0.due))" }.joined(separator: ", ")
    }

    func uncovered(count: Int, categories: [String]) -> String {
        "varning: \(count) \(count == 1 ? "ärendetyp saknar" : "ärendetyper saknar") artikel: " + categories.joined(separator: ", ")
    }
}

/// English.
struct EnglishKnowledgeCheckStrings: KnowledgeCheckStrings {
    func articles(loaded: Int, leftOut: Int) -> String {
        "Knowledge articles: \(loaded) load" + (leftOut == 0 ? "." : ", \(leftOut) left out at the desk until the problems above are corrected.")
    }

    func staleHeading(count: Int) -> String {
        "warning: \(count) \(count == 1 ? "article is" : "articles are") past the review date; the owner reads it through, corrects it and sets reviewed:"
    }

    func staleOwner(sector: String, articles: [(id: String, due: String)]) -> String {
        "  \(sector): " + articles.map { "\($0.id) (due for review by \($0.due))" }.joined(separator: ", ")
    }

    func uncovered(count: Int, categories: [String]) -> String {
        "warning: \(count) \(count == 1 ? "category has" : "categories have") no article: " + categories.joined(separator: ", ")
    }
}
