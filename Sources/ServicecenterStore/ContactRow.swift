import Foundation
import GRDB
import ServicecenterCore

/// How a `Contact` maps to a row of the `contact` table (see docs/schema.md).
enum ContactRow {
    /// The columns `contact(from:)` reads, in the order it reads them.
    static let columns = """
        id, external_id, started_at, ended_at, channel, medium, category, sector, resolvable, operator,
        queue_wait_s, resolution, forward_reason, forward_to, referred_to, digital_help, incident, note,
        repeat_of, repeat_counts, call_id, subject, referred_other, \(ContactArticles.selection)
        """

    /// The columns statistics need, in `contact(from:)`'s order: no note, subject, external id,
    /// call id or referral text, no articles (`ContactArticles.fill` adds them in one read) (NULL; the referral's destination id is not free text and is
    /// counted), the operator only when asked (else ''), and the end as start +
    /// handling seconds so only one timestamp is parsed per row.
    static func statisticsSelection(operator: Bool) -> String {
        """
        id, NULL, started_at, handling_s, channel, medium, category, sector, resolvable, \(`operator` ? "operator" : "''"),
        queue_wait_s, resolution, forward_reason, forward_to, referred_to, digital_help, incident, NULL,
        repeat_of, repeat_counts, NULL, NULL, NULL, NULL
        """
    }

    /// Whether the contact counts as a repeat (`RepeatRule`), given the earlier contact it names as stored.
    static func countsAsRepeat(_ facts: ContactFacts, rule: RepeatRule, in db: Database) throws -> Bool {
        let contact = facts.contact
        guard let earlierID = contact.repeatOf else { return false }
        let earlier = try Row.fetchOne(db, sql: "SELECT started_at, ended_at, resolution FROM contact WHERE id = ?", arguments: [earlierID])
            .flatMap { row -> RepeatRule.Earlier? in
                guard let started = Timestamp.parse(row[0]) else { return nil }
                return RepeatRule.Earlier(startedAt: started, endedAt: Timestamp.parse(row[1]) ?? started, resolved: row[2] == "resolved")
            }
        return try rule.countsAsRepeat(contact, earlier: earlier)
    }

