import Foundation
import GRDB
import ServicecenterCore

/// What the nightly statistics read, in one snapshot so the tables agree with each other
/// even while desks keep saving.
extension SQLiteStore {
    /// A period's contacts (without note texts or external ids, and without who logged them
    /// unless `includingOperators`), queue calls and the hand-overs that were open or made in it.
    ///
    /// The contacts are read on one connection while the calls and hand-overs are read on
    /// another, which nearly halves a year's read on two cores (SQLite's own stepping of the
    /// rows is most of it). Both read transactions begin while this process holds its writer,
    /// so both see the database as of the same commit: `asyncConcurrentRead` returns once its
    /// reader has begun. Desks in other processes are not held up: no SQLite lock is taken.
    public func statisticsInput(
        from first: LocalDay, through last: LocalDay, includingOperators: Bool, includingHandovers: Bool
    ) throws(StoreError) -> StatisticsInput {
        let contacts: @Sendable (Database) throws -> [Contact] = { db in
            var contacts = try RawRows(
                db, sql: """
                    SELECT \(ContactRow.statisticsSelection(operator: includingOperators)) FROM contact
                    WHERE local_date BETWEEN ? AND ? ORDER BY local_date
                    """,
                arguments: [first.description, last.description]
            ).map { ContactRow.contact(from: $0, endIsHandling: true) }
            try ContactArticles.fill(&contacts, from: first, through: last, in: db)
            return contacts
        }
        let queues: @Sendable (Database) throws -> ([QueueCall], HandoverHistory) = { db in
            (try self.queueCalls(from: first, through: last, in: db), includingHandovers ? try self.handoverHistory(from: first, through: last, in: db) : [])
        }
        do {
            let (contacts, (calls, handovers)) = try readSideBySide(contacts, queues, concurrently: last.daysSince(first) >= Self.daysReadConcurrently)
            return StatisticsInput(first: first, last: last, contacts: contacts, queueCalls: calls, handovers: handovers)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeoutMilliseconds)
        }
    }

    public func forEachHandover(
        from first: LocalDay, through last: LocalDay, _ body: (HandoverTimeline) -> Void
    ) throws(StoreError) -> [HandoverHistory.StillOpen] {
        try read { db in try forEachHandover(from: first, through: last, in: db, body) }
    }

    /// The period's contacts one at a time, as `statisticsInput` reads them (less the articles),
    /// from one statement stepped in one read transaction.
    public func forEachContact(from first: LocalDay, through last: LocalDay, includingOperators: Bool, _ body: (Contact) -> Void) throws(StoreError) {
        try read { db in
            try RawRows(
                db, sql: """
                    SELECT \(ContactRow.statisticsSelection(operator: includingOperators)) FROM contact
                    WHERE local_date BETWEEN ? AND ? ORDER BY local_date
                    """,
                arguments: [first.description, last.description]
            ).forEach { body(ContactRow.contact(from: $0, endIsHandling: true)) }
        }
    }

    /// Two reads of one snapshot. `concurrently`: on two connections at once, both begun while
    /// this process holds its writer so both see the same commit (a long period: a year 5.5 s
    /// → 2.1 s on two cores). Otherwise one after the other on the connection the pool has
    /// already opened, in a deferred transaction: for a nightly day, opening reader connections
    /// (each reads and parses the schema, about 3 ms in a new process) and handing work between
    /// threads cost more than they save. Neither takes a lock other processes' writes wait for.
    func readSideBySide<A: Sendable, B: Sendable>(
        _ first: @escaping @Sendable (Database) throws -> A, _ second: @escaping @Sendable (Database) throws -> B, concurrently: Bool
    ) throws -> (A, B) {
        guard concurrently else {
            return try pool.writeWithoutTransaction { db in
                var result: (A, B)?
                try db.inTransaction(.deferred) {
                    result = (try first(db), try second(db))
                    return .commit
                }
                return result!
            }
        }
        let pendingFirst = PendingRead<A>(), pendingSecond = PendingRead<B>()
        pool.writeWithoutTransaction { _ in
            pendingFirst.start(in: pool, first)
            pendingSecond.start(in: pool, second)
        }
        let secondResult = try pendingSecond.wait()
        return (try pendingFirst.wait(), secondResult)
    }

    /// Periods this long or longer are read on two connections at once (`readSideBySide`).
    static let daysReadConcurrently = 7

    /// The hand-overs the figures of `first` through `last` are told from (`HandoverHistory`).
    /// Read as timelines: those made, closed or reopened from a day before `first` on (the
    /// dates compared are local for the making and UTC for the changes, and no zone's day
    /// begins a whole day from UTC), found by the indexes of both. Every other hand-over open
    /// now was open throughout and is taken from the counts `open_handover_count` and
    /// `open_handover_sector` keep, less the open ones read as timelines. A nightly day then reads a day or two of hand-overs
    /// however many stayed open from the years before. `last` bounds nothing: a hand-over made
    /// after it counts on none of the days.
    func handoverHistory(from first: LocalDay, through last: LocalDay, in db: Database) throws -> HandoverHistory {
        try HandoverHistory.collecting { try forEachHandover(from: first, through: last, in: db, $0) }
    }

    /// `handoverHistory`'s timelines handed to `body` one at a time, in id order, each with its
    /// closes and reopenings in the order they happened (by event id); its counts of those
    /// still open returned. The ORDER BY sorts the rows found through the indexes (the plan
    /// stays on them); it does not turn the read into a scan of every hand-over.
    func forEachHandover(from first: LocalDay, through last: LocalDay, in db: Database, _ body: (HandoverTimeline) -> Void) throws -> [HandoverHistory.StillOpen] {
        var counter = StillOpenCounter(first: first)
        let since = counter.dayBefore.description
        var current: (id: Int64, timeline: HandoverTimeline)?
        try RawRows(
            db, sql: """
                SELECT h.id, h.created_at, h.due_date, e.id, e.at, e.event, h.sector, h.status != 'closed'
                FROM (
                    SELECT id FROM handover WHERE created_date >= ?1
                    UNION
                    SELECT handover_id FROM handover_event WHERE event IN ('closed', 'reopened') AND at >= ?1
                ) changed
                JOIN handover h ON h.id = changed.id
                LEFT JOIN handover_event e ON e.handover_id = h.id AND e.event IN ('closed', 'reopened')
                ORDER BY h.id, e.id
                """,
            arguments: [since]
        ).forEach { row in
            let id = row.int64(0)
            if current?.id != id {
                if let done = current { body(done.timeline) }
                let timeline = HandoverTimeline(
                    createdAt: row.timestamp(1) ?? .distantPast,
                    dueDate: LocalDay(row.string(2)) ?? LocalDay(year: 1970, month: 1, day: 1), sector: row.string(6))
                current = (id, timeline)
                if row.int(7) != 0 { counter.readAsTimeline(sector: timeline.sector, dueDate: timeline.dueDate) }
            }
            if row.optionalInt64(3) != nil, let at = row.timestamp(4) {
                current!.timeline.changes.append(HandoverTimeline.Change(at: at, closes: row.string(5) == "closed"))
            }
        }
        if let done = current { body(done.timeline) }
        // Those due later by due date; those due before as each sector's total less those due
        // later, so years of due dates are never read.
        var later: [(sector: String, dueDate: LocalDay, open: Int)] = []
        try RawRows(
            db, sql: "SELECT sector, due_date, open FROM open_handover_count WHERE due_date > ?1", arguments: [since]
        ).forEach { row in
            guard let due = LocalDay(row.string(1)) else { return }
            later.append((row.string(0), due, row.int(2)))
        }
        var before: [String: Int] = [:]
        try RawRows(db, sql: "SELECT sector, open FROM open_handover_sector", arguments: []).forEach { row in
            before[row.string(0)] = row.int(1)
        }
        for kept in later { before[kept.sector, default: 0] -= kept.open }
        return counter.stillOpen(dueLater: later, dueBefore: before)
    }
}

/// A read running on another of the pool's connections, and its result once it is done.
final class PendingRead<T: Sendable>: @unchecked Sendable {
    // Written once by the reader before `done` is signalled, read only after waiting for it.
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a reader that sees the database as the writer holding this call does.
    func start(in pool: DatabasePool, _ body: @escaping @Sendable (Database) throws -> T) {
        pool.asyncConcurrentRead { database in
            self.result = Result { try body(try database.get()) }
            self.done.signal()
        }
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}
