import ServicecenterCore
import TerminalUI

/// The categories the desk's search finds for what the guide typed, best first, the one
/// highlighted, and how far the list is scrolled.
public struct CategoryList: Sendable {
    public var matches: [CategoryMatch]
    public var selected = 0
    public var scroll = ListScroll()

    public init(matches: [CategoryMatch] = []) {
        self.matches = matches
    }

    /// The highlighted match; nil in an empty list.
    public var highlighted: CategoryMatch? { matches.indices.contains(selected) ? matches[selected] : nil }

    /// Moves the highlight `step` rows, never past either end.
    mutating func move(by step: Int) {
        selected = moved(selected, by: step, count: matches.count)
    }
}
