import Foundation

/// Version 3 of the PostgreSQL schema (the SQLite backend's "v20 knowledge use"): which
/// knowledge articles a contact opened, and the desk's searches that matched no article.
extension PostgresSchema {
    /// The tables version 3 adds, announced on commit like version 1's (`tables` is version
    /// 1's own and never changes).
    static let knowledgeTables = ["contact_article", "knowledge_search"]

    static let version3 = """
        -- The articles a contact opened, in the order first opened; never their text.
        CREATE TABLE contact_article (
            contact_id bigint NOT NULL REFERENCES contact(id),
            position integer NOT NULL CHECK (position >= 0),
            article text NOT NULL,
            PRIMARY KEY (contact_id, position)
        );
        -- One row per search that matched nothing, with its local day only; counted when read.
        CREATE TABLE knowledge_search (local_date date NOT NULL, words text NOT NULL);
        CREATE INDEX knowledge_search_by_day ON knowledge_search (local_date);
        """ + knowledgeTables.map {
            "CREATE TRIGGER \($0)_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \($0) FOR EACH STATEMENT EXECUTE FUNCTION announce_change();"
        }.joined(separator: "\n")
}
