import Foundation
import PostgresNIO
import ServicecenterCore

/// The quality report's comparison periods, counted: a year earlier without reading a year of
/// hand-overs each night. Each day is counted once, by the server's grouping and the core's
/// rules (`ContactCounts`, `CallCounts`, `EmailReplyTimes`, `HandoverDay`), and kept
/// (`report_day`, schema version 6) until anything it was counted from changes, as SQLite keeps
/// them (`SQLiteStore+ReportCounts`). The contract tests hold the result to `ReportCounts` of
/// the same records read in full, and to every kind of change after a day was kept.
///
/// Other hosts write while a report counts, so a day is kept only when no change can have
/// slipped between its count and its keeping:
/// 1. **Claim** the missing days (a row of no basis the report reads, which the triggers delete
///    with any change to the day), only while no writer holds `PostgresSchema.reportDaysLock`:
///    every writer whose change forgot a day before the claim has ended by then. Taken without
///    waiting: a report never holds up a desk, it keeps nothing that night instead.
/// 2. **Count** them in one snapshot begun after the claim committed.
/// 3. **Keep** the counts of the days whose claim is still there: a change committed after the
///    snapshot took its day's claim away (or waits for the keeping and then deletes the kept row).
extension PostgresStore {
    public func reportCounts(from first: LocalDay, through last: LocalDay, basis: CountingBasis) throws(StoreError) -> ReportCounts {
        let key = basis.key, claim = "counting \(UUID().uuidString)"
        return try CountedDays.report(
            from: first, through: last,
            kept: { () throws(StoreError) in try read { db in try Self.keptDays(from: first, through: last, basis: key, in: db) } },
            // A role that may not write the counts, a writer in flight: counted all the same,
            // only not kept.
            claim: { runs in (try? write { db in try Self.claim(runs, as: claim, in: db) }) ?? false },
            count: { runs throws(StoreError) in try read { db in try countDays(runs, basis: basis, in: db) } },
            keep: { counted in _ = try? write { db in try Self.keep(counted, basis: key, claim: claim, in: db) } })
    }

    /// Marks the days of `runs` as being counted under `claim`, if no writer that forgets days is
    /// in flight; whether it did.
    static func claim(_ runs: [(first: LocalDay, last: LocalDay)], as claim: String, in db: PostgresSession) throws -> Bool {
        guard try db.value(PostgresQuery(unsafeSQL: "SELECT pg_try_advisory_xact_lock(\(PostgresSchema.reportDaysLock))"), as: Bool.self) == true
        else { return false }
        var days: [String] = []
        for run in runs {
            for offset in 0...run.last.daysSince(run.first) { days.append(run.first.adding(days: offset).description) }
        }
        try db.execute("""
            INSERT INTO report_day SELECT day::date, \(claim), 0, 0, 0, 0, 0, 0, 0 FROM unnest(\(days)::text[]) AS day
            ON CONFLICT (local_date) DO UPDATE SET basis = EXCLUDED.basis
            """)
        return true
    }

