import Foundation
import GRDB
import ServicecenterCore

/// Where each guide is: the status the desk sets, for the supervisor's staff list.
extension SQLiteStore {
    /// Records a guide's status; `since` stays when only the channel or station changed.
    public func setStatus(
        of user: String, to status: OperatorStatus, channel: Channel?, station: String?, now: Date
    ) throws(StoreError) {
        try write { db in
            // The history gets a row when the status or the channel changes, not for a station alone.
            let current = try Row.fetchOne(db, sql: "SELECT status, channel FROM operator_status WHERE operator = ?", arguments: [user])
            let (currentStatus, currentChannel): (String?, String?) = (current?[0], current?[1])
            if current == nil || currentStatus != status.rawValue || currentChannel != channel?.rawValue {
                try db.execute(
                    sql: "INSERT INTO operator_status_change (operator, status, channel, at, local_date) VALUES (?, ?, ?, ?, ?)",
                    arguments: [user, status.rawValue, channel?.rawValue, Timestamp.utcText(now), LocalDay(now, in: zone).description])
            }
            try db.execute(
                sql: """
                    INSERT INTO operator_status (operator, status, channel, station, since) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (operator) DO UPDATE SET
                        since = CASE WHEN status = excluded.status THEN since ELSE excluded.since END,
                        status = excluded.status, channel = excluded.channel, station = excluded.station
                    """,
                arguments: [user, status.rawValue, channel?.rawValue, station.map { intake.masked($0, now: now) }, Timestamp.utcText(now)])
        }
    }

    /// Every status change on `day`, oldest first (a guide's changes in the order made).
    public func statusChanges(on day: LocalDay) throws(StoreError) -> [OperatorPresence] {
        try read { db in try statusChanges(on: day, in: db) }
    }

    /// The same, in the caller's read (the wallboard's live day reads it with its figures).
    func statusChanges(on day: LocalDay, in db: Database) throws -> [OperatorPresence] {
        try Row.fetchAll(
            db, sql: "SELECT operator, status, channel, at FROM operator_status_change WHERE local_date = ? ORDER BY at, id",
            arguments: [day.description]
        ).map { row in
            OperatorPresence(
                user: row[0], status: OperatorStatus(rawValue: row[1]) ?? .available,
                channel: (row[2] as String?).flatMap(Channel.init(rawValue:)), station: nil, since: Timestamp.parse(row[3]) ?? .distantPast)
        }
    }

    /// Every guide not logged out, longest in their status first.
    public func presence() throws(StoreError) -> [OperatorPresence] {
        try read { db in try presence(in: db) }
    }

    func presence(in db: Database) throws -> [OperatorPresence] {
        try Row.fetchAll(
            db, sql: "SELECT operator, status, channel, station, since FROM operator_status WHERE status != 'logged_out' ORDER BY since, operator"
        ).map { row in
            OperatorPresence(
                user: row[0], status: OperatorStatus(rawValue: row[1]) ?? .available,
                channel: (row[2] as String?).flatMap(Channel.init(rawValue:)), station: row[3],
                since: Timestamp.parse(row[4]) ?? .distantPast)
        }
    }
}
