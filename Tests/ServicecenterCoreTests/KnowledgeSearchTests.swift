import Foundation
import Testing
@testable import ServicecenterCore

/// The knowledge search as tolerant as the category search, ranked, with the lines that
/// matched; and the Markdown subset the desk renders, where a stray mark stays text.
@Suite("Knowledge search and the articles' Markdown")
struct KnowledgeSearchTests {
    static func article(_ id: String, _ title: String, _ body: String) -> KnowledgeArticle {
        KnowledgeArticle(id: id, title: title, categories: ["c"], sector: "s", reviewed: LocalDay(year: 2026, month: 1, day: 1),
                         body: body, source: SourceLocation(file: "\(id).md"))
    }

    static let search = KnowledgeSearch(articles: [
        article("parkeringstillstand", "Parkeringstillstånd för rörelsehindrade",
                "## Vad medborgaren behöver veta\n\n- Ansökan görs i e-tjänsten med läkarintyg.\n- Handläggningstiden är fyra veckor."),
        article("parkering", "Parkering och felparkering", "Felparkeringsavgift bestrids hos den som utfärdat den. Se parkeringstillstånd."),
        article("snorojning", "Snöröjning", "Gång- och cykelvägar plogas först. Hämtning av sopor påverkas inte."),
    ])

    @Test("Exact, without å/ä/ö, with a typo and while still typing: the title's article first")
    func tolerant() {
        for query in ["parkeringstillstånd", "parkeringstillstand", "parkeringstilstand", "parkeringstills", "PARKERINGSTILLSTAND"] {
            #expect(Self.search.search(query).first?.article.id == "parkeringstillstand", "\(query)")
        }
        #expect(Self.search.search("snorojning").first?.article.id == "snorojning")
        #expect(Self.search.search("cykelvag").first?.article.id == "snorojning")
    }

    @Test("More words matched ranks first; filler words count for nothing")
    func ranking() {
        let found = Self.search.search("jag undrar om felparkering och avgift")
        #expect(found.first?.article.id == "parkering")
        #expect(found.first?.wordsMatched == 2)
    }

    @Test("The lines that matched are given, from near the matched word")
    func lines() {
        let found = Self.search.search("läkarintyg")
        #expect(found.map(\.article.id) == ["parkeringstillstand"])
        #expect(found.first?.lines == ["… e-tjänsten med läkarintyg."])
    }

    @Test("Nothing typed, or nothing matching: no articles, and the search says it matched nothing")
    func nothing() {
        #expect(Self.search.search("").isEmpty)
        #expect(Self.search.search("xyzzyqq").isEmpty)
        #expect(Self.search.matchesNothing("xyzzyqq"))
        #expect(!Self.search.matchesNothing("  "))
        #expect(!Self.search.matchesNothing("sopor"))
    }

    @Test("Markdown: headings, lists, marks and links; a stray mark is text")
    func markdown() {
        let document = MarkdownDocument("""
            # Rubrik
            Första raden
            fortsätter här med **fet** och *betonad* text.

            - punkt med `kod`
            fortsättning
            1. numrerad [länk](https://example.se)
            * en 5 * 3 och ett ensamt ` tecken
            """)
        #expect(document.blocks.count == 5)
        #expect(document.blocks[0] == .heading(level: 1, [.init("Rubrik")]))
        #expect(document.blocks[1].plainText == "Första raden fortsätter här med fet och betonad text.")
        #expect(document.blocks[1].runs.contains(.init("fet", .strong)))
        #expect(document.blocks[1].runs.contains(.init("betonad", .emphasis)))
        #expect(document.blocks[2] == .bullet([.init("punkt med "), .init("kod", .code), .init(" fortsättning")]))
        #expect(document.blocks[3] == .numbered("1.", [.init("numrerad "), .init("länk"), .init(" (https://example.se)", .address)]))
        #expect(document.blocks[4].plainText == "en 5 * 3 och ett ensamt ` tecken")
    }

    @Test("Review: due reviewed + months (the month's last day when shorter), stale the day after")
    func review() {
        var article = Self.article("a", "A", "")
        article.reviewed = LocalDay(year: 2025, month: 10, day: 14)
        #expect(article.reviewDue == LocalDay(year: 2026, month: 10, day: 14))
        #expect(!article.isStale(on: LocalDay(year: 2026, month: 10, day: 14)))
        #expect(article.isStale(on: LocalDay(year: 2026, month: 10, day: 15)))
        article.reviewed = LocalDay(year: 2026, month: 1, day: 31)
        article.reviewMonths = 1
        #expect(article.reviewDue == LocalDay(year: 2026, month: 2, day: 28))
    }
}
