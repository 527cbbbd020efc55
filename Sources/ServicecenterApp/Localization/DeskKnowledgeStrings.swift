import ServicecenterCore

/// What the desk says about the knowledge articles: the titles under the guidance, the search
/// over them (^L) and the article read full-screen.
public protocol DeskKnowledgeStrings: Sendable {
    /// The line under a category's guidance naming its articles and the key that opens them.
    /// The titles, and how many more articles there are that ^L lists (0: none).
    func articlesLine(titles: [String], more: Int) -> String
    /// The search's frame title: how many articles there are to search.
    func panelTitle(articles: Int) -> String
    /// The label before the search field.
    var searchLabel: String { get }
    /// Under the search field: what the keys do.
    var panelHint: String { get }
    /// The list before anything is typed, when the chosen category has articles.
    func categoryArticles(_ category: String) -> String
    /// The list before anything is typed, when there is no chosen category or it has none.
    var allArticles: String { get }
    /// A search that found nothing, and what the guide can do.
    var nothingFound: String { get }
    /// The site has no articles at all.
    var noArticles: String { get }
    /// The reader's line under the title: owner, review day, audience, stale or not.
    func about(sector: String, reviewed: String, isPublic: Bool, staleSince: String?) -> String
    /// The reader's last row: the keys.
    var readerHint: String { get }
    /// The notice when the article is recorded on the contact.
    func opened(_ title: String, recorded: Bool) -> String
    /// The store could not count a search that matched nothing.
    func notCounted(_ reason: String) -> String
}

extension DeskStrings {
    /// The knowledge words in this table's language.
    public var knowledge: any DeskKnowledgeStrings {
        core.language == .swedish ? SwedishDeskKnowledgeStrings() : EnglishDeskKnowledgeStrings()
    }
}

/// Svenska.
public struct SwedishDeskKnowledgeStrings: DeskKnowledgeStrings {
    public init() {}
    public func articlesLine(titles: [String], more: Int) -> String {
        "Artiklar (^L): " + (titles + (more > 0 ? ["och \(more) till"] : [])).joined(separator: " · ")
    }
    public func panelTitle(articles: Int) -> String { "Kunskapsbanken · \(articles) \(articles == 1 ? "artikel" : "artiklar")" }
    public var searchLabel: String { "Sök:" }
    public var panelHint: String { "Skriv ord ur frågan · ↑↓ välj · Enter läs · Esc tillbaka till kontakten" }
    public func categoryArticles(_ category: String) -> String { "Artiklar för \(category):" }
    public var allArticles: String { "Alla artiklar:" }
    public var nothingFound: String { "Ingen artikel innehåller de orden. Pröva andra ord; sökningen räknas när du går tillbaka, så att det syns var en artikel saknas." }
    public var noArticles: String { "Det finns inga artiklar (knowledge/*.md i konfigurationen)." }
    public func about(sector: String, reviewed: String, isPublic: Bool, staleSince: String?) -> String {
        "Ägare: \(sector) · granskad \(reviewed) · " + (isPublic ? "får läsas upp eller skickas" : "intern")
            + (staleSince.map { " · ska granskas igen sedan \($0)" } ?? "")
    }
    public var readerHint: String { "↑↓ PgUp PgDn bläddra · ← listan · Esc tillbaka till kontakten" }
    public func opened(_ title: String, recorded: Bool) -> String {
        recorded ? "Artikeln \"\(title)\" noteras på kontakten (bara att den öppnades)." : "Artikeln \"\(title)\"."
    }
    public func notCounted(_ reason: String) -> String { "Sökningen utan träff kunde inte räknas: \(reason)" }
}

/// English.
public struct EnglishDeskKnowledgeStrings: DeskKnowledgeStrings {
    public init() {}
    public func articlesLine(titles: [String], more: Int) -> String {
        "Articles (^L): " + (titles + (more > 0 ? ["and \(more) more"] : [])).joined(separator: " · ")
    }
    public func panelTitle(articles: Int) -> String { "Knowledge base · \(articles) \(articles == 1 ? "article" : "articles")" }
    public var searchLabel: String { "Search:" }
    public var panelHint: String { "Type words of the question · ↑↓ choose · Enter read · Esc back to the contact" }
    public func categoryArticles(_ category: String) -> String { "Articles for \(category):" }
    public var allArticles: String { "All articles:" }
    public var nothingFound: String { "No article holds those words. Try others; the search is counted when you go back, to show where an article is missing." }
    public var noArticles: String { "There are no articles (knowledge/*.md in the configuration)." }
    public func about(sector: String, reviewed: String, isPublic: Bool, staleSince: String?) -> String {
        "Owner: \(sector) · reviewed \(reviewed) · " + (isPublic ? "may be read aloud or sent" : "internal")
            + (staleSince.map { " · due for review since \($0)" } ?? "")
    }
    public var readerHint: String { "↑↓ PgUp PgDn scroll · ← the list · Esc back to the contact" }
    public func opened(_ title: String, recorded: Bool) -> String {
        recorded ? "The article \"\(title)\" is noted on the contact (only that it was opened)." : "The article \"\(title)\"."
    }
    public func notCounted(_ reason: String) -> String { "The search without a match could not be counted: \(reason)" }
}
