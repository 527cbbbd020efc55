/// Words guides searched the knowledge articles for at the desk and found nothing, as the
/// store keeps them (masked, folded, shortened: `UnmatchedSearchWords`), counted in a period.
public struct UnmatchedSearch: Hashable, Sendable {
    /// The search as kept: folded words separated by single spaces.
    public var words: String
    /// How many times it was searched in the period.
    public var count: Int
    /// The last local day it was searched on.
    public var lastDay: LocalDay

    public init(words: String, count: Int, lastDay: LocalDay) {
        self.words = words
        self.count = count
        self.lastDay = lastDay
    }
}
