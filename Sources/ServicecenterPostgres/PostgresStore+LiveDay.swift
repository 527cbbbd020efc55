import Foundation
import PostgresNIO
import ServicecenterCore

/// What the wallboard reads. (How a screen learns of another host's commit is `ChangeListener`.)
extension PostgresStore {
    /// Today's queues, contacts, staff, overdue hand-overs and incidents, read in one snapshot.
    public func liveDay(_ day: LocalDay) throws(StoreError) -> LiveDay {
        try read { db in
            var live = LiveDay(day: day)
            live.calls = try queueCalls(from: day, through: day, in: db)
            for row in try db.query("""
                SELECT channel, local_hour, contacts, resolved FROM contact_hour_count
                WHERE local_date = \(day) AND contacts > 0
                """) {
                let (name, hour, count, resolved) = try row.decode((String, Int, Int, Int).self)
                guard let channel = Channel(rawValue: name), (0..<24).contains(hour) else { continue }
                live.contacts[channel, default: ChannelContacts()].contacts += count
                live.contacts[channel, default: ChannelContacts()].resolved += resolved
                live.contacts[channel, default: ChannelContacts()].byHour[hour] += count
            }
            live.weekdayAverage = try weekdayAverage(before: day, in: db)
            live.staff = try presence(in: db)
            live.statusChanges = try statusChanges(on: day, in: db)
            // By user in byte order, as SQLite sorts text.
            live.guides = try db.query("""
                SELECT operator, COUNT(*)::integer, (COUNT(*) FILTER (WHERE resolution = 'resolved'))::integer, SUM(handling_s)
                FROM contact WHERE local_date = \(day) GROUP BY operator ORDER BY operator COLLATE "C"
                """
            ).map { row in
                let (user, contacts, resolved, handling) = try row.decode((String, Int, Int, Double).self)
                return GuideDay(user: user, contacts: contacts, resolved: resolved, handlingSeconds: handling)
            }
            live.overdueBySector = try db.query("""
                SELECT sector, COUNT(*) FROM handover WHERE status IN ('open', 'acknowledged', 'called_back') AND due_date < \(day)
                GROUP BY sector ORDER BY COUNT(*) DESC, sector COLLATE "C"
                """
            ).map { row in
                let (sector, overdue) = try row.decode((String, Int).self)
                return (sector: sector, overdue: overdue)
            }
            live.incidents = try incidents(where: "ended_at IS NULL", in: db)
            live.failingDeliveries = try failingDeliveryCount(in: db)
            // Every active incident gets its count, 0 included; one question for all of them.
            for incident in live.incidents { live.incidentContacts[incident.tag] = 0 }
            if !live.incidents.isEmpty {
                for row in try db.query("""
                    SELECT incident, COUNT(*) FROM contact
                    WHERE local_date = \(day) AND incident IN (SELECT tag FROM incident WHERE ended_at IS NULL)
                    GROUP BY incident
                    """) {
                    let (tag, count) = try row.decode((String, Int).self)
                    live.incidentContacts[tag] = count
                }
            }
            return live
        }
    }

    /// Contacts per channel and hour on the same weekday in the weeks before `day`, averaged
    /// over the days that had contacts (a holiday with none would drag the average down).
    func weekdayAverage(before day: LocalDay, in db: PostgresSession) throws -> [Channel: [Double]] {
        var totals: [Channel: [Double]] = [:]
        var daysWithContacts = Set<LocalDay>()
        // date − integer is a date (date − bigint is not): the same weekday 1 … weekdayAverageWeeks
        // weeks back.
        for row in try db.query("""
            SELECT local_date, channel, local_hour, contacts FROM contact_hour_count
            WHERE local_date IN (SELECT \(day)::date - 7 * g::integer FROM generate_series(1, \(LiveDay.weekdayAverageWeeks)) AS g)
              AND contacts > 0
            """) {
            let (date, name, hour, count) = try row.decode((LocalDay, String, Int, Int).self)
            guard let channel = Channel(rawValue: name), (0..<24).contains(hour) else { continue }
            daysWithContacts.insert(date)
            totals[channel, default: [Double](repeating: 0, count: 24)][hour] += Double(count)
        }
        guard !daysWithContacts.isEmpty else { return [:] }
        return totals.mapValues { $0.map { $0 / Double(daysWithContacts.count) } }
    }
}