    static func insert(_ facts: ContactFacts, rule: RepeatRule, now: Date, into db: Database, orIgnore: Bool) throws -> Int64? {
        let contact = facts.contact
        var forwardReason: String?, forwardTo: String?, referredTo: String?, referredOther: String?
        switch contact.resolution {
        case .resolved: break
        case .forwarded(let sector, let reason): (forwardTo, forwardReason) = (sector, reason.rawValue)
        case .referred(let to): (referredTo, referredOther) = (to?.destination, to?.text)
        }
        // A cached statement is prepared once per connection, not once per row: an import of
        // many rows otherwise spends a fifth of its time in SQLite's parser.
        var insert = try RawInsert(db, cachedSQL: """
            INSERT \(orIgnore ? "OR IGNORE " : "")INTO contact (
                external_id, started_at, ended_at, local_date, local_hour, channel, medium, category, sector,
                resolvable, operator, queue_wait_s, resolution, forward_reason, forward_to, referred_to,
                handling_s, digital_help, incident, note, created_at, repeat_of, repeat_counts, call_id, subject,
                referred_other)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.text(contact.externalID)
        insert.text(Timestamp.utcText(contact.startedAt))
        insert.text(Timestamp.utcText(contact.endedAt))
        insert.text(facts.day.description)
        insert.integer(facts.hour)
        insert.text(contact.channel.rawValue)
        insert.text(contact.medium?.rawValue)
        insert.text(contact.category)
        insert.text(contact.sector)
        insert.boolean(contact.resolvable)
        insert.text(contact.operatorUser)
        insert.integer(contact.queueWaitSeconds)
        insert.text(contact.resolution.kind.rawValue)
        insert.text(forwardReason)
        insert.text(forwardTo)
        insert.text(referredTo)
        insert.real(contact.handlingSeconds)
        insert.boolean(contact.digitalHelp)
        insert.text(contact.incident)
        insert.text(contact.note)
        insert.text(Timestamp.utcText(now))
        insert.integer(contact.repeatOf)
        insert.boolean(try countsAsRepeat(facts, rule: rule, in: db))
        insert.text(contact.callID)
        insert.text(contact.subject)
        insert.text(referredOther)
        try insert.run()
        return db.changesCount == 0 ? nil : db.lastInsertedRowID
    }

    /// Rewrites the stored fields of contact `id`; its id and creation time stay.
    static func update(_ facts: ContactFacts, rule: RepeatRule, id: Int64, into db: Database) throws {
        let contact = facts.contact
        var forwardReason: String?, forwardTo: String?, referredTo: String?, referredOther: String?
        switch contact.resolution {
        case .resolved: break
        case .forwarded(let sector, let reason): (forwardTo, forwardReason) = (sector, reason.rawValue)
        case .referred(let to): (referredTo, referredOther) = (to?.destination, to?.text)
        }
        try db.execute(
            sql: """
                UPDATE contact SET started_at = ?, ended_at = ?, local_date = ?, local_hour = ?, channel = ?, medium = ?,
                    category = ?, sector = ?, resolvable = ?, operator = ?, queue_wait_s = ?, resolution = ?,
                    forward_reason = ?, forward_to = ?, referred_to = ?, handling_s = ?, digital_help = ?, incident = ?, note = ?,
                    repeat_of = ?, repeat_counts = ?, call_id = ?, subject = ?, referred_other = ?
                WHERE id = ?
                """,
            arguments: [
                Timestamp.utcText(contact.startedAt), Timestamp.utcText(contact.endedAt),
                facts.day.description, facts.hour,
                contact.channel.rawValue, contact.medium?.rawValue, contact.category, contact.sector, contact.resolvable,
                contact.operatorUser, contact.queueWaitSeconds, contact.resolution.kind.rawValue, forwardReason, forwardTo,
                referredTo, contact.handlingSeconds, contact.digitalHelp, contact.incident, contact.note,
                contact.repeatOf, try countsAsRepeat(facts, rule: rule, in: db), contact.callID, contact.subject, referredOther, id,
            ])
    }

    /// Reads a row selected with `columns`, by position: looking columns up by name costs
    /// a quarter of a period's statistics in string case-folding.
    /// With `endIsHandling`, the fourth column is the handling time in seconds
    /// (`statisticsSelection`), not the end's timestamp.
    static func contact(from row: some Columns, endIsHandling: Bool = false) -> Contact {
        let resolution: Resolution
        switch row.string(11) {
        case "forwarded":
            resolution = .forwarded(to: row.sharedString(13), reason: ForwardReason(rawValue: row.string(12)) ?? .couldNotAnswer)
        case "referred":
            resolution = .referred(to: row.optionalSharedString(14).map { Referral(destination: $0, text: row.optionalString(22)) })
        default:
            resolution = .resolved
        }
        let startedAt = row.timestamp(2) ?? .distantPast
        let endedAt = endIsHandling ? startedAt.addingTimeInterval(row.double(3)) : row.timestamp(3) ?? .distantPast
        return Contact(
            id: row.optionalInt64(0), externalID: row.optionalString(1),
            startedAt: startedAt,
            endedAt: endedAt,
            channel: Channel(rawValue: row.string(4)) ?? .phone,
            medium: row.optionalString(5).flatMap(DigitalMedium.init(rawValue:)),
            category: row.sharedString(6), sector: row.sharedString(7), resolvable: row.bool(8),
            operatorUser: row.sharedString(9), queueWaitSeconds: row.optionalInt(10), resolution: resolution,
            digitalHelp: row.bool(15), incident: row.optionalSharedString(16), note: row.optionalString(17),
            repeatOf: row.optionalInt64(18), countsAsRepeat: row.bool(19), callID: row.optionalString(20),
            subject: row.optionalString(21), articles: ContactArticles.parse(row.optionalString(23)))
    }
}
