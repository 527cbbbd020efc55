/// An article named outside the desk (`log --article`, an imported line): what is wrong with it.
public enum ArticleReference {
    /// What can be wrong with a named article.
    public enum Problem: Equatable, Sendable {
        /// Not an article id: lowercase ASCII letters, digits, `_` and `-` only, 1 to 64 of them.
        case malformed
        /// Well formed, but the configuration has no such article.
        case unknown
    }

    /// The longest article id taken.
    public static let maximumLength = 64

    /// The problem with `id`, or nil when it names an article. While the site has no articles
    /// (no `Config/knowledge/`, or none of its files read) only the form is checked, so
    /// contacts recorded by another system with its own article ids are not refused.
    public static func problem(with id: String, among articles: [KnowledgeArticle]) -> Problem? {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard !id.isEmpty, id.count <= maximumLength, allowed else { return .malformed }
        guard articles.isEmpty || articles.contains(where: { $0.id == id }) else { return .unknown }
        return nil
    }
}
