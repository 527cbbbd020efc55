import Foundation
import PostgresNIO
import ServicecenterCore

/// A feed's events folded into their calls a batch at a time: what `apply` does for one event
/// in four round trips (the call's lock, the event, the call read, the call written), done for
/// a thousand in four statements. A platform's history of a million events took a quarter of
/// an hour one at a time (31 times SQLite's pace).
extension PostgresStore {
    /// Stores `events` and folds the new ones into their calls, in order; how many were new.
    /// An event already stored (the same call id and kind), or earlier in the batch, is skipped,
    /// as `apply` skips it. New calls are made in the order their first event came, so their
    /// arrival order is the one `apply` would have given them.
    func apply(_ events: [QueueEvent], in db: PostgresSession, now: Date) throws -> Int {
        var seen = Set<[String]>(), batch: [QueueEvent] = []
        for event in events {
            let masked = intake.masked(event, now: now)
            if seen.insert([masked.callID, masked.kind.rawValue]).inserted { batch.append(masked) }
        }
        guard !batch.isEmpty else { return 0 }
        let ids = Array(Set(batch.map(\.callID)))
        // The calls' lock slots (`apply`'s), taken in order, so two hosts' batches cannot deadlock.
        try db.execute("""
            SELECT pg_advisory_xact_lock(hashtext('queue call'), slot)
            FROM (SELECT DISTINCT hashtext(id) & 255 AS slot FROM unnest(\(ids)::text[]) AS id ORDER BY 1) AS slots
            """)
        let rows = batch.map { event -> [String: Any] in
            ["call_id": event.callID, "event": event.kind.rawValue, "at": Timestamp.utcText(event.at), "channel": event.channel.rawValue,
             "operator": event.operatorUser.map { $0 as Any } ?? NSNull()]
        }
        let stored = Set(try db.query("""
            INSERT INTO queue_event (call_id, event, at, channel, operator, received_at)
            SELECT call_id, event, at, channel, operator, \(Instant(now))
            FROM jsonb_to_recordset(\(try JSONRows.text(rows))::jsonb) AS e(call_id text, event text, at timestamptz, channel text, operator text)
            ON CONFLICT (call_id, event) DO NOTHING
            RETURNING call_id, event
            """).map { row in let (id, kind) = try row.decode((String, String).self); return [id, kind] })
        let new = batch.filter { stored.contains([$0.callID, $0.kind.rawValue]) }
        guard !new.isEmpty else { return 0 }
        var calls: [String: (call: QueueCall, station: String?)] = [:]
        for row in try db.query("""
            SELECT \(unescaped: PostgresQueueCallRow.columns) FROM queue_call WHERE call_id = ANY(\(Array(Set(new.map(\.callID))))::text[])
            """) {
            let decoded = try PostgresQueueCallRow.decoded(row)
            calls[decoded.call.callID] = decoded
        }
        // Each call written once, in the order its first new event came.
        var order: [String] = [], written = Set<String>()
        for event in new {
            if calls[event.callID] == nil { calls[event.callID] = (QueueCall(event), nil) } else { calls[event.callID]!.call.apply(event) }
            if written.insert(event.callID).inserted { order.append(event.callID) }
        }
        try PostgresQueueCallRow.upsert(order.map { calls[$0]! }, zone: zone, in: db)
        return new.count
    }
}