    /// The days of `runs` (in order) counted from their records, inside the caller's snapshot:
    /// the hand-overs' days once for the whole span (`HandoverDay.Tally`), contacts and calls
    /// grouped by the server a quarter at a time (`CountedDays.parts`), so a first report of
    /// decades never has every hour's row in hand at once. Calls belong to the day they are
    /// stored under, in the UTC hour they joined the queue, as SQLite counts them.
    func countDays(_ runs: [(first: LocalDay, last: LocalDay)], basis: CountingBasis, in db: PostgresSession) throws -> [LocalDay: ReportCounts] {
        guard let first = runs.first?.first, let last = runs.last?.last else { return [:] }
        var handovers = HandoverDay.Tally(from: first, through: last, zone: basis.calendar.zone)
        for group in try forEachHandover(from: first, through: last, in: db, { handovers.add($0) }) { handovers.add(group) }
        let handoverDays = handovers.days
        let visit = basis.limit(.visit), phone = basis.limit(.phone), signLanguage = basis.limit(.signLanguage), digital = basis.limit(.digital)
        let limit = """
            CASE channel WHEN 'visit' THEN \(visit) WHEN 'phone' THEN \(phone)
                WHEN 'sign_language' THEN \(signLanguage) ELSE \(digital) END
            """
        var days: [LocalDay: ReportCounts] = [:]
        for part in CountedDays.parts(of: runs) {
            let from = part.first!.first, through = part.last!.last
            // The part's days to count (a day between its runs was kept already).
            for run in part {
                for offset in 0...run.last.daysSince(run.first) {
                    let day = run.first.adding(days: offset)
                    days[day] = ReportCounts(first: day, last: day, handovers: handoverDays[day] ?? HandoverDay())
                }
            }
            for row in try db.query("""
                SELECT local_date, channel, COUNT(*)::integer, COUNT(*) FILTER (WHERE resolution = 'resolved')::integer,
                       COUNT(*) FILTER (WHERE resolvable)::integer, COUNT(*) FILTER (WHERE resolvable AND resolution = 'resolved')::integer,
                       COUNT(*) FILTER (WHERE resolvable AND resolution = 'resolved' AND COALESCE(queue_wait_s, 0) <= \(unescaped: limit))::integer,
                       COUNT(*) FILTER (WHERE repeat_counts)::integer, COUNT(*) FILTER (WHERE digital_help)::integer
                FROM contact WHERE local_date BETWEEN \(from) AND \(through) GROUP BY local_date, channel
                """) {
                let (day, channel, counts) = try Self.contactCounts(row)
                guard days[day] != nil, let channel else { continue }
                days[day]!.contacts[channel] = counts
            }
            var replies: [LocalDay: [EmailReply]] = [:]
            for row in try db.query("""
                SELECT local_date, started_at, queue_wait_s FROM contact
                WHERE local_date BETWEEN \(from) AND \(through) AND channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL
                """) {
                let (day, started, wait) = try row.decode((LocalDay, Date, Int).self)
                replies[day, default: []].append(EmailReply(startedAt: started, waitSeconds: wait))
            }
            for (day, dayReplies) in replies where days[day] != nil {
                days[day]!.email = EmailReplyTimes(replies: dayReplies, calendar: basis.calendar)
            }
            for row in try db.query("""
                SELECT local_date, channel, hour, COUNT(*)::integer, COUNT(*) FILTER (WHERE outcome = 'answered')::integer,
                       COUNT(*) FILTER (WHERE outcome = 'abandoned')::integer,
                       COUNT(*) FILTER (WHERE outcome = 'answered' AND answer_wait IS NOT NULL)::integer,
                       COALESCE(SUM(answer_wait) FILTER (WHERE outcome = 'answered'), 0)::double precision,
                       COUNT(*) FILTER (WHERE outcome = 'answered' AND answer_wait <= wait_limit)::integer,
                       COUNT(*) FILTER (WHERE outcome = 'abandoned' AND abandon_wait >= wait_limit)::integer
                FROM (
                    SELECT local_date, channel, outcome, (floor(EXTRACT(EPOCH FROM COALESCE(offered_at, first_at)) / 3600) * 3600)::bigint AS hour,
                           EXTRACT(EPOCH FROM answered_at - offered_at) AS answer_wait,
                           EXTRACT(EPOCH FROM abandoned_at - offered_at) AS abandon_wait,
                           \(unescaped: limit) AS wait_limit
                    FROM queue_call WHERE local_date BETWEEN \(from) AND \(through)
                ) calls
                GROUP BY local_date, channel, hour
                """) {
                let (day, hour, counts) = try Self.callCounts(row)
                guard days[day] != nil, let hour else { continue }
                days[day]!.calls[hour] = counts
            }
        }
        return days
    }

