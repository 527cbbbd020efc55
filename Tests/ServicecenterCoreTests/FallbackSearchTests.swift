import Testing
@testable import ServicecenterCore

/// A search that matches nothing still lets the contact be logged: the router offers the
/// fallback category (Övrig fråga) alone, with the typed words as missed (issue 17).
@Suite("Routing: the fallback category")
struct FallbackSearchTests {
    static let configuration: Configuration = {
        var configuration = Fixtures.configuration
        configuration.categories.append(Category(
            id: "ovrigt", name: "Övrig fråga", sector: "social", keywords: ["övrigt"], resolvable: true, fallback: true))
        return configuration
    }()

    @Test("Words that match nothing give the fallback alone, every meaningful word kept as missed")
    func nothingMatches() throws {
        let router = Router(configuration: Self.configuration)
        let offered = router.categoriesOrFallback(matching: "Jag vill ha qwxyz zzkk")
        #expect(offered.map(\.category.id) == ["ovrigt"])
        #expect(offered.first?.words.isEmpty == true)
        #expect(offered.first?.missed == ["qwxyz", "zzkk"])
        #expect(router.categories(matching: "qwxyz zzkk").isEmpty)
    }

    @Test("A search whose every word matches gives its matches, not the fallback; an empty one gives nothing")
    func somethingMatches() {
        let router = Router(configuration: Self.configuration)
        #expect(router.categoriesOrFallback(matching: "dagis").first?.category.id == "forskoleplats")
        #expect(!router.categoriesOrFallback(matching: "jag vill ha dagis").contains { $0.category.id == "ovrigt" })
        #expect(router.categoriesOrFallback(matching: "  ").isEmpty)
    }

    @Test("A word no category matches puts the fallback last, so a stray match cannot hide it")
    func partlyMatched() throws {
        let router = Router(configuration: Self.configuration)
        let offered = router.categoriesOrFallback(matching: "hundskatt för dagis")
        #expect(offered.first?.category.id == "forskoleplats")
        let last = try #require(offered.last)
        #expect(last.category.id == "ovrigt" && last.words.isEmpty && last.missed == ["hundskatt"])
        #expect(router.categoriesOrFallback(matching: "hundskatt dagis", limit: 1).map(\.category.id) == ["ovrigt"])
        // Searched for by its own search word, it is listed once, as a match.
        #expect(router.categoriesOrFallback(matching: "övrigt hundskatt").filter { $0.category.id == "ovrigt" }.count == 1)
    }

    @Test("Without a fallback in the catalogue, nothing is offered")
    func noFallback() {
        #expect(Router(configuration: Fixtures.configuration).categoriesOrFallback(matching: "qwxyz").isEmpty)
    }

    @Test("The gap a contact shows: only under the fallback, only the words no category matches, each once")
    func gap() {
        let gaps = CatalogueGaps(configuration: Self.configuration)
        var contact = Fixtures.contact(category: "ovrigt")
        contact.subject = "Bostadsbidrag för dagis, BOSTADSBIDRAG"
        #expect(gaps.gap(for: contact) == ["bostadsbidrag"])
        contact.subject = "Glasögon linser"
        #expect(gaps.gap(for: contact) == ["glasogon", "linser"])
        contact.subject = "dagis"
        #expect(gaps.gap(for: contact) == [])
        contact.subject = nil
        #expect(gaps.gap(for: contact) == [])
        var other = Fixtures.contact(category: "avfall")
        other.subject = "qwxyz"
        #expect(gaps.gap(for: other) == [])
    }

    @Test("What masking left, digits, single letters and filler words are not gap words")
    func notWords() {
        let gaps = CatalogueGaps(configuration: Self.configuration)
        var contact = Fixtures.contact(category: "ovrigt")
        contact.subject = "glasögon 850101-**** 070-*** ** ** ***@example.se 2026-1234 k9 x om jag vill"
        #expect(gaps.gap(for: contact) == ["glasogon"])
        // A search of filler words only lists categories (a prefix being typed), but is no gap.
        contact.subject = "om jag vill"
        #expect(gaps.gap(for: contact) == [])
    }
}
