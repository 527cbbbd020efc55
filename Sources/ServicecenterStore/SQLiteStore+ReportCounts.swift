import Foundation
import GRDB
import ServicecenterCore

/// The quality report's comparison periods, counted: a year earlier without making a year of
/// contacts and calls into values. SQLite steps a few columns per row and works out each
/// call's hour and wait from the stored times; the counting itself is `ContactCounts` and
/// `CallCounts`, the core's, so no rule is written here. Grouping in SQL was slower: SQLite
/// sorts in a temporary B-tree for a GROUP BY (a year's calls: 1.5 s against 0.3 s streamed).
/// The contract tests hold the result to `ReportCounts` of the same records read in full.
extension SQLiteStore {
    public func reportCounts(from first: LocalDay, through last: LocalDay, limitSeconds: [Channel: Int]) throws(StoreError) -> ReportCounts {
        let days: StatementArguments = [first.description, last.description]
        let contacts: @Sendable (Database) throws -> ([Channel: ContactCounts], [EmailReply], [HandoverTimeline]) = { db in
            var counts: [Channel: ContactCounts] = [:], replies: [EmailReply] = []
            try RawRows(
                db, sql: """
                    SELECT channel, resolution = 'resolved', resolvable, queue_wait_s, repeat_counts, digital_help,
                           CASE WHEN channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL THEN started_at END
                    FROM contact WHERE local_date BETWEEN ? AND ?
                    """, arguments: days
            ).forEach { row in
                guard let channel = Channel(rawValue: row.string(0)) else { return }
                let wait = row.optionalInt(3)
                counts[channel, default: ContactCounts()].add(
                    resolved: row.int(1) != 0, resolvable: row.int(2) != 0, waitSeconds: wait, countsAsRepeat: row.int(4) != 0,
                    digitalHelp: row.int(5) != 0, limitSeconds: limitSeconds[channel] ?? 0)
                if let wait, let started = row.timestamp(6) { replies.append(EmailReply(startedAt: started, waitSeconds: wait)) }
            }
            // The hand-overs on this side: a year's calls take longer than its contacts.
            return (counts, replies, try self.handoverTimelines(from: first, through: last, in: db))
        }
        // Each call's hour (when it joined the queue) and wait, in whole seconds as the times are stored.
        let queues: @Sendable (Database) throws -> [CallHour: CallCounts] = { db in
            var counts: [CallHour: CallCounts] = [:]
            try RawRows(
                db, sql: """
                    SELECT channel, outcome, unixepoch(COALESCE(offered_at, first_at)) / 3600 * 3600,
                           CASE outcome WHEN 'answered' THEN unixepoch(answered_at) - unixepoch(offered_at)
                                        WHEN 'abandoned' THEN unixepoch(abandoned_at) - unixepoch(offered_at) END
                    FROM queue_call WHERE local_date BETWEEN ? AND ?
                    """, arguments: days
            ).forEach { row in
                guard let channel = Channel(rawValue: row.string(0)), let outcome = QueueCall.Outcome(rawValue: row.string(1)) else { return }
                counts[CallHour(channel: channel, start: row.int64(2)), default: CallCounts()].add(
                    outcome: outcome, wait: row.optionalInt64(3).map(TimeInterval.init), limitSeconds: limitSeconds[channel] ?? 0)
            }
            return counts
        }
        do {
            // As `statisticsInput`: a long period on two connections in one snapshot, a short one on one.
            let people: ([Channel: ContactCounts], [EmailReply], [HandoverTimeline]), calls: [CallHour: CallCounts]
            if last.daysSince(first) >= Self.daysReadConcurrently {
                let pendingContacts = PendingRead<([Channel: ContactCounts], [EmailReply], [HandoverTimeline])>()
                let pendingQueues = PendingRead<[CallHour: CallCounts]>()
                pool.writeWithoutTransaction { _ in
                    pendingContacts.start(in: pool, contacts)
                    pendingQueues.start(in: pool, queues)
                }
                calls = try pendingQueues.wait()
                people = try pendingContacts.wait()
            } else {
                (people, calls) = try pool.read { db in (try contacts(db), try queues(db)) }
            }
            return ReportCounts(first: first, last: last, contacts: people.0, calls: calls, emailReplies: people.1, handovers: people.2)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }
}
