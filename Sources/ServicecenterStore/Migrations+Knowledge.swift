import GRDB

extension Migrations {
    /// Part of issue 22: which knowledge articles a contact opened (their ids, in the order
    /// first opened; never their text), and the desk's searches that matched no article.
    /// Independent of v19 (operator status history, another branch).
    static func registerKnowledge(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v20 knowledge use") { db in
            try db.execute(sql: """
                CREATE TABLE contact_article (
                    contact_id INTEGER NOT NULL REFERENCES contact(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    article TEXT NOT NULL,
                    PRIMARY KEY (contact_id, position)
                )
                """)
            // One row per search, no time but its day: counted when read, purged with notes.
            try db.execute(sql: "CREATE TABLE knowledge_search (local_date TEXT NOT NULL, words TEXT NOT NULL)")
            try db.execute(sql: "CREATE INDEX knowledge_search_by_day ON knowledge_search (local_date)")
        }
    }
}
