import Foundation
import GRDB
import ServicecenterCore

/// The staffing forecast's history: counted and summed in SQL, so a year of contacts is never loaded.
extension SQLiteStore {
    public func staffingHistory(on days: [LocalDay], intervalMinutes: Int) throws(StoreError) -> StaffingHistory {
        var history = StaffingHistory(intervalMinutes: intervalMinutes, days: days)
        guard !days.isEmpty, intervalMinutes > 0 else { return history }
        let dates = days.map(\.description)
        let placeholders = dates.map { _ in "?" }.joined(separator: ", ")
        // The minute within the hour is the same in UTC and in a zone a whole number of hours
        // off it (Sweden), so the stored UTC text gives it; the local hour is kept per contact.
        let cells: @Sendable (Database) throws -> [StaffingHistory.Cell] = { db in
            var cells: [StaffingHistory.Cell] = []
            let rows = try Row.fetchCursor(
                db, sql: """
                    SELECT local_date, channel, (local_hour * 60 + CAST(substr(started_at, 15, 2) AS INTEGER)) / ? AS slot,
                        COUNT(*), SUM(handling_s)
                    FROM contact WHERE local_date IN (\(placeholders))
                    GROUP BY local_date, channel, slot
                    """,
                arguments: StatementArguments([intervalMinutes] as [any DatabaseValueConvertible] + dates))
            while let row = try rows.next() {
                guard let day = LocalDay(row[0] as String), let channel = Channel(rawValue: row[1]) else { continue }
                cells.append(StaffingHistory.Cell(day: day, channel: channel, interval: row[2], contacts: row[3], handlingSeconds: row[4] ?? 0))
            }
            return cells
        }
        // Waits as `QueueCall.wait` counts them (whole seconds, as the store keeps the times): from being offered to the end of the leg;
        // no-shows are left out (their end is the call, not the visitor's patience). unixepoch (SQLite 3.38+)
        // costs about half of CAST(strftime('%s', …)).
        let waits: @Sendable (Database) throws -> [Channel: StaffingHistory.Waiting] = { db in
            var waiting: [Channel: StaffingHistory.Waiting] = [:]
            let rows = try Row.fetchCursor(
                db, sql: """
                    SELECT channel,
                        SUM(MAX(0, unixepoch(CASE outcome WHEN 'answered' THEN answered_at WHEN 'abandoned' THEN abandoned_at
                            ELSE transferred_at END) - unixepoch(offered_at))),
                        SUM(outcome = 'abandoned')
                    FROM queue_call
                    WHERE local_date IN (\(placeholders)) AND offered_at IS NOT NULL
                      AND outcome IN ('answered', 'abandoned', 'transferred')
                    GROUP BY channel
                    """,
                arguments: StatementArguments(dates))
            while let row = try rows.next() {
                guard let channel = Channel(rawValue: row[0]) else { continue }
                waiting[channel] = StaffingHistory.Waiting(waitedSeconds: row[1] ?? 0, abandoned: row[2] ?? 0)
            }
            return waiting
        }
        do {
            // The two aggregates cost about the same (the waits parse two times a call), so they
            // run on two connections at once: eight days of 2,400 contacts, about 60 → 35 ms on two cores.
            (history.cells, history.waiting) = try readSideBySide(cells, waits, concurrently: true)
            return history
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }
}
