import Foundation
import GRDB
import ServicecenterCore

/// The quality report's comparison periods, counted by SQLite: a year earlier is a few
/// thousand grouped rows instead of every contact and call made into values. What is counted
/// is what `ReportCounts(first:last:contacts:calls:handovers:configuration:)` counts from the
/// records; the contract tests hold the two equal.
extension SQLiteStore {
    public func reportCounts(from first: LocalDay, through last: LocalDay, limitSeconds: [Channel: Int]) throws(StoreError) -> ReportCounts {
        // Each channel's target, as a CASE over the channel column.
        let limit = "CASE channel " + Channel.allCases.map { "WHEN '\($0.rawValue)' THEN \(limitSeconds[$0] ?? 0) " }.joined() + "END"
        let days: StatementArguments = [first.description, last.description]
        return try read { db in
            var counts = ReportCounts(first: first, last: last)
            try RawRows(
                db, sql: """
                    SELECT channel, COUNT(*), SUM(resolution = 'resolved'), SUM(resolvable), SUM(resolvable AND resolution = 'resolved'),
                           SUM(resolvable AND resolution = 'resolved' AND COALESCE(queue_wait_s, 0) <= \(limit)),
                           SUM(repeat_counts), SUM(digital_help)
                    FROM contact WHERE local_date BETWEEN ? AND ? GROUP BY channel
                    """, arguments: days
            ).forEach { row in
                guard let channel = Channel(rawValue: row.string(0)) else { return }
                var contacts = ContactCounts()
                contacts.contacts = row.int(1)
                contacts.resolved = row.int(2)
                contacts.resolvableContacts = row.int(3)
                contacts.resolvableResolved = row.int(4)
                contacts.resolvableResolvedWithinTarget = row.int(5)
                contacts.repeats = row.int(6)
                contacts.digitalHelp = row.int(7)
                counts.contacts[channel] = contacts
            }
            counts.emailReplies = try RawRows(
                db, sql: """
                    SELECT started_at, queue_wait_s FROM contact
                    WHERE local_date BETWEEN ? AND ? AND channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL
                    """, arguments: days
            ).map { EmailReply(startedAt: $0.timestamp(0) ?? .distantPast, waitSeconds: $0.int(1)) }
            // Waits in whole seconds, as the times are stored (`Timestamp.utcText`).
            try RawRows(
                db, sql: """
                    SELECT channel, hour, COUNT(*), SUM(outcome = 'answered'), SUM(outcome = 'abandoned'),
                           SUM(outcome = 'answered' AND answer_wait IS NOT NULL), TOTAL(CASE WHEN outcome = 'answered' THEN answer_wait END),
                           SUM(outcome = 'answered' AND answer_wait <= \(limit)),
                           SUM(outcome = 'abandoned' AND abandon_wait >= \(limit))
                    FROM (
                        SELECT channel, outcome, unixepoch(COALESCE(offered_at, first_at)) / 3600 * 3600 AS hour,
                               unixepoch(answered_at) - unixepoch(offered_at) AS answer_wait,
                               unixepoch(abandoned_at) - unixepoch(offered_at) AS abandon_wait
                        FROM queue_call WHERE local_date BETWEEN ? AND ?
                    )
                    GROUP BY channel, hour
                    """, arguments: days
            ).forEach { row in
                guard let channel = Channel(rawValue: row.string(0)) else { return }
                var calls = CallCounts()
                calls.offered = row.int(2)
                calls.answered = row.int(3)
                calls.abandoned = row.int(4)
                calls.answeredWaits = row.int(5)
                calls.answerWaitSeconds = row.double(6)
                calls.answeredWithinTarget = row.int(7)
                calls.abandonedAfterTarget = row.int(8)
                counts.calls[CallHour(channel: channel, start: row.int64(1))] = calls
            }
            counts.handovers = try handoverTimelines(from: first, through: last, in: db)
            return counts
        }
    }
}
