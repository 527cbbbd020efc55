import Foundation
import GRDB
import ServicecenterCore

/// The quality report's comparison periods, counted: a year earlier without stepping a year of
/// contacts and calls each time. Each day is counted once, in the core's rules (`ContactCounts`,
/// `CallCounts`, `EmailReplyTimes`, `HandoverDay`), and kept (`report_day`, see
/// `Migrations+CountedDays`) until anything it was counted from changes; a comparison then
/// reads a few rows per day. Grouping in SQL was slower than stepping the rows: SQLite sorts in
/// a temporary B-tree for a GROUP BY (a year's calls: 1.5 s against 0.3 s stepped).
/// The contract tests hold the result to `ReportCounts` of the same records read in full.
extension SQLiteStore {
    public func reportCounts(from first: LocalDay, through last: LocalDay, basis: CountingBasis) throws(StoreError) -> ReportCounts {
        // The days are counted in reads, so the writer is held only to claim them and to keep
        // their counts. A day's claim is taken away by the triggers when its rows change after
        // the claim: such a day is counted, from a read begun after the claim, but not kept, so
        // a change that falls between the count and the keeping can never be lost.
        let key = basis.key, claim = "counting \(UUID().uuidString)"
        return try CountedDays.report(
            from: first, through: last,
            kept: { () throws(StoreError) in try read { db in try Self.keptDays(from: first, through: last, basis: key, in: db) } },
            // A file the command may not write, a writer busy past the timeout, a full disk:
            // the days are counted all the same, only not kept.
            claim: { runs in (try? write { db in try Self.claim(runs, as: claim, in: db) }) != nil },
            count: { runs throws(StoreError) in try countDays(runs, basis: basis) },
            keep: { counted in _ = try? write { db in try Self.keep(counted, basis: key, claim: claim, in: db) } })
    }

    /// Marks the days as being counted under `claim`: a row of no basis the report reads, which
    /// any change to the day's rows deletes, as it deletes a kept day.
    static func claim(_ runs: [(first: LocalDay, last: LocalDay)], as claim: String, in db: Database) throws {
        let mark = try db.makeStatement(sql: "INSERT OR REPLACE INTO report_day VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0)")
        for run in runs {
            var day = run.first
            while day <= run.last {
                try mark.execute(arguments: [day.description, claim])
                day = day.adding(days: 1)
            }
        }
    }

