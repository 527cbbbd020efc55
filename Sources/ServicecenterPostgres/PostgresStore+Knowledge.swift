import Foundation
import PostgresNIO
import ServicecenterCore

/// Knowledge use (`SQLiteStore+Knowledge.swift`, `ContactArticles`): the articles a contact
/// opened, written in the contact's transaction, and the desk's searches that matched nothing,
/// kept as `Intake.unmatchedSearchWords` leaves them, one row per search under its local day.
extension PostgresStore {
    public func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError) {
        guard let kept = intake.unmatchedSearchWords(words, now: now) else { return }
        let day = LocalDay(now, in: zone)
        try write { db in
            _ = try db.execute("INSERT INTO knowledge_search (local_date, words) VALUES (\(day), \(kept))")
        }
    }

    /// Most often first, then by words in byte order (`COLLATE "C"`), as SQLite sorts them.
    public func unmatchedSearches(from: LocalDay, through to: LocalDay) throws(StoreError) -> [UnmatchedSearch] {
        try read { db in
            try db.query("""
                SELECT words, COUNT(*)::bigint AS total, MAX(local_date) FROM knowledge_search
                WHERE local_date BETWEEN \(from) AND \(to) GROUP BY words ORDER BY total DESC, words COLLATE "C"
                """
            ).map { row in
                let (words, count, last) = try row.decode((String, Int, LocalDay).self)
                return UnmatchedSearch(words: words, count: count, lastDay: last)
            }
        }
    }

    /// Writes `articles` (each once, in the order first opened, masked as any typed or
    /// imported text) as contact `id`'s, replacing any it had, in the caller's transaction.
    func writeArticles(_ articles: [String], contact id: Int64, replacing: Bool, now: Date, in db: PostgresSession) throws {
        if replacing {
            _ = try db.execute("DELETE FROM contact_article WHERE contact_id = \(id)")
        }
        var seen: Set<String> = []
        let stored = articles.map { intake.masked($0, now: now) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !stored.isEmpty else { return }
        // One statement for all: the positions and ids as two arrays, unnested side by side.
        let positions = stored.indices.map { Int32($0) }
        _ = try db.execute("""
            INSERT INTO contact_article (contact_id, position, article)
            SELECT \(id), p, a FROM unnest(\(positions)::integer[], \(stored)::text[]) AS t(p, a)
            """)
    }

    /// Puts each contact's articles on it, read in one query for the local days `first`
    /// through `last` (the statistics read contacts without them; most contacts have none).
    func fillArticles(_ contacts: inout [Contact], from first: LocalDay, through last: LocalDay, in db: PostgresSession) throws {
        var byContact: [Int64: [String]] = [:]
        for row in try db.query("""
            SELECT a.contact_id, a.article FROM contact_article a JOIN contact c ON c.id = a.contact_id
            WHERE c.local_date BETWEEN \(first) AND \(last) ORDER BY a.contact_id, a.position
            """) {
            let (id, article) = try row.decode((Int64, String).self)
            byContact[id, default: []].append(article)
        }
        guard !byContact.isEmpty else { return }
        for index in contacts.indices {
            if let id = contacts[index].id, let articles = byContact[id] { contacts[index].articles = articles }
        }
    }
}
