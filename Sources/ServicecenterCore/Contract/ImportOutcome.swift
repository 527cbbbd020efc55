/// How an import went: rows added, and rows skipped because their id was already stored.
public struct ImportOutcome: Hashable, Sendable {
    public var inserted: Int
    public var alreadyPresent: Int

    public init(inserted: Int, alreadyPresent: Int) {
        self.inserted = inserted
        self.alreadyPresent = alreadyPresent
    }
}