    /// `column`'s value as its index in `values` (-1 for any other), for a row read without text.
    static func index<T: RawRepresentable>(of column: String, _ values: [T]) -> String where T.RawValue == String {
        "CASE \(column) " + values.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset) " }.joined() + "ELSE -1 END"
    }

    /// The days of `runs` (in order) counted from their records. The hand-overs' days once for
    /// the whole span, counted as they are read (`HandoverDay.Tally`): a year whose every
    /// seventh day was kept already is 52 runs, and reading them run by run made a year's dump
    /// 3.7 s → 7.9 s. Contacts and calls a quarter's runs at a time (`countRuns`), whose arrays
    /// hold a slot per day, channel and hour: a first report of sixty years held half a
    /// gigabyte of them at once. Every read begins after the days were claimed, so a day
    /// changed meanwhile is counted but not kept.
    func countDays(_ runs: [(first: LocalDay, last: LocalDay)], basis: CountingBasis) throws(StoreError) -> [LocalDay: ReportCounts] {
        guard let first = runs.first?.first, let last = runs.last?.last else { return [:] }
        let handovers = try read { db in
            var tally = HandoverDay.Tally(from: first, through: last, zone: basis.calendar.zone)
            for group in try forEachHandover(from: first, through: last, in: db, { tally.add($0) }) { tally.add(group) }
            return tally.days
        }
        var days: [LocalDay: ReportCounts] = [:]
        for part in CountedDays.parts(of: runs) {
            days.merge(try countRuns(part, basis: basis, handovers: handovers)) { $1 }
        }
        return days
    }

    /// The contacts and calls of `runs` (in order, close together) counted, with the hand-overs'
    /// days already told, read in one snapshot (many days on two connections at once, as
    /// `statisticsInput`). Calls belong to the day they are stored under, as a period's read
    /// takes them, with the hour (UTC) and wait worked out from the stored times.
    func countRuns(
        _ runs: [(first: LocalDay, last: LocalDay)], basis: CountingBasis, handovers: [LocalDay: HandoverDay]
    ) throws(StoreError) -> [LocalDay: ReportCounts] {
        guard let first = runs.first?.first, let last = runs.last?.last else { return [:] }
        let channels = Channel.allCases, outcomes = QueueCall.Outcome.allCases
        let limits = channels.map(basis.limit)
        // Arrays over every day from the first run's first to the last run's last, filled for the runs' days.
        let dayCount = last.daysSince(first) + 1
        let spans: [StatementArguments] = runs.map { [first.description, $0.first.description, $0.last.description] }
        let people: @Sendable (Database) throws -> ([ContactCounts], [[EmailReply]]) = { db in
            // Channels and outcomes come back as their index in these lists: no text to make per row.
            var contacts = [ContactCounts](repeating: ContactCounts(), count: dayCount * channels.count)
            var replies = [[EmailReply]](repeating: [], count: dayCount)
            for span in spans {
                try RawRows(
                    db, sql: """
                        SELECT CAST(julianday(local_date) - julianday(?1) AS INTEGER), \(Self.index(of: "channel", channels)),
                               resolution = 'resolved', resolvable, queue_wait_s, repeat_counts, digital_help,
                               CASE WHEN channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL THEN started_at END
                        FROM contact WHERE local_date BETWEEN ?2 AND ?3
                        """, arguments: span
                ).forEach { row in
                    let day = row.int(0), channel = row.int(1), wait = row.optionalInt(4)
                    guard replies.indices.contains(day), channels.indices.contains(channel) else { return }
                    contacts[day * channels.count + channel].add(
                        resolved: row.int(2) != 0, resolvable: row.int(3) != 0, waitSeconds: wait, countsAsRepeat: row.int(5) != 0,
                        digitalHelp: row.int(6) != 0, limitSeconds: limits[channel])
                    if let wait, let started = row.timestamp(7) { replies[day].append(EmailReply(startedAt: started, waitSeconds: wait)) }
                }
            }
            return (contacts, replies)
        }
        // A day's calls in an array of its UTC hours from a day before its UTC midnight to two
        // days after its end (every zone's day lies within); a call queued further off, in a map.
        let utc = TimeZone(identifier: "UTC")!
        let firstHour = Int64(first.start(in: utc).timeIntervalSince1970) / 3600
        let window = 96, before: Int64 = 24, perDay = channels.count * window
        let queues: @Sendable (Database) throws -> ([CallCounts], [[CallHour: CallCounts]]) = { db in
            var calls = [CallCounts](repeating: CallCounts(), count: dayCount * perDay)
            var outside = [[CallHour: CallCounts]](repeating: [:], count: dayCount)
            for span in spans {
                try RawRows(
                    db, sql: """
                        SELECT CAST(julianday(local_date) - julianday(?1) AS INTEGER), \(Self.index(of: "channel", channels)),
                               \(Self.index(of: "outcome", outcomes)), unixepoch(COALESCE(offered_at, first_at)) / 3600,
                               CASE outcome WHEN 'answered' THEN unixepoch(answered_at) - unixepoch(offered_at)
                                            WHEN 'abandoned' THEN unixepoch(abandoned_at) - unixepoch(offered_at) END
                        FROM queue_call WHERE local_date BETWEEN ?2 AND ?3
                        """, arguments: span
                ).forEach { row in
                    let day = row.int(0), channel = row.int(1), outcome = row.int(2), hour = row.int64(3)
                    guard outside.indices.contains(day), channels.indices.contains(channel), outcomes.indices.contains(outcome) else { return }
                    let wait = row.optionalInt64(4).map(TimeInterval.init)
                    let slot = hour - firstHour - Int64(day) * 24 + before
                    if slot >= 0, slot < Int64(window) {
                        calls[day * perDay + channel * window + Int(slot)].add(outcome: outcomes[outcome], wait: wait, limitSeconds: limits[channel])
                    } else {
                        outside[day][CallHour(channel: channels[channel], start: hour * 3600), default: CallCounts()].add(
                            outcome: outcomes[outcome], wait: wait, limitSeconds: limits[channel])
                    }
                }
            }
            return (calls, outside)
        }
        let ((contacts, replies), (calls, outside)): (([ContactCounts], [[EmailReply]]), ([CallCounts], [[CallHour: CallCounts]]))
        do {
            let days = runs.reduce(0) { $0 + $1.last.daysSince($1.first) + 1 }
            ((contacts, replies), (calls, outside)) = try readSideBySide(people, queues, concurrently: days > Self.daysReadConcurrently)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
        var days: [LocalDay: ReportCounts] = [:]
        for run in runs {
            for offset in run.first.daysSince(first)...run.last.daysSince(first) {
                let day = first.adding(days: offset)
                var counts = ReportCounts(
                    first: day, last: day, calls: outside[offset], email: EmailReplyTimes(replies: replies[offset], calendar: basis.calendar),
                    handovers: handovers[day] ?? HandoverDay())
                for (index, channel) in channels.enumerated() {
                    let contactCounts = contacts[offset * channels.count + index]
                    if contactCounts.contacts > 0 { counts.contacts[channel] = contactCounts }
                    for slot in 0..<window where calls[offset * perDay + index * window + slot].offered > 0 {
                        let hour = firstHour + Int64(offset) * 24 - before + Int64(slot)
                        counts.calls[CallHour(channel: channel, start: hour * 3600)] = calls[offset * perDay + index * window + slot]
                    }
                }
                days[day] = counts
            }
        }
        return days
    }

    /// Keeps the counted days for `basis`, in place of anything kept for them before: those
    /// still claimed by `claim`, whose rows have not changed since it was taken.
    static func keep(_ days: [LocalDay: ReportCounts], basis: String, claim: String, in db: Database) throws {
        let forget = try db.makeStatement(sql: "DELETE FROM report_day_contacts WHERE local_date = ?")
        let forgetCalls = try db.makeStatement(sql: "DELETE FROM report_day_calls WHERE local_date = ?")
        let day = try db.makeStatement(sql: """
            UPDATE report_day SET basis = ?2, email_measured = ?3, email_within_one = ?4, email_within_two = ?5,
                handovers_made = ?6, handovers_closed = ?7, handovers_closed_on_time = ?8, handovers_overdue_at_end = ?9
            WHERE local_date = ?1 AND basis = ?10
            """)
        let contacts = try db.makeStatement(sql: "INSERT INTO report_day_contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let calls = try db.makeStatement(sql: "INSERT INTO report_day_calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for (date, counts) in days {
            let local = date.description
            let email = counts.email, handovers = counts.handovers
            try day.execute(arguments: [
                local, basis, email.measured, email.withinOneWorkingDay, email.withinTwoWorkingDays,
                handovers.made, handovers.closed, handovers.closedOnTime, handovers.overdueAtEnd, claim,
            ])
            guard db.changesCount == 1 else { continue }
            try forget.execute(arguments: [local])
            try forgetCalls.execute(arguments: [local])
            for (channel, count) in counts.contacts {
                try contacts.execute(arguments: [
                    local, channel.rawValue, count.contacts, count.resolved, count.resolvableContacts, count.resolvableResolved,
                    count.resolvableResolvedWithinTarget, count.repeats, count.digitalHelp,
                ])
            }
            for (hour, count) in counts.calls {
                try calls.execute(arguments: [
                    local, hour.channel.rawValue, hour.start, count.offered, count.answered, count.abandoned, count.answeredWaits,
                    count.answerWaitSeconds, count.answeredWithinTarget, count.abandonedAfterTarget,
                ])
            }
        }
    }

    /// The days from `first` through `last` kept for `basis`.
    static func keptDays(from first: LocalDay, through last: LocalDay, basis: String, in db: Database) throws -> [LocalDay: ReportCounts] {
        let arguments: StatementArguments = [first.description, last.description, basis]
        var days: [LocalDay: ReportCounts] = [:]
        try RawRows(
            db, sql: """
                SELECT local_date, email_measured, email_within_one, email_within_two,
                       handovers_made, handovers_closed, handovers_closed_on_time, handovers_overdue_at_end
                FROM report_day WHERE local_date BETWEEN ?1 AND ?2 AND basis = ?3
                """, arguments: arguments
        ).forEach { row in
            guard let day = LocalDay(row.string(0)) else { return }
            var counts = ReportCounts(first: day, last: day)
            counts.email.measured = row.int(1)
            counts.email.withinOneWorkingDay = row.int(2)
            counts.email.withinTwoWorkingDays = row.int(3)
            counts.handovers.made = row.int(4)
            counts.handovers.closed = row.int(5)
            counts.handovers.closedOnTime = row.int(6)
            counts.handovers.overdueAtEnd = row.int(7)
            days[day] = counts
        }
        try RawRows(
            db, sql: """
                SELECT c.local_date, c.channel, c.contacts, c.resolved, c.resolvable, c.resolvable_resolved,
                       c.resolvable_resolved_within_target, c.repeats, c.digital_help
                FROM report_day_contacts c JOIN report_day d ON d.local_date = c.local_date AND d.basis = ?3
                WHERE c.local_date BETWEEN ?1 AND ?2
                """, arguments: arguments
        ).forEach { row in
            guard let day = LocalDay(row.sharedString(0)), let channel = Channel(rawValue: row.sharedString(1)) else { return }
            var counts = ContactCounts()
            counts.contacts = row.int(2)
            counts.resolved = row.int(3)
            counts.resolvableContacts = row.int(4)
            counts.resolvableResolved = row.int(5)
            counts.resolvableResolvedWithinTarget = row.int(6)
            counts.repeats = row.int(7)
            counts.digitalHelp = row.int(8)
            days[day]?.contacts[channel] = counts
        }
        try RawRows(
            db, sql: """
                SELECT c.local_date, c.channel, c.hour_start, c.offered, c.answered, c.abandoned, c.answered_waits, c.answer_wait_s,
                       c.answered_within_target, c.abandoned_after_target
                FROM report_day_calls c JOIN report_day d ON d.local_date = c.local_date AND d.basis = ?3
                WHERE c.local_date BETWEEN ?1 AND ?2
                """, arguments: arguments
        ).forEach { row in
            guard let day = LocalDay(row.sharedString(0)), let channel = Channel(rawValue: row.sharedString(1)) else { return }
            var counts = CallCounts()
            counts.offered = row.int(3)
            counts.answered = row.int(4)
            counts.abandoned = row.int(5)
            counts.answeredWaits = row.int(6)
            counts.answerWaitSeconds = row.double(7)
            counts.answeredWithinTarget = row.int(8)
            counts.abandonedAfterTarget = row.int(9)
            days[day]?.calls[CallHour(channel: channel, start: row.int64(2))] = counts
        }
        return days
    }
}
