import Foundation
import PostgresNIO
import ServicecenterCore
@testable import ServicecenterPostgres
import Testing

/// The roles enforced by the server: a guide connected with their own login (as with `psql`)
/// cannot read another guide's notes or draft, and nobody but the owner changes the history.
@Suite("PostgreSQL roles and grants", .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
struct PostgresGrantsTests {
    /// Login roles of this test only (roles are the whole server's: unique names, dropped after).
    let suffix = String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10))
    var anna: String { "sc_anna_" + suffix }
    var erik: String { "sc_erik_" + suffix }
    var maria: String { "sc_maria_" + suffix }
    var ghost: String { "sc_ghost_" + suffix }

    /// A database with the schema, two guides' contacts, drafts and history, and the grants synced.
    func prepared() throws -> (database: String, store: PostgresStore, outcome: PostgresGrants.Outcome) {
        let database = try TestServer.makeDatabase()
        let store = try PostgresStore(address: TestServer.address(database: database), intake: Intake(zone: TimeZone(identifier: "Europe/Stockholm")!))
        for role in [anna, erik, maria] { try TestServer.admin("CREATE ROLE \(role) LOGIN") }
        try store.link.run { db in
            for (id, guide) in [(1, anna), (2, erik)] {
                try db.execute("""
                    INSERT INTO servicecenter.contact (id, started_at, ended_at, local_date, local_hour, channel, category, sector,
                        resolvable, operator, resolution, handling_s, note, subject, referred_other, created_at)
                    VALUES (\(id), now(), now(), current_date, 9, 'phone', 'avfall', 'teknik', true, \(guide), 'resolved', 60,
                        \("note of " + guide), \("subject of " + guide), \("other of " + guide), now())
                    """)
                try db.execute("INSERT INTO servicecenter.desk_draft (operator, payload, updated_at) VALUES (\(guide), \("draft of " + guide), now())")
            }
            try db.execute("INSERT INTO servicecenter.audit_event (at, actor, action, details) VALUES (now(), 'admin', 'purge', 'x')")
            try db.execute("""
                INSERT INTO servicecenter.handover (id, contact_id, sector, reason, created_at, created_date, due_date, status, status_at, status_by)
                VALUES (1, 2, 'teknik', 'needs_case_officer', now(), current_date, current_date, 'open', now(), \(erik))
                """)
            try db.execute("INSERT INTO servicecenter.handover_event (handover_id, at, by, event, note) VALUES (1, now(), \(erik), 'created', 'ring efter lunch')")
        }
        let operators = [
            Operator(user: anna, name: "Anna", role: .guide), Operator(user: erik, name: "Erik", role: .guide),
            Operator(user: maria, name: "Maria", role: .supervisor), Operator(user: ghost, name: "Ghost", role: .admin),
        ]
        let outcome = try PostgresGrants.sync(store, operators: operators)
        return (database, store, outcome)
    }

    func cleanUp(_ database: String, _ store: PostgresStore) {
        store.close()
        try? TestServer.admin("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        for role in [anna, erik, maria] { try? TestServer.admin("DROP ROLE IF EXISTS \(role)") }
    }

    /// A connection as `user`, as psql would make it with that person's own login.
    func session(_ database: String, as user: String) throws -> PostgresLink {
        var address = try TestServer.address(database: database)
        address.user = user
        address.password = nil
        return PostgresLink(address: address)
    }

    /// Whether the server refused `sql` for want of a privilege (or by the history's trigger).
    func refused(_ link: PostgresLink, _ sql: String) -> Bool {
        do {
            try link.run { db in try db.executeScript(sql) }
            return false
        } catch {
            if case .notPermitted = error { return true }
            Issue.record("\(sql): \(error)")
            return false
        }
    }

    func rows(_ link: PostgresLink, _ sql: String) throws -> [String] {
        try link.run { db in try db.query(PostgresQuery(unsafeSQL: sql)).map { try $0.decode(String.self) } }
    }

    @Test("A site synced before version 6 upgrades: a guide still saves, forgetting counted days, and a supervisor's report keeps them")
    func syncedBeforeCountedDays() throws {
        let (database, store, _) = try prepared()
        defer { cleanUp(database, store) }
        try store.link.transaction { db in
            try db.execute("SET LOCAL search_path = servicecenter")
            try db.executeScript(SchemaRollback.version6)
        }
        // The owner's next start upgrades it; the roles are not synced again.
        let upgraded = try PostgresStore(address: TestServer.address(database: database), intake: Intake(zone: TimeZone(identifier: "Europe/Stockholm")!))
        defer { upgraded.close() }
        #expect(try upgraded.link.run { db in try db.value("SELECT MAX(version) FROM servicecenter.schema_version", as: Int.self) } == PostgresSchema.latest)
        var supervisorAddress = try TestServer.address(database: database)
        supervisorAddress.user = maria
        supervisorAddress.password = nil
        let supervisor = try PostgresStore(address: supervisorAddress, intake: Intake(zone: TimeZone(identifier: "Europe/Stockholm")!))
        defer { supervisor.close() }
        let today = try #require(try rows(session(database, as: maria), "SELECT current_date::text").first.flatMap(LocalDay.init))
        let basis = CountingBasis(UseCaseSite.configuration)
        _ = try supervisor.reportCounts(from: today.adding(days: -3), through: today, basis: basis)
        let kept = "SELECT COUNT(*)::text FROM servicecenter.report_day WHERE basis = '\(basis.key)'"
        #expect(try rows(session(database, as: maria), kept) == ["4"])
        let guide = try session(database, as: anna)
        defer { guide.close() }
        #expect(!refused(guide, """
            INSERT INTO servicecenter.contact (id, started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
                operator, resolution, handling_s, created_at)
            VALUES (3, now(), now(), current_date, 9, 'phone', 'avfall', 'teknik', true, '\(anna)', 'resolved', 60, now())
            """))
        #expect(try rows(session(database, as: maria), kept) == ["3"])
    }

    @Test("Sync: the groups exist, each login in its group, a missing login named; again, nothing new")
    func sync() throws {
        let (database, store, outcome) = try prepared()
        defer { cleanUp(database, store) }
        #expect(outcome.members.map(\.user) == [anna, erik, maria])
        #expect(outcome.members.map(\.group) == ["servicecenter_guide", "servicecenter_guide", "servicecenter_supervisor"])
        #expect(outcome.missingLogins == [ghost])
        let again = try PostgresGrants.sync(store, operators: [Operator(user: anna, name: "Anna", role: .supervisor)])
        #expect(again.createdGroups.isEmpty)
        // A changed role moves the login from one group to the other, not into both.
        let groups = try store.link.run { db in
            try db.query("""
                SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = \(anna) ORDER BY 1
                """).map { try $0.decode(String.self) }
        }
        #expect(groups == ["servicecenter_supervisor"])
    }

    @Test("A guide with their own login reads no other guide's note, subject, referral text or draft")
    func guideReadsOwnTextOnly() throws {
        let (database, store, _) = try prepared()
        defer { cleanUp(database, store) }
        let guide = try session(database, as: anna)
        defer { guide.close() }
        for column in ["note", "subject", "referred_other"] {
            #expect(refused(guide, "SELECT \(column) FROM servicecenter.contact"), "\(column)")
        }
        #expect(refused(guide, "SELECT * FROM servicecenter.contact"))
        // The rest of every contact is theirs to read (the statistics, the repeat picker).
        #expect(try rows(guide, "SELECT operator FROM servicecenter.contact ORDER BY id") == [anna, erik])
        // Their own text, through the view every role reads it from.
        #expect(try rows(guide, "SELECT note FROM servicecenter.contact_text ORDER BY id") == ["note of " + anna])
        #expect(try rows(guide, "SELECT payload FROM servicecenter.desk_draft") == ["draft of " + anna])
        // Nor may they write a draft in another's name, or change another's.
        #expect(refused(guide, "INSERT INTO servicecenter.desk_draft (operator, payload, updated_at) VALUES ('\(erik)', 'x', now())"))
        #expect(try guide.run { db in try db.execute("UPDATE servicecenter.desk_draft SET payload = 'x' WHERE operator = \(erik)") } == 0)

        // They correct their own contact, note and all, and nobody else's.
        #expect(try guide.run { db in try db.execute("UPDATE servicecenter.contact SET note = 'rättad' WHERE id = 1") } == 1)
        #expect(try guide.run { db in try db.execute("UPDATE servicecenter.contact SET note = 'rättad' WHERE id = 2") } == 0)
        #expect(try rows(guide, "SELECT note FROM servicecenter.contact_text ORDER BY id") == ["rättad"])

        let supervisor = try session(database, as: maria)
        defer { supervisor.close() }
        #expect(try rows(supervisor, "SELECT note FROM servicecenter.contact ORDER BY id") == ["rättad", "note of " + erik])
        #expect(try rows(supervisor, "SELECT note FROM servicecenter.contact_text ORDER BY id").count == 2)
        #expect(try rows(supervisor, "SELECT payload FROM servicecenter.desk_draft ORDER BY operator").count == 2)
    }

    @Test("Nobody but the owner changes the audit log or the hand-over history, maintenance setting or not")
    func historyIsAppendOnly() throws {
        let (database, store, _) = try prepared()
        defer { cleanUp(database, store) }
        for user in [anna, maria] {
            let link = try session(database, as: user)
            defer { link.close() }
            #expect(refused(link, "UPDATE servicecenter.audit_event SET details = 'rewritten'"), "\(user)")
            #expect(refused(link, "DELETE FROM servicecenter.audit_event"), "\(user)")
            #expect(refused(link, "DELETE FROM servicecenter.handover_event"), "\(user)")
            #expect(refused(link, "BEGIN; SET LOCAL servicecenter.maintenance = 'on'; DELETE FROM servicecenter.audit_event; COMMIT"), "\(user)")
            _ = try? link.run { db in try db.execute("ROLLBACK") }
            #expect(refused(link, "UPDATE servicecenter.handover_event SET by = 'someone else'"), "\(user)")
            // Adding to the history is everyone's work.
            _ = try link.run { db in
                try db.execute("INSERT INTO servicecenter.audit_event (at, actor, action, details) VALUES (now(), \(user), 'refused', 'tried')")
            }
        }
        let count = try store.link.run { db in try db.value("SELECT COUNT(*) FROM servicecenter.audit_event", as: Int.self) }
        #expect(count == 3)
        let note = try store.link.run { db in try db.value("SELECT note FROM servicecenter.handover_event", as: String.self) }
        #expect(note == "ring efter lunch")
    }
}
