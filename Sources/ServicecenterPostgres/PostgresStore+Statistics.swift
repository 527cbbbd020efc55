import Foundation
import PostgresNIO
import ServicecenterCore

/// What the nightly statistics read, in one snapshot (REPEATABLE READ) so the tables agree with
/// each other even while desks on every host keep saving.
extension PostgresStore {
    /// A period's contacts (without note texts or external ids, and without who logged them
    /// unless `includingOperators`), queue calls and the hand-overs that were open or made in it.
    ///
    /// The package made from it must be byte-identical to the SQLite backend's from the same
    /// data, so the rows come in the order SQLite hands them over (its index order), with text
    /// compared by bytes (`COLLATE "C"`), and with the same values: no free text is read at all.
    public func statisticsInput(
        from first: LocalDay, through last: LocalDay, includingOperators: Bool, includingHandovers: Bool
    ) throws(StoreError) -> StatisticsInput {
        try read { db in
            var contacts = try statisticsContacts(from: first, through: last, includingOperators: includingOperators, in: db)
            try fillArticles(&contacts, from: first, through: last, in: db)
            let calls = try queueCalls(from: first, through: last, in: db)
            let handovers: HandoverHistory = includingHandovers ? try handoverHistory(from: first, through: last, in: db) : []
            return StatisticsInput(first: first, last: last, contacts: contacts, queueCalls: calls, handovers: handovers)
        }
    }

    /// The period's contacts as the statistics need them (SQLite's `ContactRow.statisticsSelection`):
    /// no note, subject, external id, call id or referral text; the operator only when asked
    /// (else ''); the end as start + handling seconds, exactly as stored.
    ///
    /// SQLite reads them by its (local_date, channel, local_hour, resolution) index, then by
    /// rowid; the same order is asked for here, and PostgreSQL answers it from the same index.
    func statisticsContacts(from first: LocalDay, through last: LocalDay, includingOperators: Bool, in db: PostgresSession) throws -> [Contact] {
        let rows = try db.query(PostgresQuery(unsafeSQL: Self.statisticsContactsSQL(from: first, through: last, includingOperators: includingOperators)))
        return try rows.map(Self.statisticsContact)
    }

    public func forEachHandover(
        from first: LocalDay, through last: LocalDay, _ body: (HandoverTimeline) -> Void
    ) throws(StoreError) -> [HandoverHistory.StillOpen] {
        try read { db in try forEachHandover(from: first, through: last, in: db, body) }
    }

    /// The period's contacts one at a time, as `statisticsInput` reads them (less the articles),
    /// through a cursor (`PostgresSession.forEachRow`).
    public func forEachContact(from first: LocalDay, through last: LocalDay, includingOperators: Bool, _ body: (Contact) -> Void) throws(StoreError) {
        try read { db in
            let sql = Self.statisticsContactsSQL(from: first, through: last, includingOperators: includingOperators)
            try db.forEachRow(ofCursor: "statistics_contacts", sql: sql) { body(try Self.statisticsContact($0)) }
        }
    }

    /// The statistics' contact query: the days are `LocalDay`s (digits and dashes only), written
    /// into the text so it can stand behind a cursor, which takes no parameters.
    static func statisticsContactsSQL(from first: LocalDay, through last: LocalDay, includingOperators: Bool) -> String {
        """
        SELECT id, started_at, handling_s, channel, medium, category, sector, resolvable,
               \(includingOperators ? "operator" : "''"),
               queue_wait_s, resolution, forward_reason, forward_to, referred_to, digital_help, incident,
               repeat_of, repeat_counts
        FROM contact
        WHERE local_date BETWEEN '\(first)' AND '\(last)'
        ORDER BY local_date, channel COLLATE "C", local_hour, resolution COLLATE "C", id
        """
    }

    /// One row of `statisticsContactsSQL` as a contact.
    static func statisticsContact(_ row: PostgresRow) throws -> Contact {
        let columns = row.makeRandomAccess()
        let resolution: Resolution
        switch try columns[10].decode(String.self) {
        case "forwarded":
            resolution = .forwarded(
                to: try columns[12].decode(String?.self) ?? "",
                reason: ForwardReason(rawValue: try columns[11].decode(String?.self) ?? "") ?? .couldNotAnswer)
        case "referred":
            resolution = .referred(to: try columns[13].decode(String?.self).map { Referral(destination: $0) })
        default:
            resolution = .resolved
        }
        let startedAt = try columns[1].decode(Date.self)
        return Contact(
            id: try columns[0].decode(Int64.self), externalID: nil,
            startedAt: startedAt,
            endedAt: startedAt.addingTimeInterval(try columns[2].decode(Double.self)),
            channel: Channel(rawValue: try columns[3].decode(String.self)) ?? .phone,
            medium: try columns[4].decode(String?.self).flatMap(DigitalMedium.init(rawValue:)),
            category: try columns[5].decode(String.self), sector: try columns[6].decode(String.self),
            resolvable: try columns[7].decode(Bool.self),
            operatorUser: try columns[8].decode(String.self), queueWaitSeconds: try columns[9].decode(Int?.self),
            resolution: resolution,
            digitalHelp: try columns[14].decode(Bool.self), incident: try columns[15].decode(String?.self), note: nil,
            repeatOf: try columns[16].decode(Int64?.self), countsAsRepeat: try columns[17].decode(Bool.self), callID: nil,
            subject: nil)
    }

