import Foundation
import ServicecenterCore
import TerminalUI

/// Where the article being read goes, and which of its lines are on screen.
struct ArticleReaderLayout {
    var box: Rect
    var about: [String]
    var text: Rect
    /// The width the article is wrapped to: the text's, less a column for the scroll signs.
    var wrapWidth: Int
    var lines: ArticleLines
    var window: TextWindow
    var hint: Rect?
}

extension DeskModel {
    /// The guidance as the form shows it: the category's text, then the titles of its articles,
    /// so they are measured, wrapped and scrolled with it. A category with many articles names
    /// the first few and how many more ^L lists, so the guidance stays what is read aloud.
    func guidanceShown(for category: ServicecenterCore.Category) -> String {
        let titles = knowledgeSearch.articles(serving: category.id).map(\.title)
        guard !titles.isEmpty else { return category.guidance }
        let shown = titles.count <= Self.titlesInGuidance + 1 ? titles.count : Self.titlesInGuidance
        return category.guidance + "\n" + text.knowledge.articlesLine(titles: Array(titles.prefix(shown)), more: titles.count - shown)
    }

    /// How many article titles the guidance names before "and N more".
    static let titlesInGuidance = 4

    /// The reader laid out in the desk's middle area for the article being read.
    func articleReader(_ panel: KnowledgePanel, ascii: Bool) -> ArticleReaderLayout? {
        guard let article = panel.reading else { return nil }
        let box = layout(ascii: ascii).middle
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: max(1, box.width - 4), height: max(0, box.height - 2))
        let staleSince = article.isStale(on: LocalDay(now, in: zone)) ? article.reviewDue.adding(days: 1).description : nil
        let sector = configuration.sector(article.sector)?.name ?? article.sector
        var about = WrappedText(text.knowledge.about(sector: sector, reviewed: article.reviewed.description, isPublic: article.isPublic,
                                                     staleSince: staleSince), width: inner.width, ascii: ascii).lines
        if let eservice = article.eservice { about += WrappedText(text.eserviceLabel + " " + eservice, width: inner.width, ascii: ascii).lines }
        about = Array(about.prefix(max(0, inner.height / 3)))
        // The keys' line at the bottom when there is room for it and five lines of text.
        let hintRows = inner.height - about.count - 1 >= 6 ? 1 : 0
        let text = Rect(x: inner.x, y: inner.y + about.count + 1, width: inner.width,
                        height: max(0, inner.height - about.count - 1 - hintRows))
        // One column kept for the scroll signs.
        let width = max(1, text.width - 1)
        let lines = panel.wrapped.flatMap { $0.width == width && $0.ascii == ascii ? $0.lines : nil }
            ?? ArticleLines(MarkdownDocument(article.body), width: width, ascii: ascii)
        let window = TextWindow.clamped(total: lines.lines.count, height: text.height, offset: panel.readingOffset)
        let hint = hintRows == 1 ? Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1) : nil
        return ArticleReaderLayout(box: box, about: about, text: text, wrapWidth: width, lines: lines, window: window, hint: hint)
    }

    func drawKnowledge(_ panel: KnowledgePanel, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        buffer.fill(area, style: theme[.normal])
        if let reader = articleReader(panel, ascii: buffer.glyphs.isASCII), let article = panel.reading {
            drawArticle(article, reader, into: &buffer, theme)
        } else {
            drawKnowledgeList(panel, into: &buffer, area, theme)
        }
    }

    func drawArticle(_ article: KnowledgeArticle, _ reader: ArticleReaderLayout, into buffer: inout Buffer, _ theme: Theme) {
        buffer.frame(reader.box, title: article.title, style: theme[.frame], titleStyle: theme[.label])
        for (index, line) in reader.about.enumerated() {
            buffer.write(line, x: reader.text.x, y: reader.box.y + 1 + index, style: theme[.muted], ellipsis: false)
        }
        let shown = reader.lines.lines[reader.window.first..<reader.window.first + reader.window.shown]
        for (row, line) in shown.enumerated() {
            var x = reader.text.x
            for piece in line {
                x += buffer.write(piece.text, x: x, y: reader.text.y + row, style: style(of: piece, theme), limit: reader.text.maxX - 1 - x,
                                  ellipsis: false)
            }
        }
        buffer.moreSigns(reader.window, in: reader.text, style: theme[.label])
        if let hint = reader.hint { buffer.write(text.knowledge.readerHint, x: hint.x, y: hint.y, style: theme[.muted], limit: hint.width) }
    }

    /// How a piece of an article looks: headings as labels, strong bold, emphasis underlined,
    /// code as guidance, a link's address muted.
    func style(of piece: ArticleLines.Piece, _ theme: Theme) -> Style {
        var style = piece.heading ? theme[.label] : theme[.normal]
        switch piece.kind {
        case .plain: break
        case .strong: style.bold = true
        case .emphasis: style.underline = true
        case .code: style = theme[.guidance]
        case .address: style = theme[.muted]
        }
        if piece.heading { style.bold = true }
        return style
    }

    func drawKnowledgeList(_ panel: KnowledgePanel, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        buffer.frame(area, title: text.knowledge.panelTitle(articles: configuration.knowledge.count), style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: max(1, area.width - 4), height: max(0, area.height - 2))
        guard inner.height >= 4 else { return }
        let label = text.knowledge.searchLabel
        let labelWidth = buffer.displayWidth(of: label) + 1
        buffer.write(label, x: inner.x, y: inner.y, style: theme[.label])
        buffer.textField(panel.query, in: Rect(x: inner.x + labelWidth, y: inner.y, width: min(50, inner.width - labelWidth), height: 1),
                         style: theme[.fieldFocused], focused: true)
        buffer.write(text.knowledge.panelHint, x: inner.x, y: inner.y + 1, style: theme[.muted], limit: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        if configuration.knowledge.isEmpty {
            buffer.wrappedText(text.knowledge.noArticles, in: list, style: theme[.muted])
            return
        }
        if panel.results.isEmpty {
            buffer.wrappedText(text.knowledge.nothingFound, in: list, style: theme[.warning])
            return
        }
        var rows: [(text: String, item: Int, isTitle: Bool)] = []
        if panel.query.text.isEmpty {
            let own = articlesOfHighlightedCategory
            rows.append((own.isEmpty || highlightedCategory == nil ? text.knowledge.allArticles
                         : text.knowledge.categoryArticles(highlightedCategory!.name), -1, false))
        }
        for (index, match) in panel.results.enumerated() {
            rows.append((match.article.title, index, true))
            for line in match.lines { rows.append(("  " + line, index, false)) }
        }
        // The selected article's rows stay in view: the list starts as late as it must.
        let lastOfSelected = rows.lastIndex { $0.item == panel.selection } ?? 0
        let firstOfSelected = rows.firstIndex { $0.item == panel.selection } ?? 0
        let first = min(firstOfSelected, max(0, lastOfSelected - list.height + 1))
        let window = TextWindow.clamped(total: rows.count, height: list.height, offset: first)
        for (offset, row) in rows[window.first..<window.first + window.shown].enumerated() {
            let style = row.isTitle ? (row.item == panel.selection ? theme[.selection] : theme[.normal]) : theme[.muted]
            if row.isTitle, row.item == panel.selection { buffer.fill(Rect(x: list.x, y: list.y + offset, width: list.width - 1, height: 1), style: style) }
            buffer.write(row.text, x: list.x, y: list.y + offset, style: style, limit: list.width - 1)
        }
        buffer.moreSigns(window, in: list, style: theme[.label])
    }
}
