import Foundation
import GRDB
import ServicecenterCore

/// What the wallboard reads, and how a screen learns that another process changed something.
extension SQLiteStore {

    /// Today's queues, contacts, staff, overdue hand-overs and incidents, read at one moment.
    public func liveDay(_ day: LocalDay) throws(StoreError) -> LiveDay {
        try read { db in
            var live = LiveDay(day: day)
            live.calls = try queueCalls(from: day, through: day, in: db)
            let rows = try Row.fetchCursor(
                db, sql: """
                    SELECT channel, local_hour, contacts, resolved FROM contact_hour_count
                    WHERE local_date = ? AND contacts > 0
                    """,
                arguments: [day.description])
            while let row = try rows.next() {
                guard let channel = Channel(rawValue: row[0]) else { continue }
                let hour: Int = row[1], count: Int = row[2], resolved: Int = row[3]
                live.contacts[channel, default: ChannelContacts()].contacts += count
                live.contacts[channel, default: ChannelContacts()].resolved += resolved
                live.contacts[channel, default: ChannelContacts()].byHour[hour] += count
            }
            live.weekdayAverage = try weekdayAverage(before: day, in: db)
            live.staff = try presence(in: db)
            live.statusChanges = try statusChanges(on: day, in: db)
            live.guides = try Row.fetchAll(
                db, sql: """
                    SELECT operator, COUNT(*), SUM(resolution = 'resolved'), SUM(handling_s) FROM contact
                    WHERE local_date = ? GROUP BY operator ORDER BY operator
                    """,
                arguments: [day.description]
            ).map { GuideDay(user: $0[0], contacts: $0[1], resolved: $0[2], handlingSeconds: $0[3]) }
            live.overdueBySector = try Row.fetchAll(
                db, sql: """
                    SELECT sector, COUNT(*) FROM handover WHERE status IN ('open', 'acknowledged', 'called_back') AND due_date < ?
                    GROUP BY sector ORDER BY COUNT(*) DESC, sector
                    """,
                arguments: [day.description]
            ).map { (sector: $0[0], overdue: $0[1]) }
            live.incidents = try incidents(where: "ended_at IS NULL", in: db)
            live.failingDeliveries = try failingDeliveryCount(in: db)
            for incident in live.incidents {
                live.incidentContacts[incident.tag] = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM contact WHERE incident = ? AND local_date = ?",
                    arguments: [incident.tag, day.description]) ?? 0
            }
            return live
        }
    }

    /// Contacts per channel and hour on the same weekday in the weeks before `day`, averaged
    /// over the days that had contacts (a holiday with none would drag the average down).
    func weekdayAverage(before day: LocalDay, in db: Database) throws -> [Channel: [Double]] {
        let days = (1...LiveDay.weekdayAverageWeeks).map { day.adding(days: -7 * $0).description }
        let placeholders = days.map { _ in "?" }.joined(separator: ", ")
        var totals: [Channel: [Double]] = [:]
        var daysWithContacts = Set<String>()
        let rows = try Row.fetchCursor(
            db, sql: """
                SELECT local_date, channel, local_hour, contacts FROM contact_hour_count
                WHERE local_date IN (\(placeholders)) AND contacts > 0
                """,
            arguments: StatementArguments(days))
        while let row = try rows.next() {
            guard let channel = Channel(rawValue: row[1]) else { continue }
            daysWithContacts.insert(row[0])
            let hour: Int = row[2], count: Int = row[3]
            totals[channel, default: [Double](repeating: 0, count: 24)][hour] += Double(count)
        }
        guard !daysWithContacts.isEmpty else { return [:] }
        return totals.mapValues { $0.map { $0 / Double(daysWithContacts.count) } }
    }

    /// SQLite's `PRAGMA data_version` for this process's connection: it changes when any
    /// other connection (another desk, an import, a feed) commits. A screen asks it twice a
    /// second and re-reads only when it moved, so an idle screen costs next to nothing.
    public func changeMark() throws(StoreError) -> ChangeMark {
        do {
            // Always the writer connection: the number is per connection, so it must be the same one.
            // A cached statement: asked twice a second for hours, preparing it each time was most
            // of an idle screen's cost.
            return ChangeMark(try pool.writeWithoutTransaction { db in try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0 })
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }
}
