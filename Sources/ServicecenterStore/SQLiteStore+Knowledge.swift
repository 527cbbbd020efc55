import Foundation
import GRDB
import ServicecenterCore

/// The desk's knowledge searches that matched nothing, kept so the admin sees where to write
/// next. Only what `Intake.unmatchedSearchWords` leaves is stored (masked, folded, no digits,
/// shortened), one row per search under its local day; the words are internal, never in the
/// open package, and purged with notes after [retention] note_days.
extension SQLiteStore {
    public func recordUnmatchedSearch(_ words: String, now: Date) throws(StoreError) {
        guard let kept = intake.unmatchedSearchWords(words, now: now) else { return }
        try write { db in
            try db.execute(
                sql: "INSERT INTO knowledge_search (local_date, words) VALUES (?, ?)",
                arguments: [LocalDay(now, in: zone).description, kept])
        }
    }

    public func unmatchedSearches(from: LocalDay, through to: LocalDay) throws(StoreError) -> [UnmatchedSearch] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT words, COUNT(*) AS total, MAX(local_date) FROM knowledge_search
                WHERE local_date BETWEEN ? AND ? GROUP BY words ORDER BY total DESC, words
                """, arguments: [from.description, to.description]
            ).map { row in
                UnmatchedSearch(words: row[0], count: row[1], lastDay: LocalDay(row[2] as String) ?? from)
            }
        }
    }
}
