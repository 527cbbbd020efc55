import Foundation
import PostgresNIO
import ServicecenterCore

/// Hand-over events with what a sector needs to act on them, on PostgreSQL: the feed
/// (`handovers feed`) and the e-mail read them the same way, so the two never tell a sector
/// different things. Event ids are the identity column's, so the feed's order is the order
/// the events were made in, whichever host made them.
extension PostgresStore {
    /// The hand-over's columns as `PostgresHandoverRow` reads them (0…15), then the event's
    /// and the forwarding guide's.
    static let noticeSelect = """
        SELECT \(PostgresHandoverRow.columns), e.id, e.event, e.at, e.by, e.note, c.operator
        FROM handover_event e JOIN handover h ON h.id = e.handover_id JOIN contact c ON c.id = h.contact_id
        """

    /// Events after event id `after`, oldest first, at most `limit`.
    public func handoverNotices(after: Int64, limit: Int) throws(StoreError) -> [HandoverNotice] {
        try read { db in
            try db.query("\(unescaped: Self.noticeSelect) WHERE e.id > \(after) ORDER BY e.id LIMIT \(limit)").map(Self.notice(from:))
        }
    }

    /// One event, or nil when there is no such event.
    public func handoverNotice(event id: Int64) throws(StoreError) -> HandoverNotice? {
        try read { db in
            try db.query("\(unescaped: Self.noticeSelect) WHERE e.id = \(id)").first.map(Self.notice(from:))
        }
    }

    /// The newest event's id, 0 when there is none: where `feed --follow` without `--since` starts.
    public func lastHandoverEventID() throws(StoreError) -> Int64 {
        try read { db in try db.value("SELECT COALESCE(MAX(id), 0) FROM handover_event", as: Int64.self) ?? 0 }
    }

    static func notice(from row: PostgresRow) throws -> HandoverNotice {
        let cells = row.makeRandomAccess()
        let first = PostgresHandoverRow.count
        return HandoverNotice(
            eventID: try cells[first].decode(Int64.self),
            event: HandoverEvent(rawValue: try cells[first + 1].decode(String.self)) ?? .created,
            at: try cells[first + 2].decode(Date.self), by: try cells[first + 3].decode(String.self),
            note: try cells[first + 4].decode(String?.self), handover: try PostgresHandoverRow.handover(from: cells),
            forwardedBy: try cells[first + 5].decode(String.self))
    }
}
