import Foundation
import PostgresNIO
import ServicecenterCore

/// How a `Contact` maps to a row of the `contact` table on PostgreSQL: the same columns, in the
/// same order, as the SQLite backend's `ContactRow`, so a contact reads back the same on both.
enum PostgresContactRow {
    /// The columns `contact(from:)` reads, in the order it reads them, from `source`.
    static let columns = """
        c.id, c.external_id, c.started_at, c.ended_at, c.channel, c.medium, c.category, c.sector, c.resolvable, c.operator,
        c.queue_wait_s, c.resolution, c.forward_reason, c.forward_to, c.referred_to, c.digital_help, c.incident, t.note,
        c.repeat_of, c.repeat_counts, c.call_id, t.subject, t.referred_other,
        (SELECT string_agg(a.article, ' ' ORDER BY a.position) FROM contact_article a WHERE a.contact_id = c.id)
        """

    /// Where a contact is read from: its free text (note, subject, annan's words) through the
    /// view `contact_text`, which shows a guide only their own (`PostgresGrants`), so every role
    /// runs the same query and a guide reading another's contact gets it without its text.
    static let source = "contact c LEFT JOIN contact_text t ON t.id = c.id"

    /// The row selected with `columns` as a contact. Its matter and call-back live on its hand-over.
    static func contact(from row: PostgresRow) throws -> Contact {
        let (
            id, externalID, startedAt, endedAt, channel, medium, category, sector, resolvable, operatorUser,
            queueWait, resolution, forwardReason, forwardTo, referredTo, digitalHelp, incident, note,
            repeatOf, repeatCounts, callID, subject, referredOther, articles
        ) = try row.decode(
            (
                Int64, String?, Date, Date, String, String?, String, String, Bool, String,
                Int?, String, String?, String?, String?, Bool, String?, String?,
                Int64?, Bool, String?, String?, String?, String?
            ).self)
        // Read as the SQLite backend reads it, unknown words included, so both give the same contact.
        let outcome: Resolution
        switch resolution {
        case "forwarded":
            outcome = .forwarded(to: forwardTo ?? "", reason: forwardReason.flatMap(ForwardReason.init(rawValue:)) ?? .couldNotAnswer)
        case "referred":
            outcome = .referred(to: referredTo.map { Referral(destination: $0, text: referredOther) })
        default:
            outcome = .resolved
        }
        return Contact(
            id: id, externalID: externalID, startedAt: startedAt, endedAt: endedAt,
            channel: Channel(rawValue: channel) ?? .phone, medium: medium.flatMap(DigitalMedium.init(rawValue:)),
            category: category, sector: sector, resolvable: resolvable, operatorUser: operatorUser,
            queueWaitSeconds: queueWait, resolution: outcome, digitalHelp: digitalHelp, incident: incident, note: note,
            repeatOf: repeatOf, countsAsRepeat: repeatCounts, callID: callID, subject: subject,
            articles: articles.map { $0.split(separator: " ").map(String.init) } ?? [])
    }

    /// Whether the contact counts as a repeat (`RepeatRule`), given the earlier contact it names as stored.
    static func countsAsRepeat(_ facts: ContactFacts, rule: RepeatRule, in db: PostgresSession) throws -> Bool {
        let contact = facts.contact
        guard let earlierID = contact.repeatOf else { return false }
        let earlier = try db.query("SELECT started_at, ended_at, resolution FROM contact WHERE id = \(earlierID)").first.map { row in
            let (started, ended, resolution) = try row.decode((Date, Date, String).self)
            return RepeatRule.Earlier(startedAt: started, endedAt: ended, resolved: resolution == "resolved")
        }
        return try rule.countsAsRepeat(contact, earlier: earlier)
    }

    /// The resolution's stored columns: forward reason and sector, referral destination and text.
    private static func resolutionColumns(_ resolution: Resolution)
        -> (forwardReason: String?, forwardTo: String?, referredTo: String?, referredOther: String?)
    {
        switch resolution {
        case .resolved: (nil, nil, nil, nil)
        case .forwarded(let sector, let reason): (reason.rawValue, sector, nil, nil)
        case .referred(let to): (nil, nil, to?.destination, to?.text)
        }
    }

