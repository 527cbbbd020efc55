import Foundation
import GRDB
import ServicecenterCore

/// How a `QueueCall` maps to a row of the `queue_call` table (see docs/schema.md).
enum QueueCallRow {
    static let columns = """
        call_id, channel, service, ticket, first_at, offered_at, answered_at, answered_by, abandoned_at, no_show_at,
        transferred_at, station
        """
    static let stationIndex = 11

    static func call(from row: some Columns) -> QueueCall {
        QueueCall(
            callID: row.string(0), channel: Channel(rawValue: row.string(1)) ?? .phone, firstAt: row.timestamp(4) ?? .distantPast,
            service: row.optionalSharedString(2), ticket: row.optionalString(3), offeredAt: row.timestamp(5),
            answeredAt: row.timestamp(6), answeredBy: row.optionalSharedString(7), abandonedAt: row.timestamp(8),
            noShowAt: row.timestamp(9), transferredAt: row.timestamp(10))
    }

    /// Updated in place, so a call keeps its place in arrival order (migration v12).
    static func upsert(_ call: QueueCall, station: String?, zone: TimeZone, in db: Database) throws {
        func text(_ date: Date?) -> String? { date.map(Timestamp.utcText) }
        try db.cachedStatement(sql: """
            INSERT INTO queue_call (
                call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                abandoned_at, no_show_at, transferred_at, outcome, station)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (call_id) DO UPDATE SET
                channel = excluded.channel, service = excluded.service, ticket = excluded.ticket, first_at = excluded.first_at,
                local_date = excluded.local_date, local_hour = excluded.local_hour, offered_at = excluded.offered_at,
                answered_at = excluded.answered_at, answered_by = excluded.answered_by, abandoned_at = excluded.abandoned_at,
                no_show_at = excluded.no_show_at, transferred_at = excluded.transferred_at, outcome = excluded.outcome,
                station = excluded.station
            """
        ).execute(arguments: [
            call.callID, call.channel.rawValue, call.service, call.ticket, Timestamp.utcText(call.firstAt),
            LocalDay(call.firstAt, in: zone).description, localHour(of: call.firstAt, in: zone), text(call.offeredAt),
            text(call.answeredAt), call.answeredBy, text(call.abandonedAt), text(call.noShowAt), text(call.transferredAt),
            call.outcome.rawValue, station,
        ])
    }
}
