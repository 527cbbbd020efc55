import Foundation
import PostgresNIO
import ServicecenterCore

/// The catalogue's gaps: the questions guides filed under Övrig fråga because no category
/// matched, counted per day and word (`SQLiteStore+Gaps.swift`). The words come from the masked
/// subject; they are personal data like notes (purged with them) and never part of the
/// open-data package.
extension PostgresStore {
    /// Counts each word the gap of the (already masked) contact shows, on its local day, in the
    /// caller's transaction. One statement per word, as SQLite does: a word the intake gives
    /// twice counts twice, which one `INSERT … ON CONFLICT DO UPDATE` over all words would refuse.
    func countGap(of facts: ContactFacts, in db: PostgresSession) throws {
        let words = facts.gapWords
        guard !words.isEmpty else { return }
        let day = facts.day, seen = Instant(facts.contact.startedAt)
        for word in words {
            try db.execute("""
                INSERT INTO catalogue_gap AS g (local_date, word, count, last_seen) VALUES (\(day), \(word), 1, \(seen))
                ON CONFLICT (local_date, word) DO UPDATE SET count = g.count + 1, last_seen = GREATEST(g.last_seen, excluded.last_seen)
                """)
        }
    }

    /// The words counted on local days `from` through `to`: most often asked first, then the
    /// most recently asked, then by word (in byte order, as SQLite sorts), so the same data
    /// always gives the same order on both backends.
    public func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap] {
        try read { db in
            try db.query("""
                SELECT word, SUM(count)::bigint AS total, MAX(last_seen) AS last FROM catalogue_gap
                WHERE local_date BETWEEN \(from) AND \(to) GROUP BY word ORDER BY total DESC, last DESC, word COLLATE "C"
                """
            ).map { row in
                let (word, count, last) = try row.decode((String, Int, Date).self)
                return CatalogueGap(word: word, count: count, lastSeen: last)
            }
        }
    }
}
