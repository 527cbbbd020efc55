import ServicecenterCore
import TerminalUI

/// The knowledge articles at the desk: ^L opens the search over them (listing the chosen
/// category's articles before anything is typed), Enter reads one full-screen, and Esc goes
/// back to the contact as it was. Opening an article during a contact notes its id on the
/// contact, never its text. A search that found nothing is counted once, when the guide leaves
/// it, not at every key: what was typed on the way there is not a search.
extension DeskModel {
    /// The knowledge panel's state while it is open.
    public var knowledgePanel: KnowledgePanel? {
        if case .knowledge(let panel)? = working { panel } else { nil }
    }

    /// The articles serving the category chosen (or highlighted), in title order.
    var articlesOfHighlightedCategory: [KnowledgeArticle] {
        guard let category = highlightedCategory else { return [] }
        return knowledgeSearch.articles(serving: category.id)
    }

    /// Opens the panel (^L) over the form's step; only there, so no other picker loses its state.
    mutating func openKnowledge() -> [DeskEffect] {
        let own = articlesOfHighlightedCategory
        let listed = own.isEmpty ? knowledgeSearch.articlesByTitle : own
        working = .knowledge(KnowledgePanel(initial: listed.map { KnowledgeMatch(article: $0, wordsMatched: 0, score: 0, lines: []) }))
        return []
    }

    mutating func handleKnowledge(_ key: Key) -> [DeskEffect] {
        guard var panel = knowledgePanel else { return [] }
        if panel.reading != nil {
            keepWrapping(&panel)
            switch key {
            case .escape, .control("l"):
                // Back to the contact: the search led to an article, so it is not counted.
                working = nil
                return []
            case .left, .backspace:
                panel.reading = nil
            case .character(" "):
                if let window = articleReader(panel, ascii: glyphs.isASCII)?.window { panel.readingOffset = window.offset(after: .pageDown) ?? 0 }
            default:
                if let window = articleReader(panel, ascii: glyphs.isASCII)?.window, let offset = window.offset(after: key) {
                    panel.readingOffset = offset
                }
            }
            working = .knowledge(panel)
            return []
        }
        switch panel.update(key) {
        case .none:
            working = .knowledge(panel)
        case .search:
            panel.results = panel.query.text.isEmpty ? panel.initial : knowledgeSearch.search(panel.query.text)
            panel.selection = 0
            working = .knowledge(panel)
        case .close(let unmatched):
            working = nil
            return unmatched.map { [.recordUnmatchedSearch($0)] } ?? []
        case .opened(let id):
            keepWrapping(&panel)
            working = .knowledge(panel)
            noteOpened(id, title: panel.reading?.title ?? id)
        }
        return []
    }

    /// Keeps the article as the reader wraps it now, for the frames and keys that follow.
    func keepWrapping(_ panel: inout KnowledgePanel) {
        guard let reader = articleReader(panel, ascii: glyphs.isASCII) else { return }
        panel.wrapped = (reader.wrapWidth, glyphs.isASCII, reader.lines)
    }

    /// Notes an opened article on the open contact, once, in the order first opened.
    mutating func noteOpened(_ id: String, title: String) {
        guard var open = form else {
            notice = Notice(kind: .info, text: text.knowledge.opened(title, recorded: false))
            return
        }
        var articles = open.articles ?? []
        if !articles.contains(id) { articles.append(id) }
        open.articles = articles
        form = open
        notice = Notice(kind: .info, text: text.knowledge.opened(title, recorded: true))
    }
}
