import ServicecenterCore
import TerminalUI

/// The knowledge articles over the form (^L): a search over every article with the matches
/// and their lines, and the article opened full-screen. The form stays underneath untouched,
/// so Esc returns to the contact with nothing lost.
public struct KnowledgePanel: Sendable {
    /// What the typed words found; with nothing typed, the chosen category's articles.
    public var query = TextInput(limit: 80)
    public var results: [KnowledgeMatch] = []
    public var selection = 0
    /// The article being read, and the first of its lines on screen.
    public var reading: KnowledgeArticle?
    public var readingOffset = 0
    /// The article being read as the reader last wrapped it, so scrolling neither parses nor
    /// wraps it again; a different width or glyph set wraps anew.
    var wrapped: (width: Int, ascii: Bool, lines: ArticleLines)?
    /// The articles shown before anything is typed.
    let initial: [KnowledgeMatch]

    /// What a key asks of the desk.
    enum Action: Equatable {
        case none
        /// Leave for the contact; `unmatched` is the search that found nothing, to be counted.
        case close(unmatched: String?)
        /// The article was opened: the contact records it.
        case opened(String)
        /// The words changed: search again.
        case search
    }

    init(initial: [KnowledgeMatch]) {
        self.initial = initial
        results = initial
    }

    /// The highlighted match; nil in an empty list.
    var highlighted: KnowledgeMatch? { results.indices.contains(selection) ? results[selection] : nil }

    /// Whether the words typed are worth counting when they found nothing: at least one word.
    var searchFoundNothing: Bool { results.isEmpty && !TextFolding.words(query.text).isEmpty }

    /// One key in the list (the reader's keys are the desk's: it knows the reader's size).
    mutating func update(_ key: Key) -> Action {
        switch key {
        case .escape, .control("l"):
            return .close(unmatched: searchFoundNothing ? query.text : nil)
        case .up: selection = moved(selection, by: -1, count: results.count)
        case .down: selection = moved(selection, by: 1, count: results.count)
        case .pageUp: selection = moved(selection, by: -5, count: results.count)
        case .pageDown: selection = moved(selection, by: 5, count: results.count)
        case .enter:
            guard let match = highlighted else { return .none }
            reading = match.article
            readingOffset = 0
            wrapped = nil
            return .opened(match.article.id)
        default:
            if query.handle(key) { return .search }
        }
        return .none
    }
}
