import Foundation
import PostgresNIO
import ServicecenterCore

/// How a `QueueCall` maps to a row of the `queue_call` table on PostgreSQL (the SQLite
/// backend's `QueueCallRow`, with the server's own types for instants and days).
enum PostgresQueueCallRow {
    /// The columns `decoded(_:)` reads, in its order; the station last.
    static let columns = """
        call_id, channel, service, ticket, first_at, offered_at, answered_at, answered_by, abandoned_at, no_show_at,
        transferred_at, station
        """
    /// How many columns `columns` names: a query's own columns come after them.
    static let columnCount = 12

    static func call(from row: PostgresRow) throws -> QueueCall {
        try decoded(row).call
    }

    /// The call and the station it was answered at (kept on the row, not on the call).
    static func decoded(_ row: PostgresRow) throws -> (call: QueueCall, station: String?) {
        let (callID, channel, service, ticket, firstAt, offeredAt, answeredAt, answeredBy, abandonedAt, noShowAt, transferredAt, station) =
            try row.decode((String, String, String?, String?, Date, Date?, Date?, String?, Date?, Date?, Date?, String?).self)
        let call = QueueCall(
            callID: callID, channel: Channel(rawValue: channel) ?? .phone, firstAt: firstAt, service: service, ticket: ticket,
            offeredAt: offeredAt, answeredAt: answeredAt, answeredBy: answeredBy, abandonedAt: abandonedAt, noShowAt: noShowAt,
            transferredAt: transferredAt)
        return (call, station)
    }

    /// Calls written in one statement, in order, each updated in place when stored already, so
    /// it keeps its `arrival` (its place in arrival order, as the SQLite backend keeps its
    /// rowid since migration v12); a new one gets its `arrival` in the order given.
    static func upsert(_ calls: [(call: QueueCall, station: String?)], zone: TimeZone, in db: PostgresSession) throws {
        guard !calls.isEmpty else { return }
        let time = { (date: Date?) -> Any in date.map(Timestamp.utcText) ?? NSNull() }
        let rows = calls.enumerated().map { position, written -> [String: Any] in
            let (call, station) = written
            return [
                "position": position,
                "call_id": call.callID, "channel": call.channel.rawValue, "service": call.service ?? NSNull(), "ticket": call.ticket ?? NSNull(),
                "first_at": Timestamp.utcText(call.firstAt), "local_date": LocalDay(call.firstAt, in: zone).description,
                "local_hour": localHour(of: call.firstAt, in: zone), "offered_at": time(call.offeredAt), "answered_at": time(call.answeredAt),
                "answered_by": call.answeredBy ?? NSNull(), "abandoned_at": time(call.abandonedAt), "no_show_at": time(call.noShowAt),
                "transferred_at": time(call.transferredAt), "outcome": call.outcome.rawValue, "station": station ?? NSNull(),
            ]
        }
        try db.execute("""
            INSERT INTO queue_call (
                call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                abandoned_at, no_show_at, transferred_at, outcome, station)
            SELECT call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                abandoned_at, no_show_at, transferred_at, outcome, station
            FROM jsonb_to_recordset(\(try JSONRows.text(rows))::jsonb) AS c(
                call_id text, channel text, service text, ticket text, first_at timestamptz, local_date date, local_hour integer,
                offered_at timestamptz, answered_at timestamptz, answered_by text, abandoned_at timestamptz, no_show_at timestamptz,
                transferred_at timestamptz, outcome text, station text, position bigint)
            ORDER BY position
            ON CONFLICT (call_id) DO UPDATE SET
                channel = excluded.channel, service = excluded.service, ticket = excluded.ticket, first_at = excluded.first_at,
                local_date = excluded.local_date, local_hour = excluded.local_hour, offered_at = excluded.offered_at,
                answered_at = excluded.answered_at, answered_by = excluded.answered_by, abandoned_at = excluded.abandoned_at,
                no_show_at = excluded.no_show_at, transferred_at = excluded.transferred_at, outcome = excluded.outcome,
                station = excluded.station
            """)
    }

    /// One call written, as `upsert(_:zone:in:)` writes many.
    static func upsert(_ call: QueueCall, station: String?, zone: TimeZone, in db: PostgresSession) throws {
        try upsert([(call, station)], zone: zone, in: db)
    }
}
