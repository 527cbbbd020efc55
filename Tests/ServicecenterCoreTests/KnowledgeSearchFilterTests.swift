import Foundation
import Testing
@testable import ServicecenterCore

/// The knowledge search passes over most words on their letters before measuring an edit
/// distance. That shortcut must never lose a match: it is held here to the plain rule (every
/// word of every article compared) on random words and articles.
@Suite("Knowledge search: the letter filter loses nothing")
struct KnowledgeSearchFilterTests {
    /// A small alphabet (with å/ä/ö and a digit) so that random words often come close.
    static let alphabet = Array("abekorstäåö1")

    static func word(_ random: inout SeededGenerator, length: ClosedRange<Int> = 1...11) -> String {
        String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    @Test("Any two words within the typo tolerance: the typed word lacks at most that many of the other's letters")
    func letterSetIsNecessary() {
        var random = SeededGenerator(seed: 22)
        for _ in 0..<20_000 {
            let typed = Array(TextFolding.fold(Self.word(&random)).unicodeScalars.map(\.value))
            let other = Array(TextFolding.fold(Self.word(&random)).unicodeScalars.map(\.value))
            let tolerance = EditDistance.tolerance(forLength: typed.count)
            let distance = EditDistance.distance(typed, other[...], limit: 3)
            if distance <= tolerance {
                #expect(LetterSet(typed).missing(from: LetterSet(other)) <= tolerance, "\(typed) \(other)")
            }
        }
    }

    /// Best score per article and typed word, every article word compared: the search's rule without its index.
    static func plain(_ articles: [KnowledgeArticle], _ query: String) -> [String: (words: Int, score: Int)] {
        let typed = FillerWords.meaningful(TextFolding.words(query)).map { $0.unicodeScalars.map(\.value) }
        var found: [String: (words: Int, score: Int)] = [:]
        for article in articles {
            let title = Set(TextFolding.words(article.title))
            let words = title.union(MarkdownDocument(article.body).blocks.flatMap { TextFolding.words($0.plainText) })
            var matched = 0, score = 0
            for scalars in typed {
                let best = words.compactMap { word -> Int? in
                    guard let kind = CategorySearch.kind(of: scalars, against: CategorySearch.Term(folded: word, original: word, source: .keyword))
                    else { return nil }
                    return kind.baseScore + (title.contains(word) ? KnowledgeSearch.titleBonus : 0)
                }.max()
                if let best { matched += 1; score += best }
            }
            if matched > 0 { found[article.id] = (matched, score) }
        }
        return found
    }

    @Test("Random articles and queries: the same articles found, with the same words matched and scores, as the plain rule")
    func sameAsPlainRule() {
        var random = SeededGenerator(seed: 2_000)
        for _ in 0..<60 {
            let articles = (0..<Int.random(in: 1...12, using: &random)).map { index in
                KnowledgeSearchTests.article(
                    "a\(index)", (0..<3).map { _ in Self.word(&random) }.joined(separator: " "),
                    (0..<30).map { _ in Self.word(&random) }.joined(separator: Bool.random(using: &random) ? " " : "\n\n"))
            }
            let search = KnowledgeSearch(articles: articles)
            for _ in 0..<20 {
                let query = (0..<Int.random(in: 1...3, using: &random)).map { _ in Self.word(&random, length: 1...9) }.joined(separator: " ")
                let expected = Self.plain(articles, query)
                let found = search.search(query, limit: articles.count)
                #expect(found.count == expected.count, "\(query)")
                for match in found {
                    #expect(expected[match.article.id]?.words == match.wordsMatched && expected[match.article.id]?.score == match.score,
                            "\(query) in \(match.article.id)")
                }
            }
        }
    }
}