    /// The hand-overs the figures of `first` through `last` are told from, split as SQLite's
    /// `handoverHistory` splits them: made, closed or reopened from a day before `first` on as
    /// timelines (hand-overs by id, each one's closes and reopenings by event id, the order
    /// they happened); the others open now as counts per sector and due date (those due before
    /// the period as due the day before it, as they count the same), from the kept counts.
    func handoverHistory(from first: LocalDay, through last: LocalDay, in db: PostgresSession) throws -> HandoverHistory {
        try HandoverHistory.collecting { try forEachHandover(from: first, through: last, in: db, $0) }
    }

    /// `handoverHistory`'s timelines handed to `body` one at a time, in id order, through a
    /// cursor fetched a few thousand rows at a time (a plain query hands over all its rows at
    /// once); its counts of those still open returned, as SQLite makes them: the kept counts
    /// (`open_handover_count`, version 5) less the open ones read as timelines, those due before
    /// the period summed per sector and given as due the day before it. Inside the caller's
    /// transaction, so the counts and the timelines are of one snapshot.
    func forEachHandover(from first: LocalDay, through last: LocalDay, in db: PostgresSession, _ body: (HandoverTimeline) -> Void) throws -> [HandoverHistory.StillOpen] {
        var counter = StillOpenCounter(first: first)
        let since = counter.dayBefore, sinceMoment = since.start(in: TimeZone(identifier: "UTC")!)
        // Written into the text, as a cursor takes no parameters: a LocalDay and a UTC time in
        // Timestamp's form are digits, dashes, colons and letters only.
        let sql = """
            WITH changed AS (
                SELECT id FROM handover WHERE created_date >= '\(since)'
                UNION
                SELECT handover_id FROM handover_event
                WHERE event IN ('closed', 'reopened') AND at >= '\(Timestamp.utcText(sinceMoment))'::timestamptz
            )
            SELECT h.id, h.created_at, h.due_date, e.at, e.event = 'closed', h.sector, h.status != 'closed'
            FROM changed JOIN handover h ON h.id = changed.id
            LEFT JOIN handover_event e ON e.handover_id = h.id AND e.event IN ('closed', 'reopened')
            ORDER BY h.id, e.id
            """
        var current: (id: Int64, timeline: HandoverTimeline)?
        try db.forEachRow(ofCursor: "statistics_handovers", sql: sql) { row in
            let (id, createdAt, dueDate, at, closes, sector, open) = try row.decode((Int64, Date, LocalDay, Date?, Bool?, String, Bool).self)
            if current?.id != id {
                if let done = current { body(done.timeline) }
                current = (id, HandoverTimeline(createdAt: createdAt, dueDate: dueDate, sector: sector))
                if open { counter.readAsTimeline(sector: sector, dueDate: dueDate) }
            }
            if let at, let closes {
                current!.timeline.changes.append(HandoverTimeline.Change(at: at, closes: closes))
            }
        }
        if let done = current { body(done.timeline) }
        // Those due later by due date; those due before summed per sector from the months
        // before the day's month and that month's days (PostgreSQL keeps no per-sector total:
        // versions 5 and 6).
        let later = try db.query("SELECT sector, due_date, open FROM open_handover_count WHERE due_date > \(since)").map { row in
            let (sector, dueDate, open) = try row.decode((String, LocalDay, Int).self)
            return (sector: sector, dueDate: dueDate, open: open)
        }
        let month = LocalDay(year: since.year, month: since.month, day: 1)
        var before: [String: Int] = [:]
        for row in try db.query("""
            SELECT sector, SUM(open)::bigint FROM (
                SELECT sector, open FROM open_handover_month WHERE due_month < \(month)
                UNION ALL
                SELECT sector, open FROM open_handover_count WHERE due_date BETWEEN \(month) AND \(since)
            ) due GROUP BY sector
            """) {
            let (sector, open) = try row.decode((String, Int64).self)
            before[sector] = Int(open)
        }
        return counter.stillOpen(dueLater: later, dueBefore: before)
    }
}
