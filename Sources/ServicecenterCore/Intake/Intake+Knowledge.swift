import Foundation

extension Intake {
    /// What a store keeps of a knowledge search that matched nothing, typed at `now`: masked
    /// as free text is, then reduced to its folded words (`UnmatchedSearchWords`); nil when
    /// nothing is left to count.
    public func unmatchedSearchWords(_ search: String, now: Date) -> String? {
        UnmatchedSearchWords.kept(fromMasked: masked(search, now: now))
    }
}
