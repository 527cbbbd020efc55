import Foundation
import ServicecenterCore
import TerminalUI

/// How far the guide has scrolled a category's guidance in one contact: another category, or
/// the next contact, starts at the top.
public struct GuidanceScroll: Hashable, Sendable {
    public var category: String?
    /// When the contact it was scrolled in started.
    public var contactStarted: Date?
    public var offset: Int

    public init(category: String? = nil, contactStarted: Date? = nil, offset: Int = 0) {
        self.category = category
        self.contactStarted = contactStarted
        self.offset = offset
    }

    /// The offset for `category` in the contact started at `started`: 0 unless it was scrolled there.
    public func offset(for category: String, in started: Date?) -> Int {
        self.category == category && contactStarted == started ? offset : 0
    }
}

/// Scrolling what the guide reads when it is longer than its area: the guidance (PgUp/PgDn
/// while a contact is open) and the help (↑↓ PgUp PgDn Home End while it is shown).
extension DeskModel {
    /// Scrolls the guidance for PgUp/PgDn when it is longer than its area; false when it is not
    /// (then the keys keep their meaning in the step, e.g. paging the match list).
    mutating func scrollGuidance(_ key: Key) -> Bool {
        guard key == .pageUp || key == .pageDown, let category = highlightedCategory,
              let shown = guidanceOnScreen(ascii: glyphs.isASCII)?.text, shown.window.scrolls
        else { return false }
        guard let offset = shown.window.offset(after: key) else { return false }
        guidanceScroll = GuidanceScroll(category: category.id, contactStarted: form?.startedAt, offset: offset)
        return true
    }

    /// Whether the guidance on screen is longer than its area (the hint bar then names the keys).
    var guidanceScrolls: Bool { guidanceOnScreen(ascii: glyphs.isASCII)?.text.window.scrolls ?? false }
}
