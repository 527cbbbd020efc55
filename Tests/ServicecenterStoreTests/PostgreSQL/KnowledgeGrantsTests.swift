import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// Knowledge use under the roles (schema version 3): the articles a contact opened are read by
/// every role and replaced by a guide on their own contacts only; the searches that matched
/// nothing are added by anyone and read by supervisors and admins only.
extension PostgresGrantsTests {
    @Test("A guide records articles and searches, replaces only their own contact's articles, and reads no search")
    func knowledgeGrants() throws {
        let (database, store, _) = try prepared()
        defer { cleanUp(database, store) }
        let guide = try session(database, as: anna), supervisor = try session(database, as: maria)
        defer { guide.close(); supervisor.close() }
        // Both contacts get an article; the guide may add to another's (the desk saves what a guide logs).
        _ = try guide.run { db in try db.execute("INSERT INTO servicecenter.contact_article (contact_id, position, article) VALUES (1, 0, 'sopor'), (2, 0, 'sopor')") }
        #expect(try rows(guide, "SELECT article FROM servicecenter.contact_article ORDER BY contact_id") == ["sopor", "sopor"])
        // A correction replaces the articles: on their own contact only.
        #expect(try guide.run { db in try db.execute("DELETE FROM servicecenter.contact_article WHERE contact_id = 1") } == 1)
        #expect(try guide.run { db in try db.execute("DELETE FROM servicecenter.contact_article WHERE contact_id = 2") } == 0)
        // Searches: the guide adds, cannot read; the supervisor reads.
        _ = try guide.run { db in try db.execute("INSERT INTO servicecenter.knowledge_search (local_date, words) VALUES (current_date, 'hundskatt')") }
        #expect(refused(guide, "SELECT words FROM servicecenter.knowledge_search"))
        #expect(refused(guide, "DELETE FROM servicecenter.knowledge_search"))
        #expect(try rows(supervisor, "SELECT words FROM servicecenter.knowledge_search") == ["hundskatt"])
        #expect(refused(supervisor, "DELETE FROM servicecenter.knowledge_search"))
    }
}
