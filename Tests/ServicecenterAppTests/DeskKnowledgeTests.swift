import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// The knowledge articles at the desk: the titles under the guidance, the search (^L) as
/// tolerant as the category search, the article read full-screen and scrolled, Esc back to the
/// contact with nothing lost, the article's id noted on the contact, and a search that found
/// nothing counted once, when the guide leaves it.
@Suite("Desk: knowledge articles")
struct DeskKnowledgeTests {
    static let parking = KnowledgeArticle(
        id: "parkeringstillstand", title: "Parkeringstillstånd för rörelsehindrade", categories: ["bygglov"], sector: "teknik",
        reviewed: LocalDay(year: 2026, month: 10, day: 1), isPublic: false, eservice: "https://www.orebro.se/parkeringstillstand",
        body: """
            ## Vad medborgaren behöver veta

            - Tillståndet söks i **e-tjänsten** med *läkarintyg*.
            - Handläggningstiden är cirka fyra veckor.

            ## Fråga medborgaren

            1. Söker du som förare eller passagerare?
            2. Har du ett tillstånd som går ut?

            Läs mer på [orebro.se](https://www.orebro.se/parkering) och skriv `PT` i ärendet.
            """ + String(repeating: "\n\nEtt stycke till om färdtjänst och parkering som gör artikeln lång nog att bläddra i.", count: 12),
        source: SourceLocation(file: "parkeringstillstand.md", line: 1))
    static let waste = KnowledgeArticle(
        id: "sophamtning", title: "Sophämtning och hämtdagar", categories: ["avfall"], sector: "teknik",
        reviewed: LocalDay(year: 2024, month: 1, day: 1), body: "Kontrollera hämtdagen i e-tjänsten. Escape \u{1B}[2J visas ofarligt.",
        source: SourceLocation(file: "sophamtning.md", line: 1))

    static func model(size: Size = Size(width: 80, height: 24), language: Language = .swedish) -> DeskModel {
        var configuration = DeskFixtures.configuration
        configuration.knowledge = [parking, waste]
        return DeskModel(
            configuration: configuration, guide: configuration.operators[0], text: deskStrings(for: language), now: DeskFixtures.now,
            size: size, station: Station(channel: .phone), draft: nil)
    }

    /// A contact with Bygglov chosen, in the outcome step.
    static func chosen(size: Size = Size(width: 80, height: 24)) -> DeskModel {
        var model = model(size: size)
        model.type("bygglov")
        model.press(.enter)
        return model
    }

    @Test("The chosen category's article titles stand under its guidance, with the key that opens them")
    func titlesUnderGuidance() {
        let screen = Self.chosen().view(theme: .color).lines().joined(separator: "\n")
        #expect(screen.contains("Artiklar (^L): Parkeringstillstånd för rörelsehindrade"))
    }

    @Test("A category with many articles names the first four in title order and how many more ^L lists; five are all named")
    func manyTitlesUnderGuidance() {
        for (count, expected) in [(9, "Artiklar (^L): Artikel 1 · Artikel 2 · Artikel 3 · Artikel 4 · och 5 till"),
                                  (5, "Artiklar (^L): Artikel 1 · Artikel 2 · Artikel 3 · Artikel 4 · Artikel 5")] {
            var configuration = DeskFixtures.configuration
            configuration.knowledge = (1...count).reversed().map { number in
                var article = Self.parking
                article.id = "artikel\(number)"
                article.title = "Artikel \(number)"
                return article
            }
            var model = DeskModel(
                configuration: configuration, guide: configuration.operators[0], text: deskStrings(for: .swedish), now: DeskFixtures.now,
                size: Size(width: 120, height: 40), station: Station(channel: .phone), draft: nil)
            model.type("bygglov")
            model.press(.enter)
            #expect(model.guidanceShown(for: model.highlightedCategory!).hasSuffix(expected))
            let screen = model.view(theme: .color).lines().joined(separator: "\n")
            #expect(screen.contains(count == 9 ? "och 5 till" : "Artikel 5"), "\(screen)")
        }
    }

    @Test("^L lists the category's articles; Enter opens one full-screen and notes it on the contact; Esc is back with nothing lost")
    func openAndBack() throws {
        var model = Self.chosen()
        let before = model.form
        model.press(.control("l"))
        #expect(model.focus == .knowledge)
        #expect(model.knowledgePanel?.results.map(\.article.id) == ["parkeringstillstand"])
        let effects = model.press(.enter)
        #expect(model.knowledgePanel?.reading?.id == "parkeringstillstand")
        #expect(model.form?.articles == ["parkeringstillstand"])
        #expect(effects.draftSaves == 1)
        let screen = model.view(theme: .color).lines().joined(separator: "\n")
        #expect(screen.contains("Vad medborgaren behöver veta"))
        #expect(screen.contains("• Tillståndet söks i e-tjänsten med läkarintyg."))
        #expect(screen.contains("1. Söker du som förare"))
        model.press(.escape)
        #expect(model.focus == .outcome)
        var expected = before
        expected?.articles = ["parkeringstillstand"]
        #expect(model.form == expected)
        // Opened again: noted once, first-opened order kept.
        model.press(.control("l"), .enter, .escape)
        #expect(model.form?.articles == ["parkeringstillstand"])
        model.press(.character("1"))
        let saved = try #require(model.press(.enter).savedContact)
        #expect(saved.articles == ["parkeringstillstand"])
    }

