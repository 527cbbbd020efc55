/// The gaps in the knowledge, in figures (`servicecenter stats --by knowledge`): whether the
/// articles a guide opened go with more matters resolved at first contact, which categories
/// want an article written or reviewed next, which articles nobody opened, and what guides
/// searched for in vain.
///
/// FCR is the house's: resolved at first contact ÷ all contacts (`ContactSummary`). A contact
/// counts "with article" when the guide opened at least one article during it, whichever.
public struct KnowledgeGaps: Sendable {
    /// One category's contacts in the period, split by whether an article was opened.
    public struct CategoryUse: Hashable, Sendable {
        public var category: String
        public var withArticle = 0
        public var resolvedWithArticle = 0
        public var withoutArticle = 0
        public var resolvedWithoutArticle = 0
        /// Contacts forwarded because the guide could not answer (`ForwardReason.couldNotAnswer`).
        public var couldNotAnswer = 0
        /// Articles opened, counting each article once per contact.
        public var articlesOpened = 0

        public init(category: String) {
            self.category = category
        }

        public var contacts: Int { withArticle + withoutArticle }
        public var resolved: Int { resolvedWithArticle + resolvedWithoutArticle }
        public var fcr: Double? { Self.share(resolved, of: contacts) }
        public var fcrWithArticle: Double? { Self.share(resolvedWithArticle, of: withArticle) }
        public var fcrWithoutArticle: Double? { Self.share(resolvedWithoutArticle, of: withoutArticle) }

        static func share(_ part: Int, of whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
    }

    /// What a category lacks: no article at all, or only ones past their review date.
    public enum Lack: String, Hashable, Sendable {
        case noArticle = "no_article"
        case onlyStale = "only_stale"
    }

    /// A category to write (or review) an article for next.
    public struct Gap: Hashable, Sendable {
        public var use: CategoryUse
        public var lack: Lack
        /// Its FCR is below the servicecenter's own in the period.
        public var lowFCR: Bool
        /// Many of its contacts were handed over because the guide could not answer.
        public var manyCouldNotAnswer: Bool
    }

    /// The fewest contacts a category needs in the period before it is called a gap: below
    /// that, one unlucky day decides its FCR.
    public static let minimumContacts = 5
    /// The share of "could not answer" hand-overs that counts as many (at least two contacts).
    public static let manyCouldNotAnswerShare = 0.1

    /// Per category with contacts in the period: most contacts first, then by id.
    public var categories: [CategoryUse]
    /// The categories to write for next: lowest FCR first, then most contacts, then by id.
    public var gaps: [Gap]
    /// The period's FCR over all its contacts, what "low" is measured against.
    public var overallFCR: Double?
    /// The articles no contact of the period opened, by id.
    public var unopened: [KnowledgeArticle]
    /// The searches at the desk that matched no article, as the store counted them.
    public var searches: [UnmatchedSearch]

    /// The figures of `contacts` (a period's, with `articles` filled) against `articles` as
    /// they are on `today` (staleness is today's: the admin writes for now).
    public init(contacts: some Collection<Contact>, articles: [KnowledgeArticle], searches: [UnmatchedSearch], today: LocalDay) {
        var uses: [String: CategoryUse] = [:]
        var opened: Set<String> = []
        var resolved = 0
        for contact in contacts {
            var use = uses[contact.category] ?? CategoryUse(category: contact.category)
            let isResolved = contact.resolution == .resolved
            if isResolved { resolved += 1 }
            let articleIDs = Set(contact.articles)
            opened.formUnion(articleIDs)
            use.articlesOpened += articleIDs.count
            if articleIDs.isEmpty {
                use.withoutArticle += 1
                if isResolved { use.resolvedWithoutArticle += 1 }
            } else {
                use.withArticle += 1
                if isResolved { use.resolvedWithArticle += 1 }
            }
            if case .forwarded(_, .couldNotAnswer) = contact.resolution { use.couldNotAnswer += 1 }
            uses[contact.category] = use
        }
        categories = uses.values.sorted { ($1.contacts, $0.category) < ($0.contacts, $1.category) }
        overallFCR = CategoryUse.share(resolved, of: contacts.count)
        let overall = overallFCR
        gaps = categories.compactMap { use -> Gap? in
            guard use.contacts >= Self.minimumContacts else { return nil }
            let serving = articles.filter { $0.categories.contains(use.category) }
            let lack: Lack
            if serving.isEmpty {
                lack = .noArticle
            } else if serving.allSatisfy({ Self.isStale($0, on: today) }) {
                lack = .onlyStale
            } else {
                return nil
            }
            let low = (use.fcr ?? 0) < (overall ?? 0)
            let many = use.couldNotAnswer >= 2 && Double(use.couldNotAnswer) >= Self.manyCouldNotAnswerShare * Double(use.contacts)
            guard low || many else { return nil }
            return Gap(use: use, lack: lack, lowFCR: low, manyCouldNotAnswer: many)
        }.sorted { ($0.use.fcr ?? 0, $1.use.contacts, $0.use.category) < ($1.use.fcr ?? 0, $0.use.contacts, $1.use.category) }
        unopened = articles.filter { !opened.contains($0.id) }.sorted { $0.id < $1.id }
        self.searches = searches
    }

    /// Whether `article` is past its review date on `day`: `reviewed` plus `reviewMonths`
    /// months (the day held to the month's length: 31 January + 1 month is 28 or 29 February)
    /// is before `day`.
    public static func isStale(_ article: KnowledgeArticle, on day: LocalDay) -> Bool {
        let months = article.reviewed.year * 12 + (article.reviewed.month - 1) + article.reviewMonths
        let year = months / 12, month = months % 12 + 1
        let due = LocalDay(year: year, month: month, day: min(article.reviewed.day, daysIn(month: month, year: year)))
        return due < day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
