import Foundation
import PostgresNIO
import ServicecenterCore

/// The quality report's comparison periods, counted by the server: what `ReportCounts(_:configuration:)`
/// counts from the records. PostgreSQL groups a year of rows by hashing, with no sort, so it
/// counts each time; SQLite keeps the days it has counted (`SQLiteStore+ReportCounts`).
extension PostgresStore {
    public func reportCounts(from first: LocalDay, through last: LocalDay, basis: CountingBasis) throws(StoreError) -> ReportCounts {
        let visit = basis.limit(.visit), phone = basis.limit(.phone), signLanguage = basis.limit(.signLanguage), digital = basis.limit(.digital)
        return try read { db in
            var contactCounts: [Channel: ContactCounts] = [:], callCounts: [CallHour: CallCounts] = [:]
            for row in try db.query("""
                SELECT channel, COUNT(*)::integer, COUNT(*) FILTER (WHERE resolution = 'resolved')::integer,
                       COUNT(*) FILTER (WHERE resolvable)::integer, COUNT(*) FILTER (WHERE resolvable AND resolution = 'resolved')::integer,
                       COUNT(*) FILTER (WHERE resolvable AND resolution = 'resolved' AND COALESCE(queue_wait_s, 0) <=
                           CASE channel WHEN 'visit' THEN \(visit) WHEN 'phone' THEN \(phone)
                               WHEN 'sign_language' THEN \(signLanguage) ELSE \(digital) END)::integer,
                       COUNT(*) FILTER (WHERE repeat_counts)::integer, COUNT(*) FILTER (WHERE digital_help)::integer
                FROM contact WHERE local_date BETWEEN \(first) AND \(last) GROUP BY channel
                """) {
                let (name, all, resolved, resolvable, resolvableResolved, within, repeats, digitalHelp) =
                    try row.decode((String, Int, Int, Int, Int, Int, Int, Int).self)
                guard let channel = Channel(rawValue: name) else { continue }
                var contacts = ContactCounts()
                contacts.contacts = all
                contacts.resolved = resolved
                contacts.resolvableContacts = resolvable
                contacts.resolvableResolved = resolvableResolved
                contacts.resolvableResolvedWithinTarget = within
                contacts.repeats = repeats
                contacts.digitalHelp = digitalHelp
                contactCounts[channel] = contacts
            }
            let replies = try db.query("""
                SELECT started_at, queue_wait_s FROM contact
                WHERE local_date BETWEEN \(first) AND \(last) AND channel = 'digital' AND medium = 'email' AND queue_wait_s IS NOT NULL
                """).map { row in
                let (started, wait) = try row.decode((Date, Int).self)
                return EmailReply(startedAt: started, waitSeconds: wait)
            }
            for row in try db.query("""
                SELECT channel, hour, COUNT(*)::integer, COUNT(*) FILTER (WHERE outcome = 'answered')::integer,
                       COUNT(*) FILTER (WHERE outcome = 'abandoned')::integer,
                       COUNT(*) FILTER (WHERE outcome = 'answered' AND answer_wait IS NOT NULL)::integer,
                       COALESCE(SUM(answer_wait) FILTER (WHERE outcome = 'answered'), 0)::double precision,
                       COUNT(*) FILTER (WHERE outcome = 'answered' AND answer_wait <= wait_limit)::integer,
                       COUNT(*) FILTER (WHERE outcome = 'abandoned' AND abandon_wait >= wait_limit)::integer
                FROM (
                    SELECT channel, outcome, (floor(EXTRACT(EPOCH FROM COALESCE(offered_at, first_at)) / 3600) * 3600)::bigint AS hour,
                           EXTRACT(EPOCH FROM answered_at - offered_at) AS answer_wait,
                           EXTRACT(EPOCH FROM abandoned_at - offered_at) AS abandon_wait,
                           CASE channel WHEN 'visit' THEN \(visit) WHEN 'phone' THEN \(phone)
                               WHEN 'sign_language' THEN \(signLanguage) ELSE \(digital) END AS wait_limit
                    FROM queue_call WHERE local_date BETWEEN \(first) AND \(last)
                ) calls
                GROUP BY channel, hour
                """) {
                let (name, hour, offered, answered, abandoned, waits, waited, within, abandonedAfter) =
                    try row.decode((String, Int64, Int, Int, Int, Int, Double, Int, Int).self)
                guard let channel = Channel(rawValue: name) else { continue }
                var calls = CallCounts()
                calls.offered = offered
                calls.answered = answered
                calls.abandoned = abandoned
                calls.answeredWaits = waits
                calls.answerWaitSeconds = waited
                calls.answeredWithinTarget = within
                calls.abandonedAfterTarget = abandonedAfter
                callCounts[CallHour(channel: channel, start: hour)] = calls
            }
            // The hand-overs counted into their days as they are read: a comparison period of
            // years has hundreds of thousands.
            var handovers = HandoverDay.Tally(from: first, through: last, zone: basis.calendar.zone)
            for group in try forEachHandover(from: first, through: last, in: db, { handovers.add($0) }) { handovers.add(group) }
            return ReportCounts(
                first: first, last: last, contacts: contactCounts, calls: callCounts, emailReplies: replies,
                handoverDays: handovers.days, basis: basis)
        }
    }
}
