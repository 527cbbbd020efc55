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
    /// `column`'s value as its index in `values` (-1 for any other), for a row read without text.
    static func index<T: RawRepresentable>(of column: String, _ values: [T]) -> String where T.RawValue == String {
        "CASE \(column) " + values.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset) " }.joined() + "ELSE -1 END"
    }

    public func reportCounts(from first: LocalDay, through last: LocalDay, limitSeconds: [Channel: Int]) throws(StoreError) -> ReportCounts {
        let days: StatementArguments = [first.description, last.description]
        // Channels and outcomes come back as their index in these lists: no text to make per row.
        let channels = Channel.allCases, outcomes = QueueCall.Outcome.allCases
        let limits = channels.map { limitSeconds[$0] ?? 0 }
        let utc = TimeZone(identifier: "UTC")!
        let contacts: @Sendable (Database) throws -> ([Channel: ContactCounts], [EmailReply], [HandoverTimeline]) = { db in
            var counts = [ContactCounts](repeating: ContactCounts(), count: channels.count), replies: [EmailReply] = []
            try RawRows(
                db, sql: """
                    SELECT \(Self.index(of: "channel", channels)), resolution = 'resolved', resolvable, queue_wait_s, repeat_counts, digital_help,
                           CASE WHEN channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL THEN started_at END
                    FROM contact WHERE local_date BETWEEN ? AND ?
                    """, arguments: days
            ).forEach { row in
                let channel = row.int(0), wait = row.optionalInt(3)
                guard channels.indices.contains(channel) else { return }
                counts[channel].add(
                    resolved: row.int(1) != 0, resolvable: row.int(2) != 0, waitSeconds: wait, countsAsRepeat: row.int(4) != 0,
                    digitalHelp: row.int(5) != 0, limitSeconds: limits[channel])
                if let wait, let started = row.timestamp(6) { replies.append(EmailReply(startedAt: started, waitSeconds: wait)) }
            }
            var byChannel: [Channel: ContactCounts] = [:]
            for (index, channel) in channels.enumerated() where counts[index].contacts > 0 { byChannel[channel] = counts[index] }
            // The hand-overs on this side: a year's calls take longer than its contacts.
            return (byChannel, replies, try self.handoverTimelines(from: first, through: last, in: db))
        }
        // Each call's hour (when it joined the queue) and wait, in whole seconds as the times are stored.
        let queues: @Sendable (Database) throws -> [CallHour: CallCounts] = { db in
            // Each channel's hours of the span (and a day either side) in an array; a call queued
            // further off, in a map.
            let base = Int64(first.adding(days: -2).start(in: utc).timeIntervalSince1970) / 3600
            let slots = (last.daysSince(first) + 5) * 24
            var counts = [CallCounts](repeating: CallCounts(), count: channels.count * slots), outside: [CallHour: CallCounts] = [:]
            try RawRows(
                db, sql: """
                    SELECT \(Self.index(of: "channel", channels)), \(Self.index(of: "outcome", outcomes)),
                           unixepoch(COALESCE(offered_at, first_at)) / 3600,
                           CASE outcome WHEN 'answered' THEN unixepoch(answered_at) - unixepoch(offered_at)
                                        WHEN 'abandoned' THEN unixepoch(abandoned_at) - unixepoch(offered_at) END
                    FROM queue_call WHERE local_date BETWEEN ? AND ?
                    """, arguments: days
            ).forEach { row in
                let channel = row.int(0), outcome = row.int(1), hour = row.int64(2) - base
                guard channels.indices.contains(channel), outcomes.indices.contains(outcome) else { return }
                let wait = row.optionalInt64(3).map(TimeInterval.init)
                if hour >= 0, hour < Int64(slots) {
                    counts[channel * slots + Int(hour)].add(outcome: outcomes[outcome], wait: wait, limitSeconds: limits[channel])
                } else {
                    outside[CallHour(channel: channels[channel], start: (hour + base) * 3600), default: CallCounts()].add(
                        outcome: outcomes[outcome], wait: wait, limitSeconds: limits[channel])
                }
            }
            for index in counts.indices where counts[index].offered > 0 {
                let hour = CallHour(channel: channels[index / slots], start: (Int64(index % slots) + base) * 3600)
                outside[hour] = counts[index]
            }
            return outside
        }
        do {
            // As `statisticsInput`: a long period on two connections in one snapshot, a short one on one.
            let (people, calls) = try readSideBySide(contacts, queues, concurrently: last.daysSince(first) >= Self.daysReadConcurrently)
            return ReportCounts(first: first, last: last, contacts: people.0, calls: calls, emailReplies: people.1, handovers: people.2)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }
}