    /// Keeps the counted days for `basis`, in place of anything kept for them before: those
    /// still claimed by `claim`, whose rows have not changed since it was taken.
    static func keep(_ days: [LocalDay: ReportCounts], basis: String, claim: String, in db: PostgresSession) throws {
        let order = days.keys.sorted()
        let kept = try db.query("""
            UPDATE report_day AS d SET basis = \(basis), email_measured = v.measured, email_within_one = v.one, email_within_two = v.two,
                handovers_made = v.made, handovers_closed = v.closed, handovers_closed_on_time = v.on_time,
                handovers_overdue_at_end = v.overdue
            FROM unnest(\(order.map(\.description))::text[], \(order.map { days[$0]!.email.measured }), \(order.map { days[$0]!.email.withinOneWorkingDay }),
                        \(order.map { days[$0]!.email.withinTwoWorkingDays }), \(order.map { days[$0]!.handovers.made }),
                        \(order.map { days[$0]!.handovers.closed }), \(order.map { days[$0]!.handovers.closedOnTime }),
                        \(order.map { days[$0]!.handovers.overdueAtEnd }))
                AS v(day, measured, one, two, made, closed, on_time, overdue)
            WHERE d.local_date = v.day::date AND d.basis = \(claim)
            RETURNING d.local_date
            """).map { try $0.decode(LocalDay.self) }
        guard !kept.isEmpty else { return }
        let keptDays = kept.map(\.description)
        try db.execute("DELETE FROM report_day_contacts WHERE local_date = ANY(\(keptDays)::text[]::date[])")
        try db.execute("DELETE FROM report_day_calls WHERE local_date = ANY(\(keptDays)::text[]::date[])")
        var contacts: [(day: String, channel: String, counts: ContactCounts)] = []
        var calls: [(day: String, hour: CallHour, counts: CallCounts)] = []
        for day in kept {
            for (channel, counts) in days[day]?.contacts ?? [:] { contacts.append((day.description, channel.rawValue, counts)) }
            for (hour, counts) in days[day]?.calls ?? [:] { calls.append((day.description, hour, counts)) }
        }
        if !contacts.isEmpty {
            try db.execute("""
                INSERT INTO report_day_contacts
                SELECT day::date, channel, contacts, resolved, resolvable, resolvable_resolved, within, repeats, digital_help
                FROM unnest(\(contacts.map(\.day))::text[], \(contacts.map(\.channel)), \(contacts.map(\.counts.contacts)),
                            \(contacts.map(\.counts.resolved)), \(contacts.map(\.counts.resolvableContacts)),
                            \(contacts.map(\.counts.resolvableResolved)), \(contacts.map(\.counts.resolvableResolvedWithinTarget)),
                            \(contacts.map(\.counts.repeats)), \(contacts.map(\.counts.digitalHelp)))
                    AS v(day, channel, contacts, resolved, resolvable, resolvable_resolved, within, repeats, digital_help)
                """)
        }
        if !calls.isEmpty {
            try db.execute("""
                INSERT INTO report_day_calls
                SELECT day::date, channel, hour_start, offered, answered, abandoned, answered_waits, answer_wait_s, within, after
                FROM unnest(\(calls.map(\.day))::text[], \(calls.map(\.hour.channel.rawValue)), \(calls.map(\.hour.start)),
                            \(calls.map(\.counts.offered)), \(calls.map(\.counts.answered)), \(calls.map(\.counts.abandoned)),
                            \(calls.map(\.counts.answeredWaits)), \(calls.map(\.counts.answerWaitSeconds)),
                            \(calls.map(\.counts.answeredWithinTarget)), \(calls.map(\.counts.abandonedAfterTarget)))
                    AS v(day, channel, hour_start, offered, answered, abandoned, answered_waits, answer_wait_s, within, after)
                """)
        }
    }

