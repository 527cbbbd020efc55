/// Finds knowledge articles by the words a guide types, as tolerant as the category search:
/// the same folding (no case, no å/ä/ö), the same filler words, and each typed word matched to
/// a word of the article exactly, as its start, inside a compound or within the typo
/// tolerance (`CategorySearch.kind`). Ranked by how many typed words an article matched,
/// then how well (a word of the title counts more), with the lines that matched.
///
/// Built once for the configuration's articles: every distinct word of every article is
/// compared once per typed word, not once per article that holds it, so 2,000 articles stay
/// well inside a frame per keystroke.
public struct KnowledgeSearch: Sendable {
    struct Entry: Sendable {
        var article: KnowledgeArticle
        /// The body's blocks as plain text, and the words (vocabulary ids) of each.
        var lines: [String]
        var lineWords: [[Int32]]
    }

    /// An article that holds a vocabulary word, and whether its title does.
    struct Posting: Sendable {
        var article: Int32
        var inTitle: Bool
    }

    let entries: [Entry]
    /// Every distinct folded word of the articles, as the category search's terms.
    let vocabulary: [CategorySearch.Term]
    /// Each vocabulary word's letters as a set (`LetterSet`): a word that lacks more of a typed
    /// word's letters than its typo tolerance cannot match it, and most words are passed over
    /// on that one comparison instead of an edit distance.
    let letters: [LetterSet]
    /// For each vocabulary word, the articles that hold it (each once).
    let postings: [[Posting]]
    /// Each article's place in title order: ties in a ranking are broken by it, and the lists
    /// without a search are read from it, with no string comparisons at a keystroke.
    let titleRank: [Int32]
    let inTitleOrder: [Int32]
    /// Per category id, its articles in title order.
    let byCategory: [String: [Int32]]

    /// How much more a typed word weighs when it matched a word of the title.
    static let titleBonus = 15

    public init(articles: [KnowledgeArticle]) {
        var known: [String: Int32] = [:]
        var vocabulary: [CategorySearch.Term] = []
        var postings: [[Posting]] = []
        func wordIDs(of text: String, article: Int32, inTitle: Bool) -> [Int32] {
            TextFolding.words(text).map { word in
                let id: Int32
                if let seen = known[word] {
                    id = seen
                } else {
                    id = Int32(vocabulary.count)
                    known[word] = id
                    vocabulary.append(CategorySearch.Term(folded: word, original: word, source: .keyword))
                    postings.append([])
                }
                // The title is read first, so an article's posting is made by its title if it has the word there.
                if postings[Int(id)].last?.article != article { postings[Int(id)].append(Posting(article: article, inTitle: inTitle)) }
                return id
            }
        }
        var entries: [Entry] = []
        for (index, article) in articles.enumerated() {
            let number = Int32(index)
            _ = wordIDs(of: article.title, article: number, inTitle: true)
            let lines = MarkdownDocument(article.body).blocks.map(\.plainText)
            let lineWords = lines.map { wordIDs(of: $0, article: number, inTitle: false) }
            entries.append(Entry(article: article, lines: lines, lineWords: lineWords))
        }
        self.entries = entries
        self.vocabulary = vocabulary
        letters = vocabulary.map { LetterSet($0.scalars) }
        self.postings = postings
        let order = articles.indices.sorted { (articles[$0].title, $0) < (articles[$1].title, $1) }.map(Int32.init)
        inTitleOrder = order
        var rank = [Int32](repeating: 0, count: articles.count)
        for (place, index) in order.enumerated() { rank[Int(index)] = Int32(place) }
        titleRank = rank
        var byCategory: [String: [Int32]] = [:]
        for index in order {
            for category in Set(articles[Int(index)].categories) { byCategory[category, default: []].append(index) }
        }
        self.byCategory = byCategory
    }

    /// Every article, in title order.
    public var articlesByTitle: [KnowledgeArticle] { inTitleOrder.map { entries[Int($0)].article } }

    /// The articles serving the category `id`, in title order.
    public func articles(serving id: String) -> [KnowledgeArticle] { (byCategory[id] ?? []).map { entries[Int($0)].article } }

