import Foundation
import GRDB
import ServicecenterCore

/// Hand-over events with what a sector needs to act on them: the feed (`handovers feed`)
/// and the e-mail read them the same way, so the two never tell a sector different things.
extension SQLiteStore {
    /// The hand-over's columns as `handover(from:)` reads them (0…15), then the event's and
    /// the forwarding guide's.
    static let noticeSelect = """
        SELECT \(handoverColumns), e.id, e.event, e.at, e.by, e.note, c.operator
        FROM handover_event e JOIN handover h ON h.id = e.handover_id JOIN contact c ON c.id = h.contact_id
        """

    /// Events after event id `after`, oldest first, at most `limit`.
    public func handoverNotices(after: Int64, limit: Int) throws(StoreError) -> [HandoverNotice] {
        try read { db in
            try Row.fetchAll(db, sql: Self.noticeSelect + " WHERE e.id > ? ORDER BY e.id LIMIT ?", arguments: [after, limit])
                .map(Self.notice(from:))
        }
    }

    /// One event, or nil when there is no such event.
    public func handoverNotice(event id: Int64) throws(StoreError) -> HandoverNotice? {
        try read { db in
            try Row.fetchOne(db, sql: Self.noticeSelect + " WHERE e.id = ?", arguments: [id]).map(Self.notice(from:))
        }
    }

    /// The newest event's id, 0 when there is none: where `feed --follow` without `--since` starts.
    public func lastHandoverEventID() throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM handover_event") ?? 0 }
    }

    static func notice(from row: Row) -> HandoverNotice {
        HandoverNotice(
            eventID: row[16], event: HandoverEvent(rawValue: row[17]) ?? .created, at: Timestamp.parse(row[18]) ?? .distantPast,
            by: row[19], note: row[20], handover: handover(from: row), forwardedBy: row[21])
    }
}
