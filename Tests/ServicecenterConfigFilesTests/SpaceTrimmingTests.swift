import Foundation
import Testing
@testable import ServicecenterConfigFiles
@testable import ServicecenterCore

/// The knowledge loader trims front-matter lines in Swift, not through Foundation: it must
/// trim exactly what `trimmingCharacters(in: .whitespaces)` trims, for any text.
@Suite("Knowledge: trimming spaces as Foundation does")
struct SpaceTrimmingTests {
    /// Spaces of every kind Unicode has, and characters near them that are not spaces.
    static let pieces: [String] = [
        " ", "\t", "\u{00A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}",
        "\n", "\r", "\u{200B}", "\u{FEFF}", "\u{0085}", "\u{2028}", "a", "å", "é", "e\u{301}", ":", ",", "🙂", "x y",
    ]

    @Test("Random texts of spaces, line breaks, zero-width characters and letters, 5,000 of them")
    func asFoundation() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let sub = Substring(text)
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("A front matter indented with tabs and no-break spaces reads as one written plainly")
    func frontMatter() {
        let plain = "---\ntitle: Avfall\ncategories: avfall, bygglov\nsector: teknik\nreviewed: 2026-01-10\n---\nText\n"
        let spaced = "---\n\ttitle :\u{00A0}Avfall \ncategories:\u{3000}avfall ,\tbygglov\nsector: teknik\t\nreviewed: 2026-01-10\n---\nText\n"
        let catalogue = KnowledgeLoader.Catalogue(categories: ["avfall", "bygglov"], sectors: ["teknik"])
        let one = KnowledgeLoader.parse(Data(plain.utf8), file: "a.md", id: "avfall", catalogue: catalogue)
        let other = KnowledgeLoader.parse(Data(spaced.utf8), file: "a.md", id: "avfall", catalogue: catalogue)
        #expect(one.0 != nil && one.0 == other.0)
    }
}