    /// The articles matching any meaningful word of `query`, best first; none for an empty
    /// query. Each with up to `lines` of its body that hold a matched word.
    public func search(_ query: String, limit: Int = 20, lines lineLimit: Int = 2) -> [KnowledgeMatch] {
        let words = FillerWords.meaningful(TextFolding.words(query))
        guard !words.isEmpty, !entries.isEmpty else { return [] }
        var matchedWords = [Int](repeating: 0, count: entries.count)
        var scores = [Int](repeating: 0, count: entries.count)
        var matchedVocabulary = [Bool](repeating: false, count: vocabulary.count)
        var best = [Int](repeating: 0, count: entries.count)
        for word in words {
            let scalars = word.unicodeScalars.map(\.value)
            let wanted = LetterSet(scalars)
            let tolerance = EditDistance.tolerance(forLength: scalars.count)
            for index in best.indices { best[index] = 0 }
            for id in vocabulary.indices {
                // Every kind of match needs all but `tolerance` of the typed word's letters, and a
                // word at most `tolerance` shorter.
                guard wanted.missing(from: letters[id]) <= tolerance, vocabulary[id].scalars.count + tolerance >= scalars.count,
                      let kind = CategorySearch.kind(of: scalars, against: vocabulary[id])
                else { continue }
                matchedVocabulary[id] = true
                for posting in postings[id] {
                    let article = Int(posting.article)
                    let score = kind.baseScore + (posting.inTitle ? Self.titleBonus : 0)
                    if score > best[article] { best[article] = score }
                }
            }
            for index in best.indices where best[index] > 0 {
                matchedWords[index] += 1
                scores[index] += best[index]
            }
        }
        let found = entries.indices.filter { matchedWords[$0] > 0 }.sorted { lhs, rhs in
            if matchedWords[lhs] != matchedWords[rhs] { return matchedWords[lhs] > matchedWords[rhs] }
            if scores[lhs] != scores[rhs] { return scores[lhs] > scores[rhs] }
            return titleRank[lhs] < titleRank[rhs]
        }
        return found.prefix(limit).map { index in
            let entry = entries[index]
            var shown: [String] = []
            for (line, ids) in zip(entry.lines, entry.lineWords) where shown.count < lineLimit {
                if let first = ids.firstIndex(where: { matchedVocabulary[Int($0)] }) { shown.append(Self.excerpt(line, fromWord: first)) }
            }
            return KnowledgeMatch(article: entry.article, wordsMatched: matchedWords[index], score: scores[index], lines: shown)
        }
    }

    /// Whether the query has words to search for but no article matches any of them: a search
    /// that shows where an article is missing.
    public func matchesNothing(_ query: String) -> Bool {
        !TextFolding.words(query).isEmpty && search(query, limit: 1, lines: 0).isEmpty
    }

    /// The line from two words before its first matched word, so a match deep in a long
    /// paragraph is on screen: "… ansökan görs i e-tjänsten …".
    static func excerpt(_ line: String, fromWord index: Int) -> String {
        guard index > 2 else { return line }
        var wordsSeen = 0
        var inWord = false
        for position in line.indices {
            let isWordCharacter = line[position].isLetter || line[position].isNumber
            if isWordCharacter, !inWord {
                if wordsSeen == index - 2 {
                    // From the start of its whitespace-separated piece: "e-tjänsten", not "tjänsten".
                    let start = line[..<position].lastIndex(where: \.isWhitespace).map(line.index(after:)) ?? line.startIndex
                    return start == line.startIndex ? line : "… " + line[start...]
                }
                wordsSeen += 1
            }
            inWord = isWordCharacter
        }
        return line
    }
}

/// An article the knowledge search found: how many typed words it matched, how well, and the
/// lines of its body that hold them.
public struct KnowledgeMatch: Sendable {
    public var article: KnowledgeArticle
    public var wordsMatched: Int
    public var score: Int
    public var lines: [String]

    public init(article: KnowledgeArticle, wordsMatched: Int, score: Int, lines: [String]) {
        self.article = article
        self.wordsMatched = wordsMatched
        self.score = score
        self.lines = lines
    }
}
