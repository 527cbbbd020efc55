import Foundation
import GRDB
import ServicecenterCore

/// How the knowledge articles a contact opened map to `contact_article`: one row per article,
/// numbered in the order first opened, written in the contact's own transaction.
enum ContactArticles {
    /// The articles of the row's contact as one column of a `SELECT … FROM contact`:
    /// "position:article" pairs, which `parse` puts back in order (group_concat's order is
    /// not promised).
    static let selection = """
        (SELECT group_concat(position || ':' || article, ' ') FROM contact_article WHERE contact_id = contact.id)
        """

    /// The ids from `selection`'s column, in the order they were opened.
    static func parse(_ column: String?) -> [String] {
        guard let column else { return [] }
        return column.split(separator: " ").compactMap { pair -> (Int, String)? in
            guard let colon = pair.firstIndex(of: ":"), let position = Int(pair[..<colon]) else { return nil }
            return (position, String(pair[pair.index(after: colon)...]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The ids to store: each once, in the order first opened, each masked as any other text
    /// typed or imported (an id is checked against the configuration at the desk, not on import).
    static func stored(_ articles: [String], intake: Intake, now: Date) -> [String] {
        var seen: Set<String> = []
        return articles.map { intake.masked($0, now: now) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Writes `articles` as contact `id`'s, replacing any it had, in the caller's transaction.
    static func write(_ articles: [String], contact id: Int64, replacing: Bool, into db: Database) throws {
        if replacing {
            try db.execute(sql: "DELETE FROM contact_article WHERE contact_id = ?", arguments: [id])
        }
        guard !articles.isEmpty else { return }
        let insert = try db.cachedStatement(sql: "INSERT INTO contact_article (contact_id, position, article) VALUES (?, ?, ?)")
        for (position, article) in articles.enumerated() {
            try insert.execute(arguments: [id, position, article])
        }
    }

    /// Puts each contact's articles on it, read in one query for the local days `first`
    /// through `last` (the statistics read contacts without them; most contacts have none).
    static func fill(_ contacts: inout [Contact], from first: LocalDay, through last: LocalDay, in db: Database) throws {
        var byContact: [Int64: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.contact_id, a.article FROM contact_article a JOIN contact c ON c.id = a.contact_id
            WHERE c.local_date BETWEEN ? AND ? ORDER BY a.contact_id, a.position
            """, arguments: [first.description, last.description])
        while let row = try rows.next() {
            byContact[row[0], default: []].append(row[1])
        }
        guard !byContact.isEmpty else { return }
        for index in contacts.indices {
            if let id = contacts[index].id, let articles = byContact[id] { contacts[index].articles = articles }
        }
    }
}
