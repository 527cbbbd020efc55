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

    static func upsert(_ call: QueueCall, station: String?, zone: TimeZone, in db: Database) throws {
        func text(_ date: Date?) -> String? { date.map(Timestamp.utcText) }
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO queue_call (
                call_id, channel, service, ticket, first_at, local_date, local_hour, offered_at, answered_at, answered_by,
                abandoned_at, no_show_at, transferred_at, outcome, station)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
            call.callID, call.channel.rawValue, call.service, call.ticket, Timestamp.utcText(call.firstAt),
            LocalDay(call.firstAt, in: zone).description, localHour(of: call.firstAt, in: zone), text(call.offeredAt),
            text(call.answeredAt), call.answeredBy, text(call.abandonedAt), text(call.noShowAt), text(call.transferredAt),
            call.outcome.rawValue, station,
        ])
    }
}
