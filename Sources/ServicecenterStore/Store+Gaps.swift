import Foundation
import GRDB
import ServicecenterCore

/// The catalogue's gaps: the questions guides filed under Övrig fråga because no category
/// matched, counted per day so the admin can see what the catalogue should grow by. The texts
/// come from the masked subject; they are personal data like notes (purged with them) and
/// never part of the open-data package.
extension Store {
    /// Counts the gap `contact` (already masked) reveals, on its local day, in the caller's transaction.
    func countGap(of contact: Contact, in db: Database) throws {
        guard let text = gaps?.gap(for: contact) else { return }
        try db.cachedStatement(sql: """
            INSERT INTO catalogue_gap (local_date, text, count, last_seen) VALUES (?, ?, 1, ?)
            ON CONFLICT (local_date, text) DO UPDATE SET count = count + 1, last_seen = MAX(last_seen, excluded.last_seen)
            """).execute(arguments: [LocalDay(contact.startedAt, in: zone).description, text, Timestamp.utcText(contact.startedAt)])
    }

    /// The gaps counted on local days `from` through `to`: most often asked first, then the
    /// most recently asked, then by text, so the same data always gives the same order.
    public func catalogueGaps(from: LocalDay, through to: LocalDay) throws(StoreError) -> [CatalogueGap] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT text, SUM(count) AS total, MAX(last_seen) AS last FROM catalogue_gap
                WHERE local_date BETWEEN ? AND ? GROUP BY text ORDER BY total DESC, last DESC, text
                """, arguments: [from.description, to.description]
            ).map { row in
                CatalogueGap(text: row[0], count: row[1], lastSeen: Timestamp.parse(row[2] as String) ?? .distantPast)
            }
        }
    }
}