    @Test("The reader scrolls with ↓ PgDn End, and ← goes back to the list")
    func scrolling() {
        var model = Self.chosen()
        model.press(.control("l"), .enter)
        model.press(.pageDown)
        #expect(model.knowledgePanel?.readingOffset ?? 0 > 0)
        model.press(.end)
        let last = model.knowledgePanel?.readingOffset ?? 0
        model.press(.down)
        #expect(model.knowledgePanel?.readingOffset == last)
        #expect(model.view(theme: .color).lines().contains { $0.contains("bläddra i.") })
        model.press(.left)
        #expect(model.knowledgePanel?.reading == nil)
        #expect(model.focus == .knowledge)
    }

    @Test("The search is as tolerant as the category search: typos and missing å/ä/ö, with the matching lines")
    func tolerantSearch() {
        var model = Self.chosen()
        model.press(.control("l"))
        model.type("parkeringstilstand")
        #expect(model.knowledgePanel?.results.first?.article.id == "parkeringstillstand")
        model.press(.control("u"))
        model.type("hamtdag")
        #expect(model.knowledgePanel?.results.first?.article.id == "sophamtning")
        #expect(model.knowledgePanel?.results.first?.lines.first?.contains("hämtdagen") == true)
        let screen = model.view(theme: .color).lines().joined(separator: "\n")
        #expect(screen.contains("Sophämtning och hämtdagar"))
        #expect(screen.contains("Kontrollera hämtdagen"))
    }

    @Test("A search that found nothing is counted once, when the guide leaves it; one that found something is not")
    func unmatchedCountedOnLeaving() {
        var model = Self.chosen()
        model.press(.control("l"))
        let typing = model.type("xyzzyqq")
        #expect(!typing.contains { if case .recordUnmatchedSearch = $0 { true } else { false } })
        #expect(model.view(theme: .color).lines().joined().contains("Ingen artikel innehåller de orden"))
        #expect(model.press(.escape) == [.recordUnmatchedSearch("xyzzyqq")])
        #expect(model.focus == .outcome)
        model.press(.control("l"))
        model.type("parkering")
        #expect(model.press(.escape).isEmpty)
        model.press(.control("l"))
        #expect(model.press(.escape).isEmpty)
    }

    @Test("Control characters and escapes in an article are shown inert")
    func inert() {
        var model = Self.model()
        model.type("sopor")
        model.press(.enter, .control("l"), .enter)
        let screen = model.view(theme: .color).lines().joined()
        #expect(screen.contains("␛[2J"))
        #expect(!screen.contains("\u{1B}"))
    }

    @Test("Without a contact ^L reads the articles too, and nothing is noted")
    func idle() {
        var model = Self.model()
        model.press(.control("l"))
        #expect(model.knowledgePanel?.results.count == 2)
        model.press(.enter)
        #expect(model.form == nil)
        #expect(model.knowledgePanel?.reading != nil)
    }

    @Test("Without articles ^L does nothing and is neither hinted nor in the help")
    func noArticles() {
        var model = DeskFixtures.model()
        model.type("bygglov")
        model.press(.enter, .control("l"))
        #expect(model.focus == .outcome)
        #expect(!model.hints.contains { $0.key == "^L" })
        #expect(!model.helpActions.contains(.knowledge))
        #expect(Self.chosen(size: Size(width: 120, height: 40)).hints.contains { $0.key == "^L" })
    }

    @Test("Snapshots: the list, the search and the reader at 80×24, 120×40 and in ASCII")
    func snapshots() {
        var model = Self.chosen()
        model.press(.control("l"))
        assertSnapshot(model.view(theme: .color).lines(), named: "desk-knowledge-list-80x24")
        model.type("hamtdag")
        assertSnapshot(model.view(theme: .color).lines(), named: "desk-knowledge-search-80x24")
        var reader = Self.chosen()
        reader.press(.control("l"), .enter)
        assertSnapshot(reader.view(theme: .color).lines(), named: "desk-knowledge-article-80x24")
        assertSnapshot(reader.view(theme: .color, glyphs: .ascii).lines(), named: "desk-knowledge-article-ascii-80x24")
        var large = Self.chosen(size: Size(width: 120, height: 40))
        large.press(.control("l"), .enter)
        assertSnapshot(large.view(theme: .color).lines(), named: "desk-knowledge-article-120x40")
        assertSnapshot(Self.chosen(size: Size(width: 120, height: 40)).view(theme: .color).lines(), named: "desk-knowledge-guidance-120x40")
    }
}
