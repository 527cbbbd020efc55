import Foundation
import GRDB
import ServicecenterCore

/// What the nightly statistics read, in one snapshot so the tables agree with each other
/// even while desks keep saving.
extension Store {
    /// A period's contacts (without note texts or external ids, and without who logged them
    /// unless `includingOperators`), queue calls and the hand-overs that were open or made in it.
    public func statisticsInput(from first: LocalDay, through last: LocalDay, includingOperators: Bool) throws(StoreError) -> StatisticsInput {
        try read { db in
            var contacts: [Contact] = []
            let rows = try Row.fetchCursor(
                db, sql: """
                    SELECT \(ContactRow.statisticsSelection(operator: includingOperators)) FROM contact
                    WHERE local_date BETWEEN ? AND ? ORDER BY local_date
                    """,
                arguments: [first.description, last.description])
            while let row = try rows.next() { contacts.append(try ContactRow.contact(from: row, endIsHandling: true)) }
            return StatisticsInput(
                first: first, last: last, contacts: contacts, queueCalls: try queueCalls(from: first, through: last, in: db),
                handovers: try handoverTimelines(from: first, through: last, in: db))
        }
    }

    /// Hand-overs made by `last` that were open at some time from `first` on: made in the
    /// period, or not closed before it. `closed_date` is the latest close, so one closed
    /// before the period and never reopened is left out. Written so SQLite answers it from
    /// two indexes (the open statuses, and the closing day) instead of reading every
    /// hand-over; with no ORDER BY to force a scan, the order is restored here: hand-overs
    /// by id, each one's closes and reopenings by event id, which is the order they happened.
    func handoverTimelines(from first: LocalDay, through last: LocalDay, in db: Database) throws -> [HandoverTimeline] {
        var timelines: [Int64: HandoverTimeline] = [:]
        var events: [Int64: [(id: Int64, change: HandoverTimeline.Change)]] = [:]
        let rows = try Row.fetchCursor(
            db, sql: """
                SELECT h.id, h.created_at, h.due_date, e.id, e.at, e.event
                FROM handover h LEFT JOIN handover_event e ON e.handover_id = h.id AND e.event IN ('closed', 'reopened')
                WHERE h.created_date <= ? AND (h.status IN ('open', 'acknowledged', 'called_back') OR h.closed_date >= ?)
                """,
            arguments: [last.description, first.description])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if timelines[id] == nil {
                timelines[id] = HandoverTimeline(
                    createdAt: Timestamp.parse(row[1]) ?? .distantPast,
                    dueDate: LocalDay(row[2] as String) ?? LocalDay(year: 1970, month: 1, day: 1))
            }
            if let eventID: Int64 = row[3], let at = (row[4] as String?).flatMap(Timestamp.parse) {
                events[id, default: []].append((eventID, HandoverTimeline.Change(at: at, closes: row[5] == "closed")))
            }
        }
        return timelines.keys.sorted().map { id in
            var timeline = timelines[id]!
            timeline.changes = (events[id] ?? []).sorted { $0.id < $1.id }.map(\.change)
            return timeline
        }
    }
}
