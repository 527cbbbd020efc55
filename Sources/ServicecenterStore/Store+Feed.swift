import Foundation
import GRDB
import ServicecenterCore

/// Hand-over events with what a sector needs to act on them: the feed (`handovers feed`)
/// and the e-mail read them the same way, so the two never tell a sector different things.
extension Store {
    static let noticeSelect = """
        SELECT e.id, e.event, e.at, e.by, e.note,
               h.id, h.contact_id, h.sector, h.reason, h.created_at, h.due_date, h.status, h.status_at, h.status_by,
               h.closed_date, c.category, c.channel, c.operator
        FROM handover_event e JOIN handover h ON h.id = e.handover_id JOIN contact c ON c.id = h.contact_id
        """

    /// Events after event id `after`, oldest first, at most `limit`.
    public func handoverNotices(after: Int64, limit: Int = 500) throws(StoreError) -> [HandoverNotice] {
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
        let handover = Handover(
            id: row[5], contactID: row[6], sector: row[7], reason: ForwardReason(rawValue: row[8]) ?? .couldNotAnswer,
            createdAt: Timestamp.parse(row[9]) ?? .distantPast, dueDate: LocalDay(row[10] as String) ?? LocalDay(year: 1970, month: 1, day: 1),
            status: HandoverStatus(rawValue: row[11]) ?? .open, statusAt: Timestamp.parse(row[12]) ?? .distantPast, statusBy: row[13],
            closedOn: (row[14] as String?).flatMap(LocalDay.init), category: row[15], channel: Channel(rawValue: row[16]) ?? .phone)
        return HandoverNotice(
            eventID: row[0], event: HandoverEvent(rawValue: row[1]) ?? .created, at: Timestamp.parse(row[2]) ?? .distantPast,
            by: row[3], note: row[4], handover: handover, forwardedBy: row[17])
    }
}
