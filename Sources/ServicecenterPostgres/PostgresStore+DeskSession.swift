import Foundation
import PostgresNIO
import ServicecenterCore

/// What the desk keeps between runs for each guide (the form being filled in, the station
/// chosen last) and where each guide is now, for the supervisor's staff list. One row per
/// guide, replaced on every change, as in the SQLite backend (`SQLiteStore+DeskState.swift`,
/// `SQLiteStore+Presence.swift`).
extension PostgresStore {
    /// Keeps the form a guide is filling in; called on every change. Every text in the draft is
    /// masked first (a draft is written on every keystroke, and the server's write-ahead log
    /// keeps each version); the values of `freeText` keys also lose unfinished numbers and
    /// e-mail names, and those of `verbatim` keys (a hand-over's call-back details) are kept.
    public func saveDraft(
        of operatorUser: String, payload: String, freeText: Set<String>, verbatim: Set<String>, now: Date
    ) throws(StoreError) {
        let payload = intake.masking.maskStrings(inJSON: payload, today: LocalDay(now, in: zone), unfinished: freeText, verbatim: verbatim).text
        try write { db in
            _ = try db.execute("""
                INSERT INTO desk_draft (operator, payload, updated_at) VALUES (\(operatorUser), \(payload), \(Instant(now)))
                ON CONFLICT (operator) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at
                """)
        }
    }

    /// The draft a guide left, if any.
    public func draft(of operatorUser: String) throws(StoreError) -> String? {
        try read { db in try db.value("SELECT payload FROM desk_draft WHERE operator = \(operatorUser)", as: String.self) }
    }

    public func deleteDraft(of operatorUser: String) throws(StoreError) {
        try write { db in _ = try db.execute("DELETE FROM desk_draft WHERE operator = \(operatorUser)") }
    }

    /// The station a guide chose last time, as the desk wrote it.
    public func station(of operatorUser: String) throws(StoreError) -> String? {
        try read { db in try db.value("SELECT station FROM desk_station WHERE operator = \(operatorUser)", as: String.self) }
    }

    public func setStation(of operatorUser: String, to station: String, now: Date) throws(StoreError) {
        let station = intake.masked(station, now: now)
        try write { db in
            _ = try db.execute("""
                INSERT INTO desk_station (operator, station, updated_at) VALUES (\(operatorUser), \(station), \(Instant(now)))
                ON CONFLICT (operator) DO UPDATE SET station = excluded.station, updated_at = excluded.updated_at
                """)
        }
    }

    /// Records a guide's status; `since` stays when only the channel or station changed.
    public func setStatus(of user: String, to status: OperatorStatus, channel: Channel?, station: String?, now: Date) throws(StoreError) {
        let station = station.map { intake.masked($0, now: now) }
        let day = LocalDay(now, in: zone)
        try write { db in
            // The history gets a row when the status or the channel changes, not for a station alone.
            _ = try db.execute("""
                INSERT INTO operator_status_change (operator, status, channel, at, local_date)
                SELECT \(user), \(status.rawValue), \(channel?.rawValue), \(Instant(now)), \(day)
                WHERE NOT EXISTS (
                    SELECT 1 FROM operator_status WHERE operator = \(user) AND status = \(status.rawValue)
                      AND channel IS NOT DISTINCT FROM \(channel?.rawValue))
                """)
            _ = try db.execute("""
                INSERT INTO operator_status AS s (operator, status, channel, station, since)
                VALUES (\(user), \(status.rawValue), \(channel?.rawValue), \(station), \(Instant(now)))
                ON CONFLICT (operator) DO UPDATE SET
                    since = CASE WHEN s.status = excluded.status THEN s.since ELSE excluded.since END,
                    status = excluded.status, channel = excluded.channel, station = excluded.station
                """)
        }
    }

    /// Every status change on `day`, oldest first (a guide's changes in the order made).
    public func statusChanges(on day: LocalDay) throws(StoreError) -> [OperatorPresence] {
        try read { db in try statusChanges(on: day, in: db) }
    }

    /// The same, in the caller's read (the wallboard's live day reads it with its figures).
    func statusChanges(on day: LocalDay, in db: PostgresSession) throws -> [OperatorPresence] {
        try db.query("""
            SELECT operator, status, channel, at FROM operator_status_change WHERE local_date = \(day) ORDER BY at, id
            """
        ).map { row in
            let (user, status, channel, at) = try row.decode((String, String, String?, Date).self)
            return OperatorPresence(
                user: user, status: OperatorStatus(rawValue: status) ?? .available,
                channel: channel.flatMap(Channel.init(rawValue:)), station: nil, since: at)
        }
    }

    /// Every guide not logged out, longest in their status first.
    public func presence() throws(StoreError) -> [OperatorPresence] {
        try read { db in try presence(in: db) }
    }

    /// The same, in the caller's read (the wallboard's live day reads it with its figures).
    func presence(in db: PostgresSession) throws -> [OperatorPresence] {
        // Guides with the same `since` in byte order, as SQLite sorts text.
        try db.query("""
            SELECT operator, status, channel, station, since FROM operator_status
            WHERE status <> 'logged_out' ORDER BY since, operator COLLATE "C"
            """
        ).map { row in
            let (user, status, channel, station, since) = try row.decode((String, String, String?, String?, Date).self)
            return OperatorPresence(
                user: user, status: OperatorStatus(rawValue: status) ?? .available,
                channel: channel.flatMap(Channel.init(rawValue:)), station: station, since: since)
        }
    }
}
