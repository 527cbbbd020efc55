import Testing
import ServicecenterConfigFiles
import ServicecenterCore

/// Every name and search word of the shipped catalogue, typed the way a guide on the phone
/// types it, still finds its own category among the first three: with the words shuffled,
/// with a filler word added, with one typo per word, without å, ä and ö, and all of these
/// at once. A typo is made only where the search promises to forgive one (words of four
/// letters or more, and a dropped letter only from five: `EditDistance.tolerance`).
@Suite("Shipped catalogue: search property")
struct ShippedCatalogueSearchPropertyTests {
    static let top = 3

    enum Variant: String, CaseIterable { case plain, noDiacritics, shuffled, filler, typo, all }

    struct Miss: CustomStringConvertible {
        var category: String
        var phrase: String
        var query: String
        var variant: Variant
        var found: [String]
        var description: String { "\(category) \"\(phrase)\" as \(variant) \"\(query)\": top \(found)" }
    }

    @Test("Each name and search word, in 6 variants × 4 rounds, ranks its category in the top 3")
    func everyPhraseFindsItsCategory() throws {
        let categories = try ConfigurationLoader.load(directory: ConfigDirectory.shipped).categories
        let search = CategorySearch(categories: categories)
        var generator = SeededGenerator(seed: 17)
        var queries = 0
        var phrases = 0
        var misses: [Miss] = []
        for category in categories {
            for phrase in [category.name] + category.keywords {
                phrases += 1
                var tried: Set<String> = []
                for _ in 0..<4 {
                    for variant in Variant.allCases {
                        let query = Self.vary(phrase, variant, using: &generator)
                        guard tried.insert(query).inserted else { continue }
                        queries += 1
                        let found = search.search(query, limit: Self.top).map(\.category.id)
                        if !found.contains(category.id) {
                            misses.append(Miss(category: category.id, phrase: phrase, query: query, variant: variant, found: found))
                        }
                    }
                }
            }
        }
        // The counts, for the record: 66 categories, 426 phrases, 5,748 distinct queries, 0 misses.
        print("search property: \(categories.count) categories, \(phrases) phrases, \(queries) queries, \(misses.count) outside the top \(Self.top)")
        #expect(phrases > 400)
        #expect(queries > 4_000)
        #expect(misses.isEmpty, Comment(rawValue: "\(misses.count) of \(queries):\n" + misses.prefix(40).map(\.description).joined(separator: "\n")))
    }

    static let fillers = ["om", "jag vill", "för", "att", "en", "på", "har", "i", "till", "med"]

    static func vary(_ phrase: String, _ variant: Variant, using generator: inout SeededGenerator) -> String {
        switch variant {
        case .plain:
            return phrase
        case .noDiacritics:
            return TextFolding.fold(phrase)
        case .shuffled:
            return phrase.split(separator: " ").map(String.init).shuffled(using: &generator).joined(separator: " ")
        case .filler:
            var words = phrase.split(separator: " ").map(String.init)
            words.insert(fillers.randomElement(using: &generator)!, at: Int.random(in: 0...words.count, using: &generator))
            return words.joined(separator: " ")
        case .typo:
            return TextFolding.words(phrase).map { typo(in: $0, using: &generator) }.joined(separator: " ")
        case .all:
            var words = TextFolding.words(phrase).map { typo(in: $0, using: &generator) }.shuffled(using: &generator)
            words.insert(fillers.randomElement(using: &generator)!, at: Int.random(in: 0...words.count, using: &generator))
            return TextFolding.fold(words.joined(separator: " "))
        }
    }

    /// One slip in `word`: a letter swapped with its neighbour, replaced, added or dropped.
    static func typo(in word: String, using generator: inout SeededGenerator) -> String {
        var letters = Array(word)
        guard letters.count >= 4 else { return word }
        let letter = Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &generator)))
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            let index = Int.random(in: 0..<(letters.count - 1), using: &generator)
            letters.swapAt(index, index + 1)
        case 1:
            letters[Int.random(in: 0..<letters.count, using: &generator)] = letter
        case 2:
            letters.insert(letter, at: Int.random(in: 0...letters.count, using: &generator))
        default:
            guard letters.count >= 5 else { return typo(in: word, using: &generator) }
            letters.remove(at: Int.random(in: 0..<letters.count, using: &generator))
        }
        return String(letters)
    }
}
