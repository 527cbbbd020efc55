import Foundation

/// When a contact linked to an earlier one counts as a repeat (återkontakt): the earlier one was
/// resolved and ended no more than `windowDays` before this one started.
public struct RepeatRule: Sendable, Hashable {
    public let windowDays: Int

    public init(windowDays: Int) {
        self.windowDays = windowDays
    }

    /// The stored facts of the earlier contact the rule needs.
    public struct Earlier: Sendable {
        public var startedAt: Date
        public var endedAt: Date
        public var resolved: Bool

        public init(startedAt: Date, endedAt: Date, resolved: Bool) {
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.resolved = resolved
        }
    }

    /// Whether `contact` counts as a repeat, given what the store holds for the contact it
    /// names (`earlier`, nil when there is none). A link to a contact that does not exist, is
    /// itself, or did not start before it is refused.
    public func countsAsRepeat(_ contact: Contact, earlier: Earlier?) throws(StoreError) -> Bool {
        guard let earlierID = contact.repeatOf else { return false }
        guard let earlier, earlier.startedAt <= contact.startedAt, earlierID != contact.id else {
            throw .unknownEarlierContact(id: earlierID)
        }
        return earlier.resolved && contact.startedAt.timeIntervalSince(earlier.endedAt) <= Double(windowDays) * 86_400
    }
}
