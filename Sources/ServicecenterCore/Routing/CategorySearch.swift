/// Finds categories from the words a guide types, ranked, each with the reason it matched.
///
/// Each typed word is matched against the words of the category's name and search words:
/// exactly, as the start of a word (the guide is still typing), inside a compound
/// ("hämtning" in "sophämtning"), or within a typo tolerance. A guide types what the citizen
/// says ("ansöka om bygglov", "bygglov ansökan"), so every word counts, in any order, and no
/// word blocks a match: a category is found when any word matches it, and ranked first by
/// how many words it matched, then by how well. Filler words ("om", "jag vill") are left
/// out (`FillerWords`). Name matches weigh more than search words.
public struct CategorySearch: Sendable {
    /// One searchable word of a category, folded, and where it came from.
    struct Term: Sendable {
        var original: String
        var source: MatchSource
        /// The folded text as scalar values, which every comparison works on.
        var scalars: [UInt32]

        init(folded: String, original: String, source: MatchSource) {
            self.original = original
            self.source = source
            self.scalars = folded.unicodeScalars.map(\.value)
        }
    }

    struct Entry: Sendable {
        var category: Category
        var terms: [Term]
    }

    let entries: [Entry]

    public init(categories: [Category]) {
        entries = categories.map { category in
            var terms: [Term] = []
            let nameWords = category.name.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            for word in nameWords {
                let source: MatchSource = nameWords.count == 1 ? .name : .nameWord
                terms.append(Term(folded: TextFolding.fold(String(word)), original: String(word), source: source))
            }
            for keyword in category.keywords {
                // A search word may be a phrase ("fel på gatlykta"): match its words too.
                let words = TextFolding.words(keyword)
                if words.count > 1 {
                    for word in words { terms.append(Term(folded: word, original: keyword, source: .keywordPhrase)) }
                }
                terms.append(Term(folded: TextFolding.fold(keyword), original: keyword, source: .keyword))
            }
            return Entry(category: category, terms: terms)
        }
    }

    /// Categories matching any word of `query`, best first (most words matched, then the
    /// best matches); an empty query, or one whose words match nothing, gives none.
    public func search(_ query: String, limit: Int = 20) -> [CategoryMatch] {
        let words = FillerWords.meaningful(TextFolding.words(query))
        guard !words.isEmpty else { return [] }
        let wordScalars = words.map { $0.unicodeScalars.map(\.value) }
        var matches: [CategoryMatch] = []
        for entry in entries {
            var explanations: [WordMatch] = []
            var missed: [String] = []
            var score = 0
            for (word, scalars) in zip(words, wordScalars) {
                if let best = bestMatch(of: word, scalars: scalars, in: entry.terms) {
                    explanations.append(best)
                    score += best.score
                } else {
                    missed.append(word)
                }
            }
            if !explanations.isEmpty {
                matches.append(CategoryMatch(category: entry.category, score: score, words: explanations, missed: missed))
            }
        }
        matches.sort { lhs, rhs in
            if lhs.words.count != rhs.words.count { return lhs.words.count > rhs.words.count }
            return lhs.score != rhs.score ? lhs.score > rhs.score : lhs.category.name < rhs.category.name
        }
        return Array(matches.prefix(limit))
    }

    /// The meaningful words of `query` (folded, fillers left out) that match no category at
    /// all: what the catalogue lacks, in the order typed, each once.
    public func unmatchedWords(_ query: String) -> [String] {
        var seen: Set<String> = []
        return FillerWords.meaningful(TextFolding.words(query)).filter { word in
            seen.insert(word).inserted && matchesNoCategory(word)
        }
    }

    /// Whether the folded `word` matches no category's search word at all, as the search
    /// would judge it (typos, prefixes and inner parts included).
    public func matchesNoCategory(_ word: String) -> Bool {
        let scalars = word.unicodeScalars.map(\.value)
        return !entries.contains { bestMatch(of: word, scalars: scalars, in: $0.terms) != nil }
    }

    func bestMatch(of word: String, scalars: [UInt32], in terms: [Term]) -> WordMatch? {
        var best: WordMatch?
        for term in terms {
            guard let kind = Self.kind(of: scalars, against: term) else { continue }
            let candidate = WordMatch(typed: word, matched: term.original, source: term.source, kind: kind)
            if best == nil || candidate.score > best!.score { best = candidate }
        }
        return best
    }

    /// Whether `needle` occurs in `haystack`. Plain scanning: the words are short, and
    /// Foundation's String.contains goes through NSString and cost most of a search.
    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var index = 1
            while index < needle.count, haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }

    static func kind(of scalars: [UInt32], against term: Term) -> MatchKind? {
        // Scalars, not Strings: both sides are folded alike, and String's comparisons check
        // canonical equivalence on every call.
        if scalars == term.scalars { return .exact }
        if term.scalars.starts(with: scalars) { return .prefix }
        if scalars.count >= 4, Self.contains(term.scalars, scalars) { return .inside }
        let tolerance = EditDistance.tolerance(forLength: scalars.count)
        guard tolerance > 0 else { return nil }
        // Compare against the whole term, and against its start while the guide is still typing.
        if abs(term.scalars.count - scalars.count) <= tolerance {
            let whole = EditDistance.distance(scalars, term.scalars[...], limit: tolerance)
            if whole <= tolerance { return .typo(distance: whole) }
        }
        if term.scalars.count > scalars.count {
            let partial = EditDistance.distance(scalars, term.scalars.prefix(scalars.count), limit: tolerance)
            if partial <= tolerance { return .typoPrefix(distance: partial) }
        }
        return nil
    }
}

/// A category the search found, with how well and why.
public struct CategoryMatch: Sendable {
    public var category: Category
    public var score: Int
    /// One entry per typed word that matched: what it matched.
    public var words: [WordMatch]
    /// The typed words (folded) that matched nothing of this category.
    public var missed: [String]

    public init(category: Category, score: Int, words: [WordMatch], missed: [String] = []) {
        self.category = category
        self.score = score
        self.words = words
        self.missed = missed
    }
}

/// Which part of a category a word matched.
///
/// A word that is a whole name or search word is stronger evidence than one word of a
/// longer one: "förskola" means Förskoleplats (search word "förskola") before it means
/// "Avgift för förskola och fritids".
public enum MatchSource: String, Sendable {
    /// The whole one-word name.
    case name
    /// One word of a longer name.
    case nameWord
    /// A whole search word.
    case keyword
    /// One word of a search phrase ("förskola" in "avgift förskola").
    case keywordPhrase

    var bonus: Int {
        switch self {
        case .name: 10
        case .keyword: 6
        case .nameWord: 4
        case .keywordPhrase: 0
        }
    }
}

/// How a typed word met a category's word.
public enum MatchKind: Hashable, Sendable {
    case exact
    case prefix
    case inside
    case typo(distance: Int)
    case typoPrefix(distance: Int)

    var baseScore: Int {
        switch self {
        case .exact: 100
        case .prefix: 80
        case .inside: 55
        case .typo(let distance): 70 - 15 * distance
        case .typoPrefix(let distance): 60 - 15 * distance
        }
    }
}

/// The explanation for one typed word: "förskla" ≈ "Förskola" (name, one typo).
public struct WordMatch: Sendable {
    public var typed: String
    public var matched: String
    public var source: MatchSource
    public var kind: MatchKind

    public var score: Int { kind.baseScore + source.bonus }
}
