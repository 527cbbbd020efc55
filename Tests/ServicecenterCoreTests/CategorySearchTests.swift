import Testing
@testable import ServicecenterCore

@Suite("Category search")
struct CategorySearchTests {
    let search = CategorySearch(categories: Fixtures.configuration.categories)

    func top(_ query: String) -> String? { search.search(query).first?.category.id }

    @Test("Förskola is found with and without å/ä/ö, in any case, and through a typo",
          arguments: ["förskola", "forskola", "förskla", "FÖRSKOLA", "Forskola", "förksola", "dagis"])
    func findsForskola(query: String) {
        #expect(top(query) == "forskoleplats")
    }

    @Test("A word being typed finds its category by prefix")
    func prefix() {
        #expect(top("förs") == "forskoleplats")
        #expect(top("bygg") == "bygglov")
        #expect(top("sop") == "avfall")
    }

    @Test("A part of a compound word finds the category")
    func inside() {
        #expect(top("hämtning") == "avfall")
    }

    @Test("Typos in longer words are tolerated: byglov, sophämning, ekonomist")
    func typos() {
        #expect(top("byglov") == "bygglov")
        #expect(top("sophämning") == "avfall")
        #expect(top("ekonomist") == "ekonomiskt_bistand")
    }

    @Test("Every typed word must match: 'fel soptunna' finds avfall, 'bygglov dagis' finds nothing")
    func allWordsMustMatch() {
        #expect(top("fel soptunna") == "avfall")
        #expect(search.search("bygglov dagis").isEmpty)
    }

    @Test("Unrelated or empty input finds nothing; short words are not fuzzed into noise")
    func nothing() {
        #expect(search.search("").isEmpty)
        #expect(search.search("   ").isEmpty)
        #expect(search.search("xyzzy").isEmpty)
        #expect(search.search("ab").isEmpty)
    }

    @Test("An exact match ranks above a typo match")
    func ranking() {
        let matches = search.search("bygga")
        #expect(matches.first?.category.id == "bygglov")
        #expect(matches.first?.words.first?.kind == .exact)
    }

    @Test("The explanation says which word matched what, and how")
    func explanation() throws {
        let match = try #require(search.search("förskla").first)
        let word = try #require(match.words.first)
        #expect(word.typed == "forskla")
        #expect(word.matched == "förskola")
        #expect(word.source == .keyword)
        #expect(word.kind == .typo(distance: 1))

        let byName = try #require(search.search("Förskoleplats").first?.words.first)
        #expect(byName.source == .name)
        let byNameWord = try #require(search.search("avfall").first?.words.first)
        #expect(byNameWord.source == .nameWord)
        #expect(byName.kind == .exact)
    }

    @Test("The router sends a category to its sector")
    func router() {
        let router = Router(configuration: Fixtures.configuration)
        #expect(router.sector(for: "avfall")?.name == "Tekniska förvaltningen")
        #expect(router.sector(for: "okänd") == nil)
        #expect(router.categories(matching: "socialbidrag").first?.category.sector == "social")
    }
}

@Suite("Edit distance and folding")
struct EditDistanceTests {
    @Test func distances() {
        #expect(EditDistance.distance("forskola", "forskola") == 0)
        #expect(EditDistance.distance("forskla", "forskola") == 1)
        #expect(EditDistance.distance("forksola", "forskola") == 1)
        #expect(EditDistance.distance("kitten", "sitting") == 3)
        #expect(EditDistance.distance("", "abc") == 3)
        #expect(EditDistance.distance("abc", "xyzabcdef", limit: 2) == 3)
    }

    @Test func folding() {
        #expect(TextFolding.fold("Förskola ÅÄÖ é") == "forskola aao e")
        #expect(TextFolding.words("Fel på gatlykta!") == ["fel", "pa", "gatlykta"])
    }
}