    /// Inserts the contact and returns its id, or nil when a contact with its external id is
    /// stored already (then nothing is written and no id is used up: the existence test comes
    /// before the insert, so re-importing a file leaves the ids as SQLite's `INSERT OR IGNORE`
    /// does; `ON CONFLICT` settles the race with another host inserting the same id meanwhile).
    ///
    /// The repeat rule is applied first, so a refused link writes nothing.
    static func insert(_ facts: ContactFacts, rule: RepeatRule, now: Date, in db: PostgresSession) throws -> Int64? {
        let contact = facts.contact
        let repeatCounts = try countsAsRepeat(facts, rule: rule, in: db)
        let (forwardReason, forwardTo, referredTo, referredOther) = resolutionColumns(contact.resolution)
        // Typed casts: in INSERT … SELECT the server cannot infer a NULL parameter's type from the column.
        let query: PostgresQuery = """
            INSERT INTO contact (
                external_id, started_at, ended_at, local_date, local_hour, channel, medium, category, sector,
                resolvable, operator, queue_wait_s, resolution, forward_reason, forward_to, referred_to,
                handling_s, digital_help, incident, note, created_at, repeat_of, repeat_counts, call_id, subject,
                referred_other)
            SELECT \(contact.externalID)::text, \(Instant(contact.startedAt))::timestamptz, \(Instant(contact.endedAt))::timestamptz,
                \(facts.day)::date, \(facts.hour)::integer, \(contact.channel.rawValue)::text, \(contact.medium?.rawValue)::text,
                \(contact.category)::text, \(contact.sector)::text, \(contact.resolvable)::boolean, \(contact.operatorUser)::text,
                \(contact.queueWaitSeconds)::integer, \(contact.resolution.kind.rawValue)::text, \(forwardReason)::text,
                \(forwardTo)::text, \(referredTo)::text, \(contact.handlingSeconds)::double precision, \(contact.digitalHelp)::boolean,
                \(contact.incident)::text, \(contact.note)::text, \(Instant(now))::timestamptz, \(contact.repeatOf)::bigint,
                \(repeatCounts)::boolean, \(contact.callID)::text, \(contact.subject)::text, \(referredOther)::text
            WHERE NOT EXISTS (SELECT 1 FROM contact WHERE external_id = \(contact.externalID)::text)
            ON CONFLICT (external_id) DO NOTHING
            RETURNING id
            """
        return try db.value(query, as: Int64.self)
    }

    /// Rewrites the stored fields of contact `id`; its id, external id and creation time stay.
    static func update(_ facts: ContactFacts, rule: RepeatRule, id: Int64, in db: PostgresSession) throws {
        let contact = facts.contact
        let repeatCounts = try countsAsRepeat(facts, rule: rule, in: db)
        let (forwardReason, forwardTo, referredTo, referredOther) = resolutionColumns(contact.resolution)
        try db.execute("""
            UPDATE contact SET started_at = \(Instant(contact.startedAt)), ended_at = \(Instant(contact.endedAt)),
                local_date = \(facts.day), local_hour = \(facts.hour), channel = \(contact.channel.rawValue),
                medium = \(contact.medium?.rawValue), category = \(contact.category), sector = \(contact.sector),
                resolvable = \(contact.resolvable), operator = \(contact.operatorUser), queue_wait_s = \(contact.queueWaitSeconds),
                resolution = \(contact.resolution.kind.rawValue), forward_reason = \(forwardReason), forward_to = \(forwardTo),
                referred_to = \(referredTo), handling_s = \(contact.handlingSeconds), digital_help = \(contact.digitalHelp),
                incident = \(contact.incident), note = \(contact.note), repeat_of = \(contact.repeatOf),
                repeat_counts = \(repeatCounts), call_id = \(contact.callID), subject = \(contact.subject),
                referred_other = \(referredOther)
            WHERE id = \(id)
            """)
    }
}
