import Foundation
import GRDB
import ServicecenterCore

/// Driftstörningar: started and ended by a supervisor, shown on every desk while active.
extension SQLiteStore {
    /// Starts an incident. Its title and message are masked before they are stored (the tag is
    /// made from the masked title), and the audit log gets the incident's id and the texts'
    /// lengths, never the texts: the log cannot be purged.
    public func startIncident(title: String, message: String, by user: String, now: Date) throws(QueueError) -> Incident {
        let title = intake.masked(title.trimmingCharacters(in: .whitespacesAndNewlines), now: now)
        let message = intake.masked(message.trimmingCharacters(in: .whitespacesAndNewlines), now: now)
        let user = intake.masked(user, now: now)
        guard !title.isEmpty else { throw .emptyIncidentTitle }
        return try queueWrite { db in
            let taken = Set(try String.fetchAll(db, sql: "SELECT tag FROM incident"))
            let tag = Incident.tag(for: title, taken: taken)
            try db.execute(
                sql: "INSERT INTO incident (tag, title, message, started_at, started_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [tag, String(title.prefix(Incident.titleLimit)), String(message.prefix(Incident.messageLimit)),
                            Timestamp.utcText(now), user])
            let id = db.lastInsertedRowID
            try appendAudit(
                .incidentStarted, by: user, contactID: nil,
                details: IncidentAudit.started(id: id, title: title, message: message), now: now, in: db)
            return try incident(id, in: db)!
        }
    }

    /// Ends an active incident; ending one already ended says who ended it and when.
    public func endIncident(_ id: Int64, by user: String, now: Date) throws(QueueError) -> Incident {
        let user = intake.masked(user, now: now)
        return try queueWrite { db in
            guard let current = try incident(id, in: db) else { throw QueueError.unknownIncident(id) }
            if let endedAt = current.endedAt { throw QueueError.incidentEnded(id: id, by: current.endedBy ?? "?", at: endedAt) }
            try db.execute(
                sql: "UPDATE incident SET ended_at = ?, ended_by = ? WHERE id = ?", arguments: [Timestamp.utcText(now), user, id])
            try appendAudit(.incidentEnded, by: user, contactID: nil, details: IncidentAudit.ended(id: id), now: now, in: db)
            return try incident(id, in: db)!
        }
    }

    /// Active incidents, newest first.
    public func activeIncidents() throws(StoreError) -> [Incident] {
        try read { db in try incidents(where: "ended_at IS NULL", in: db) }
    }

    /// Incidents started on or after `day` (all when nil), newest first.
    public func incidents(since day: LocalDay?) throws(StoreError) -> [Incident] {
        try read { db in
            guard let day else { return try incidents(where: "1", in: db) }
            return try incidents(where: "started_at >= ?", arguments: [Timestamp.utcText(day.start(in: zone))], in: db)
        }
    }

    func incident(_ id: Int64, in db: Database) throws -> Incident? {
        try incidents(where: "id = ?", arguments: [id], in: db).first
    }

    func incidents(where condition: String, arguments: StatementArguments = [], in db: Database) throws -> [Incident] {
        try Row.fetchAll(
            db, sql: """
                SELECT id, tag, title, message, started_at, started_by, ended_at, ended_by FROM incident
                WHERE \(condition) ORDER BY started_at DESC, id DESC
                """,
            arguments: arguments
        ).map { row in
            Incident(
                id: row[0], tag: row[1], title: row[2], message: row[3], startedAt: Timestamp.parse(row[4]) ?? .distantPast,
                startedBy: row[5], endedAt: (row[6] as String?).flatMap(Timestamp.parse), endedBy: row[7])
        }
    }
}
