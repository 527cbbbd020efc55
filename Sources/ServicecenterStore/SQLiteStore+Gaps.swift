import Foundation
import GRDB
import ServicecenterCore

/// The catalogue's gaps: the questions guides filed under Övrig fråga because no category
/// matched, counted per day and word so the admin can see what the catalogue should grow by.
/// The words come from the masked subject; they are personal data like notes (purged with them) and
/// never part of the open-data package.
extension SQLiteStore {
    /// Counts each word the gap of `contact` (already masked) shows, on its local day, in the
    /// caller's transaction: one row per day and word, so the report adds words up, not phrases.
    func countGap(of facts: ContactFacts, in db: Database) throws {
        let words = facts.gapWords, contact = facts.contact
        guard !words.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO catalogue_gap (local_date, word, count, last_seen) VALUES (?, ?, 1, ?)
            ON CONFLICT (local_date, word) DO UPDATE SET count = count + 1, last_seen = MAX(last_seen, excluded.last_seen)
            """)
        let day = facts.day.description, seen = Timestamp.utcText(contact.startedAt)
        for word in words {
            try statement.execute(arguments: [day, word, seen])
        }
    }

    /// The words counted on local days `from` through `to`: most often asked first, then the
    /// most recently asked, then by word, so the same data always gives the same order.
    public func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT word, SUM(count) AS total, MAX(last_seen) AS last FROM catalogue_gap
                WHERE local_date BETWEEN ? AND ? GROUP BY word ORDER BY total DESC, last DESC, word
                """, arguments: [from.description, to.description]
            ).map { row in
                CatalogueGap(word: row[0], count: row[1], lastSeen: Timestamp.parse(row[2] as String) ?? .distantPast)
            }
        }
    }
}
