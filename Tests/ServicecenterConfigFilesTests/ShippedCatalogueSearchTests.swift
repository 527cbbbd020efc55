import Testing
import ServicecenterConfigFiles
import ServicecenterCore

/// What a guide types when the citizen says it (issue 17): several words, in any order, with
/// filler words and without å, ä, ö. On main each of these found nothing ("Ingen ärendetyp
/// matchar"), since every word had to match one category.
@Suite("Shipped catalogue: the guide's words are found")
struct ShippedCatalogueSearchTests {
    static let search = CategorySearch(categories: try! ConfigurationLoader.load(directory: ConfigDirectory.shipped).categories)

    @Test("A citizen's words find the category that answers them", arguments: [
        ("ansoka om bygglov", "bygglov"),
        ("bygglov ansokan", "bygglov"),
        ("jag vill ansöka om bygglov", "bygglov"),
        ("missad hamtning", "avfall"),
        ("hyra lokal", "forening"),
        ("bostadsbidrag", "forsakringskassan"),
        ("skilsmassa", "familjeratt"),
        ("skilsmässa och vårdnad", "familjeratt"),
    ])
    func found(query: String, category: String) {
        #expect(Self.search.search(query).first?.category.id == category, "\(query): \(Self.search.search(query).prefix(3).map(\.category.id))")
    }

    @Test("A word that matches nothing does not hide the words that do")
    func noWordBlocks() throws {
        let match = try #require(Self.search.search("bygglov qwxyz").first)
        #expect(match.category.id == "bygglov")
        #expect(match.missed == ["qwxyz"])
        #expect(Self.search.unmatchedWords("jag vill ha qwxyz bygglov qwxyz") == ["qwxyz"])
    }

    @Test("More words matched ranks above one word matched better")
    func moreWordsFirst() {
        // "lokal" alone is as good for Föreningsbidrag as "hyra" is for Ekonomiskt bistånd
        // ("hyra räcker inte"); both words only meet in "hyra lokal".
        let ids = Self.search.search("hyra lokal").map(\.category.id)
        #expect(ids.first == "forening")
        #expect(ids.contains("ekonomiskt_bistand"))
    }
}
