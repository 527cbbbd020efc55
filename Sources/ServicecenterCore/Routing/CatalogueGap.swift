import Foundation

/// One question the catalogue had no category for, as the gap report counts it: the words
/// that matched nothing (normalised, masked), how often they were asked, and when last.
public struct CatalogueGap: Hashable, Sendable {
    public var text: String
    public var count: Int
    public var lastSeen: Date

    public init(text: String, count: Int, lastSeen: Date) {
        self.text = text
        self.count = count
        self.lastSeen = lastSeen
    }
}
