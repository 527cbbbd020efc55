import ServicecenterCore

/// What `servicecenter stats gaps` says: the catalogue gap report's columns and its empty case.
protocol GapStrings: Sendable {
    /// The text table's header: the words asked, how often, when last.
    var gapColumns: [String] { get }
    /// No question went unmatched in the period.
    func noGaps(from: LocalDay, through: LocalDay) -> String
}

/// The table for `language`; a switch, so a third language cannot fall silently to English.
func gapStrings(for language: Language) -> any GapStrings {
    switch language {
    case .swedish: SwedishGapStrings()
    case .english: EnglishGapStrings()
    }
}

/// Svenska.
struct SwedishGapStrings: GapStrings {
    init() {}
    var gapColumns: [String] { ["Sökord utan ärendetyp", "Antal", "Senast"] }
    func noGaps(from: LocalDay, through: LocalDay) -> String {
        "Inga sökningar utan träff sparades som Övrig fråga \(from) – \(through)."
    }
}

/// English.
struct EnglishGapStrings: GapStrings {
    init() {}
    var gapColumns: [String] { ["Word without a category", "Count", "Last seen"] }
    func noGaps(from: LocalDay, through: LocalDay) -> String {
        "No search without a match was saved as Övrig fråga (other question) \(from) – \(through)."
    }
}
