import Foundation
import PostgresNIO
import ServicecenterCore

/// The staffing forecast's history: counted and summed in SQL, so a year of contacts is never loaded.
extension PostgresStore {
    public func staffingHistory(on days: [LocalDay], intervalMinutes: Int) throws(StoreError) -> StaffingHistory {
        var history = StaffingHistory(intervalMinutes: intervalMinutes, days: days)
        guard !days.isEmpty, intervalMinutes > 0 else { return history }
        let dates = days.map(\.description)
        return try read { db in
            // The minute within the hour is the same in UTC and in a zone a whole number of hours
            // off it (Sweden); the local hour is kept per contact.
            for row in try db.query("""
                SELECT local_date, channel, (local_hour * 60 + EXTRACT(MINUTE FROM started_at AT TIME ZONE 'UTC')::integer) / \(intervalMinutes) AS slot,
                    COUNT(*)::integer, SUM(handling_s)
                FROM contact WHERE local_date = ANY(\(dates)::date[])
                GROUP BY local_date, channel, slot
                """) {
                let (day, name, slot, count, handling) = try row.decode((LocalDay, String, Int, Int, Double?).self)
                guard let channel = Channel(rawValue: name) else { continue }
                history.cells.append(StaffingHistory.Cell(
                    day: day, channel: channel, interval: slot, contacts: count, handlingSeconds: handling ?? 0))
            }
            // Waits as `QueueCall.wait` counts them; no-shows left out.
            for row in try db.query("""
                SELECT channel,
                    SUM(GREATEST(0, EXTRACT(EPOCH FROM (CASE outcome WHEN 'answered' THEN answered_at WHEN 'abandoned' THEN abandoned_at
                        ELSE transferred_at END) - offered_at)))::double precision,
                    COUNT(*) FILTER (WHERE outcome = 'abandoned')::integer
                FROM queue_call
                WHERE local_date = ANY(\(dates)::date[]) AND offered_at IS NOT NULL
                  AND outcome IN ('answered', 'abandoned', 'transferred')
                GROUP BY channel
                """) {
                let (name, waited, abandoned) = try row.decode((String, Double?, Int).self)
                guard let channel = Channel(rawValue: name) else { continue }
                history.waiting[channel] = StaffingHistory.Waiting(waitedSeconds: waited ?? 0, abandoned: abandoned)
            }
            return history
        }
    }
}
