import Foundation
import GRDB
import ServicecenterCore

/// How a `Contact` maps to a row of the `contact` table (see docs/schema.md).
enum ContactRow {
    static let columns = """
        id, external_id, started_at, ended_at, channel, medium, category, sector, resolvable, operator,
        queue_wait_s, resolution, forward_reason, forward_to, referred_to, digital_help, incident, note
        """

    static func insert(_ contact: Contact, zone: TimeZone, now: Date, into db: Database, orIgnore: Bool) throws -> Int64? {
        var forwardReason: String?, forwardTo: String?, referredTo: String?
        switch contact.resolution {
        case .resolved: break
        case .forwarded(let sector, let reason): (forwardTo, forwardReason) = (sector, reason.rawValue)
        case .referred(let to): referredTo = to
        }
        let arguments: StatementArguments = [
            contact.externalID, Timestamp.utcText(contact.startedAt), Timestamp.utcText(contact.endedAt),
            LocalDay(contact.startedAt, in: zone).description, localHour(of: contact.startedAt, in: zone),
            contact.channel.rawValue, contact.medium?.rawValue, contact.category, contact.sector, contact.resolvable,
            contact.operatorUser, contact.queueWaitSeconds, contact.resolution.kind.rawValue, forwardReason, forwardTo,
            referredTo, contact.handlingSeconds, contact.digitalHelp, contact.incident, contact.note,
            Timestamp.utcText(now),
        ]
        // A cached statement is prepared once per connection, not once per row: an import of
        // many rows otherwise spends a fifth of its time in SQLite's parser.
        try db.cachedStatement(
            sql: """
                INSERT \(orIgnore ? "OR IGNORE " : "")INTO contact (
                    external_id, started_at, ended_at, local_date, local_hour, channel, medium, category, sector,
                    resolvable, operator, queue_wait_s, resolution, forward_reason, forward_to, referred_to,
                    handling_s, digital_help, incident, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: arguments)
        return db.changesCount == 0 ? nil : db.lastInsertedRowID
    }

    static func contact(from row: Row) throws -> Contact {
        let resolution: Resolution
        switch row["resolution"] as String {
        case "forwarded":
            resolution = .forwarded(to: row["forward_to"], reason: ForwardReason(rawValue: row["forward_reason"])!)
        case "referred":
            resolution = .referred(to: row["referred_to"])
        default:
            resolution = .resolved
        }
        return Contact(
            id: row["id"], externalID: row["external_id"],
            startedAt: Timestamp.parse(row["started_at"]) ?? .distantPast,
            endedAt: Timestamp.parse(row["ended_at"]) ?? .distantPast,
            channel: Channel(rawValue: row["channel"]) ?? .phone,
            medium: (row["medium"] as String?).flatMap(DigitalMedium.init(rawValue:)),
            category: row["category"], sector: row["sector"], resolvable: row["resolvable"],
            operatorUser: row["operator"], queueWaitSeconds: row["queue_wait_s"], resolution: resolution,
            digitalHelp: row["digital_help"], incident: row["incident"], note: row["note"])
    }
}
