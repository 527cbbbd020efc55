import Foundation

/// One word the catalogue had no category for, as the gap report counts it: the word guides
/// typed that matched nothing (folded, from the masked subject), how often it was asked in
/// the period, and when last.
public struct CatalogueGap: Hashable, Sendable {
    public var word: String
    public var count: Int
    public var lastSeen: Date

    public init(word: String, count: Int, lastSeen: Date) {
        self.word = word
        self.count = count
        self.lastSeen = lastSeen
    }
}
