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

    @Test("Every word counts and none blocks: 'fel soptunna' finds avfall, 'bygglov dagis' finds both")
    func everyWordCounts() {
        #expect(top("fel soptunna") == "avfall")
        #expect(top("soptunna fel") == "avfall")
        // Issue 17: one word the catalogue lacks used to hide every match.
        #expect(Set(search.search("bygglov dagis").map(\.category.id)) == ["bygglov", "forskoleplats"])
        #expect(top("bygga xyzzy") == "bygglov")
    }

    @Test("Filler words neither match nor block; alone they still search, as the start of a word")
    func fillerWords() {
        #expect(top("jag vill ha dagis") == "forskoleplats")
        #expect(top("för") == "forskoleplats")
    }

    @Test("A category matching more words ranks first; the words it missed are named")
    func moreWordsRankFirst() throws {
        let matches = search.search("soptunna socialbidrag försörjningsstöd")
        #expect(matches.first?.category.id == "ekonomiskt_bistand")
        #expect(matches.first?.missed == ["soptunna"])
        #expect(search.unmatchedWords("soptunna xyzzy om qqqq xyzzy") == ["xyzzy", "qqqq"])
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

    /// The search's distance fills only a band around the diagonal and stops early; against
    /// the plain full table it must agree on every distance within the limit and say "more"
    /// for every other one.
    @Test func bandedAgreesWithTheFullTable() {
        func full(_ s: [UInt32], _ t: [UInt32]) -> Int {
            var d = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
            for i in 0...s.count { d[i][0] = i }
            for j in 0...t.count { d[0][j] = j }
            for i in stride(from: 1, through: s.count, by: 1) {
                for j in stride(from: 1, through: t.count, by: 1) {
                    d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1))
                    if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
                }
            }
            return d[s.count][t.count]
        }
        var generator = SeededGenerator(seed: 8)
        func word() -> [UInt32] { (0..<Int.random(in: 0...10, using: &generator)).map { _ in UInt32.random(in: 97...100, using: &generator) } }
        for _ in 0..<20_000 {
            let (s, t) = (word(), word())
            let expected = full(s, t)
            for limit in [0, 1, 2, 3, Int.max] {
                let banded = EditDistance.distance(s, t[...], limit: limit)
                if expected <= limit {
                    #expect(banded == expected, "\(s) \(t) limit \(limit)")
                } else {
                    #expect(banded > limit, "\(s) \(t) limit \(limit)")
                }
            }
        }
    }

    @Test func folding() {
        #expect(TextFolding.fold("Förskola ÅÄÖ é") == "forskola aao e")
        #expect(TextFolding.words("Fel på gatlykta!") == ["fel", "pa", "gatlykta"])
    }
}
