import Foundation
import PostgresNIO
import ServicecenterCore

/// Driftstörningar: started and ended by a supervisor, shown on every desk while active.
extension PostgresStore {
    /// Starts an incident. Its title and message are masked before they are stored (the tag is
    /// made from the masked title), and the audit log gets the incident's id and the texts'
    /// lengths, never the texts: the log cannot be purged.
    public func startIncident(title: String, message: String, by user: String, now: Date) throws(QueueError) -> Incident {
        let title = intake.masked(title.trimmingCharacters(in: .whitespacesAndNewlines), now: now)
        let message = intake.masked(message.trimmingCharacters(in: .whitespacesAndNewlines), now: now)
        let user = intake.masked(user, now: now)
        guard !title.isEmpty else { throw .emptyIncidentTitle }
        return try queueWrite { db in
            // Two supervisors on two hosts starting "Vattenläcka" at once would both choose the
            // free tag and one would fail on its uniqueness: tags are chosen one at a time.
            try db.execute("SELECT pg_advisory_xact_lock(hashtext('incident tag'))")
            let taken = Set(try db.query("SELECT tag FROM incident").map { try $0.decode(String.self) })
            let tag = Incident.tag(for: title, taken: taken)
            guard let id = try db.value("""
                INSERT INTO incident (tag, title, message, started_at, started_by)
                VALUES (\(tag), \(String(title.prefix(Incident.titleLimit))), \(String(message.prefix(Incident.messageLimit))),
                        \(Instant(now)), \(user))
                RETURNING id
                """, as: Int64.self)
            else { throw StoreError.failed(database: address.shown, message: "the new incident got no id") }
            try appendAudit(
                .incidentStarted, by: user, contactID: nil,
                details: IncidentAudit.started(id: id, title: title, message: message), now: now, in: db)
            return try storedIncident(id, in: db)
        }
    }

    /// Ends an active incident; ending one already ended says who ended it and when. The row
    /// is locked first, so of two people ending it at once one wins and the other is told.
    public func endIncident(_ id: Int64, by user: String, now: Date) throws(QueueError) -> Incident {
        let user = intake.masked(user, now: now)
        return try queueWrite { db in
            guard let current = try incidents(where: "id = \(id)", locking: true, in: db).first else { throw QueueError.unknownIncident(id) }
            if let endedAt = current.endedAt { throw QueueError.incidentEnded(id: id, by: current.endedBy ?? "?", at: endedAt) }
            try db.execute("UPDATE incident SET ended_at = \(Instant(now)), ended_by = \(user) WHERE id = \(id)")
            try appendAudit(.incidentEnded, by: user, contactID: nil, details: IncidentAudit.ended(id: id), now: now, in: db)
            return try storedIncident(id, in: db)
        }
    }

    /// Active incidents, newest first.
    public func activeIncidents() throws(StoreError) -> [Incident] {
        try read { db in try incidents(where: "ended_at IS NULL", in: db) }
    }

    /// Incidents started on or after `day` (all when nil), newest first.
    public func incidents(since day: LocalDay?) throws(StoreError) -> [Incident] {
        try read { db in
            guard let day else { return try incidents(where: "true", in: db) }
            return try incidents(where: "started_at >= \(Instant(day.start(in: zone)))", in: db)
        }
    }

    /// The incident just written in this transaction, which must be there.
    func storedIncident(_ id: Int64, in db: PostgresSession) throws -> Incident {
        guard let incident = try incidents(where: "id = \(id)", in: db).first else {
            throw StoreError.failed(database: address.shown, message: "incident \(id) is missing after it was written")
        }
        return incident
    }

    /// The incidents `condition` picks (a query fragment, with its values bound), newest first;
    /// `locking` locks their rows for this transaction.
    func incidents(where condition: PostgresQuery, locking: Bool = false, in db: PostgresSession) throws -> [Incident] {
        // The fragment's binds are the query's only ones, so its $1 … stay where they are.
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT id, tag, title, message, started_at, started_by, ended_at, ended_by FROM incident
                WHERE \(condition.sql) ORDER BY started_at DESC, id DESC\(locking ? " FOR UPDATE" : "")
                """,
            binds: condition.binds)
        return try db.query(query).map { row in
            let (id, tag, title, message, startedAt, startedBy, endedAt, endedBy) =
                try row.decode((Int64, String, String, String, Date, String, Date?, String?).self)
            return Incident(
                id: id, tag: tag, title: title, message: message, startedAt: startedAt, startedBy: startedBy,
                endedAt: endedAt, endedBy: endedBy)
        }
    }
}
