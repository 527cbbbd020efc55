import Foundation

/// Kunskapsartikel: one file in `Config/knowledge/`, the knowledge a guide reads at the desk.
public struct KnowledgeArticle: Hashable, Sendable {
    /// The file name without `.md`; what a contact records when the article was opened.
    public var id: String
    public var title: String
    /// The categories the article serves.
    public var categories: [String]
    /// The sector that owns the text and keeps it true.
    public var sector: String
    /// The day the owner last checked it.
    public var reviewed: LocalDay
    /// How many months after `reviewed` it becomes stale.
    public var reviewMonths: Int
    /// Whether the text may be given to the citizen as it is.
    public var isPublic: Bool
    /// The e-service the citizen can use, if any.
    public var eservice: String?
    /// The Markdown text after the front matter.
    public var body: String
    /// Where the article was read from, for messages.
    public var source: SourceLocation

    public init(
        id: String, title: String, categories: [String], sector: String, reviewed: LocalDay, reviewMonths: Int = 12,
        isPublic: Bool = false, eservice: String? = nil, body: String, source: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.sector = sector
        self.reviewed = reviewed
        self.reviewMonths = reviewMonths
        self.isPublic = isPublic
        self.eservice = eservice
        self.body = body
        self.source = source
    }
}
