/// The words of the knowledge figures (`servicecenter stats --by knowledge`).
public protocol KnowledgeReportStrings: Sendable {
    func title(from: LocalDay, through: LocalDay) -> String
    /// The period's FCR over all contacts, what a category's is compared with.
    func overall(fcr: String, contacts: Int) -> String
    var categoryColumns: [String] { get }
    var gapsHeading: String { get }
    var gapColumns: [String] { get }
    func lack(_ lack: KnowledgeGaps.Lack) -> String
    /// Why a category is listed: low FCR, many "could not answer", or both.
    func reason(lowFCR: Bool, manyCouldNotAnswer: Bool) -> String
    var noGaps: String { get }
    var unopenedHeading: String { get }
    var unopenedColumns: [String] { get }
    var noUnopened: String { get }
    var searchesHeading: String { get }
    var searchColumns: [String] { get }
    var noSearches: String { get }
    var noContacts: String { get }
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
public func knowledgeReportStrings(for language: Language) -> any KnowledgeReportStrings {
    switch language {
    case .swedish: SwedishKnowledgeReportStrings()
    case .english: EnglishKnowledgeReportStrings()
    }
}

/// Svenska.
public struct SwedishKnowledgeReportStrings: KnowledgeReportStrings {
    public init() {}
    public func title(from: LocalDay, through: LocalDay) -> String { "Kunskapsbanken \(from) – \(through)" }
    public func overall(fcr: String, contacts: Int) -> String { "Lösningsgrad för alla \(contacts) kontakter: \(fcr)" }
    public var categoryColumns: [String] {
        ["Ärendetyp", "Kontakter", "Med art.", "Lösn. med", "Utan art.", "Lösn. utan", "Kunde ej svara", "Öppnade"]
    }
    public var gapsHeading: String {
        "Skriv härnäst (minst \(KnowledgeGaps.minimumContacts) kontakter, låg lösningsgrad eller många \"kunde inte svara\", ingen eller bara inaktuell artikel):"
    }
    public var gapColumns: [String] { ["Ärendetyp", "Kontakter", "Lösningsgrad", "Kunde inte svara", "Artikel", "Varför"] }
    public func lack(_ lack: KnowledgeGaps.Lack) -> String {
        switch lack {
        case .noArticle: "ingen"
        case .onlyStale: "bara inaktuell"
        }
    }
    public func reason(lowFCR: Bool, manyCouldNotAnswer: Bool) -> String {
        [lowFCR ? "låg lösningsgrad" : nil, manyCouldNotAnswer ? "många kunde inte svara" : nil].compactMap { $0 }.joined(separator: ", ")
    }
    public var noGaps: String { "Ingen ärendetyp saknar artikel och har låg lösningsgrad." }
    public var unopenedHeading: String { "Artiklar som ingen öppnade under perioden:" }
    public var unopenedColumns: [String] { ["Artikel", "Titel", "Förvaltning", "Granskad"] }
    public var noUnopened: String { "Alla artiklar öppnades minst en gång." }
    public var searchesHeading: String { "Sökningar i kunskapsbanken utan träff (internt, maskerat):" }
    public var searchColumns: [String] { ["Sökord", "Antal", "Senast"] }
    public var noSearches: String { "Inga sökningar utan träff." }
    public var noContacts: String { "Inga kontakter under perioden." }
}

/// English.
public struct EnglishKnowledgeReportStrings: KnowledgeReportStrings {
    public init() {}
    public func title(from: LocalDay, through: LocalDay) -> String { "Knowledge base \(from) – \(through)" }
    public func overall(fcr: String, contacts: Int) -> String { "First-contact resolution over all \(contacts) contacts: \(fcr)" }
    public var categoryColumns: [String] {
        ["Category", "Contacts", "With art.", "FCR with", "No art.", "FCR without", "Could not", "Opened"]
    }
    public var gapsHeading: String {
        "Write next (at least \(KnowledgeGaps.minimumContacts) contacts, low FCR or many \"could not answer\", no article or only a stale one):"
    }
    public var gapColumns: [String] { ["Category", "Contacts", "FCR", "Could not answer", "Article", "Why"] }
    public func lack(_ lack: KnowledgeGaps.Lack) -> String {
        switch lack {
        case .noArticle: "none"
        case .onlyStale: "only stale"
        }
    }
    public func reason(lowFCR: Bool, manyCouldNotAnswer: Bool) -> String {
        [lowFCR ? "low FCR" : nil, manyCouldNotAnswer ? "many could not answer" : nil].compactMap { $0 }.joined(separator: ", ")
    }
    public var noGaps: String { "No category lacks an article while its FCR is low." }
    public var unopenedHeading: String { "Articles nobody opened in the period:" }
    public var unopenedColumns: [String] { ["Article", "Title", "Sector", "Reviewed"] }
    public var noUnopened: String { "Every article was opened at least once." }
    public var searchesHeading: String { "Knowledge searches that matched nothing (internal, masked):" }
    public var searchColumns: [String] { ["Words", "Count", "Last"] }
    public var noSearches: String { "No search without a match." }
    public var noContacts: String { "No contacts in the period." }
}
