/// What `servicecenter stats gaps` says: the catalogue gap report's columns and its empty case.
public protocol GapStrings: Sendable {
    /// The text table's header: the words asked, how often, when last.
    var gapColumns: [String] { get }
    /// No question went unmatched in the period.
    func noGaps(from: LocalDay, through: LocalDay) -> String
}

public func gapStrings(for language: Language) -> any GapStrings {
    language == .swedish ? SwedishGapStrings() : EnglishGapStrings()
}

/// Svenska.
public struct SwedishGapStrings: GapStrings {
    public init() {}
    public var gapColumns: [String] { ["Sökord utan ärendetyp", "Antal", "Senast"] }
    public func noGaps(from: LocalDay, through: LocalDay) -> String {
        "Inga sökningar utan träff sparades som Övrig fråga \(from) – \(through)."
    }
}

/// English.
public struct EnglishGapStrings: GapStrings {
    public init() {}
    public var gapColumns: [String] { ["Word without a category", "Count", "Last seen"] }
    public func noGaps(from: LocalDay, through: LocalDay) -> String {
        "No search without a match was saved as Övrig fråga (other question) \(from) – \(through)."
    }
}