    /// The days from `first` through `last` kept for `basis`.
    static func keptDays(from first: LocalDay, through last: LocalDay, basis: String, in db: PostgresSession) throws -> [LocalDay: ReportCounts] {
        var days: [LocalDay: ReportCounts] = [:]
        for row in try db.query("""
            SELECT local_date, email_measured, email_within_one, email_within_two,
                   handovers_made, handovers_closed, handovers_closed_on_time, handovers_overdue_at_end
            FROM report_day WHERE local_date BETWEEN \(first) AND \(last) AND basis = \(basis)
            """) {
            let (day, measured, one, two, made, closed, onTime, overdue) = try row.decode((LocalDay, Int, Int, Int, Int, Int, Int, Int).self)
            var counts = ReportCounts(first: day, last: day)
            counts.email.measured = measured
            counts.email.withinOneWorkingDay = one
            counts.email.withinTwoWorkingDays = two
            counts.handovers.made = made
            counts.handovers.closed = closed
            counts.handovers.closedOnTime = onTime
            counts.handovers.overdueAtEnd = overdue
            days[day] = counts
        }
        guard !days.isEmpty else { return days }
        for row in try db.query("""
            SELECT c.local_date, c.channel, c.contacts, c.resolved, c.resolvable, c.resolvable_resolved,
                   c.resolvable_resolved_within_target, c.repeats, c.digital_help
            FROM report_day_contacts c JOIN report_day d ON d.local_date = c.local_date AND d.basis = \(basis)
            WHERE c.local_date BETWEEN \(first) AND \(last)
            """) {
            let (day, channel, counts) = try Self.contactCounts(row)
            guard let channel else { continue }
            days[day]?.contacts[channel] = counts
        }
        for row in try db.query("""
            SELECT c.local_date, c.channel, c.hour_start, c.offered, c.answered, c.abandoned, c.answered_waits, c.answer_wait_s,
                   c.answered_within_target, c.abandoned_after_target
            FROM report_day_calls c JOIN report_day d ON d.local_date = c.local_date AND d.basis = \(basis)
            WHERE c.local_date BETWEEN \(first) AND \(last)
            """) {
            let (day, hour, counts) = try Self.callCounts(row)
            guard let hour else { continue }
            days[day]?.calls[hour] = counts
        }
        return days
    }

    /// A row of (day, channel, contacts, resolved, resolvable, resolvable resolved, within the
    /// target, repeats, digital help): a day counted or kept. No channel for a name unknown.
    static func contactCounts(_ row: PostgresRow) throws -> (day: LocalDay, channel: Channel?, counts: ContactCounts) {
        let (day, name, all, resolved, resolvable, resolvableResolved, within, repeats, digitalHelp) =
            try row.decode((LocalDay, String, Int, Int, Int, Int, Int, Int, Int).self)
        var counts = ContactCounts()
        counts.contacts = all
        counts.resolved = resolved
        counts.resolvableContacts = resolvable
        counts.resolvableResolved = resolvableResolved
        counts.resolvableResolvedWithinTarget = within
        counts.repeats = repeats
        counts.digitalHelp = digitalHelp
        return (day, Channel(rawValue: name), counts)
    }

    /// A row of (day, channel, hour, offered, answered, abandoned, waits measured, seconds
    /// waited, answered within the target, abandoned after it): a day's calls counted or kept.
    static func callCounts(_ row: PostgresRow) throws -> (day: LocalDay, hour: CallHour?, counts: CallCounts) {
        let (day, name, hour, offered, answered, abandoned, waits, waited, within, abandonedAfter) =
            try row.decode((LocalDay, String, Int64, Int, Int, Int, Int, Double, Int, Int).self)
        var counts = CallCounts()
        counts.offered = offered
        counts.answered = answered
        counts.abandoned = abandoned
        counts.answeredWaits = waits
        counts.answerWaitSeconds = waited
        counts.answeredWithinTarget = within
        counts.abandonedAfterTarget = abandonedAfter
        return (day, Channel(rawValue: name).map { CallHour(channel: $0, start: hour) }, counts)
    }
}
