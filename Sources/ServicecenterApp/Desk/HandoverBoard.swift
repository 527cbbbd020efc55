import Foundation
import ServicecenterCore
import TerminalUI

/// The desk's view of hand-overs (ärenden): the guide's own, or, for a supervisor, every
/// sector's, filtered by sector, status and overdue, with the selected one ready for a callback.
public struct HandoverBoard: Sendable {
    /// Which statuses the list shows.
    public enum StatusFilter: Hashable, Sendable, CaseIterable {
        /// Everything not closed: the working list.
        case notClosed
        case only(HandoverStatus)

        public static let allCases: [StatusFilter] = [.notClosed] + HandoverStatus.allCases.map(StatusFilter.only)
    }

    /// What the store is asked for; the runner turns it into the store's filter.
    public struct Query: Hashable, Sendable {
        public var sector: String?
        public var status: StatusFilter
        public var overdueOnly: Bool
        /// Only hand-overs of contacts this guide logged.
        public var madeBy: String?
    }

    public var sector: String?
    public var status: StatusFilter = .notClosed
    public var overdueOnly = false
    /// Whether the list holds only the guide's own hand-overs. Guides always see their own;
    /// supervisors and admins start with every sector's.
    public var mineOnly: Bool
    public var items: [Handover] = []
    public var selected = 0
    /// True until the store has answered the latest query.
    public var loading = true
    /// The history of the hand-over last selected, as the store read it.
    public var history: (id: Int64, entries: [HandoverHistoryEntry])?

    public init(mineOnly: Bool) {
        self.mineOnly = mineOnly
    }

    public func query(for user: String) -> Query {
        Query(sector: sector, status: status, overdueOnly: overdueOnly, madeBy: mineOnly ? user : nil)
    }

    public var selectedHandover: Handover? { items.indices.contains(selected) ? items[selected] : nil }

    /// The next sector in `sectors` after the current one, with "all" before the first.
    public mutating func cycleSector(through sectors: [Sector]) {
        let ids = [nil] + sectors.map { Optional($0.id) }
        let index = ids.firstIndex(of: sector) ?? 0
        sector = ids[(index + 1) % ids.count]
    }

    public mutating func cycleStatus() {
        let all = StatusFilter.allCases
        status = all[((all.firstIndex(of: status) ?? 0) + 1) % all.count]
    }

    /// New items from the store, keeping the same hand-over selected when it is still listed.
    public mutating func show(_ handovers: [Handover]) {
        let keep = selectedHandover?.id
        items = handovers
        selected = keep.flatMap { id in handovers.firstIndex { $0.id == id } } ?? moved(selected, by: 0, count: handovers.count)
        loading = false
    }

    public mutating func move(by offset: Int) {
        selected = moved(selected, by: offset, count: items.count)
    }
}
