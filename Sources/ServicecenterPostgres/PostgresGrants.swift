import Foundation
import PostgresNIO
import ServicecenterCore

/// The roles of `operators.toml` enforced by the server, so that a guide with `psql` and their
/// own password can do no more than the desk lets them: three group roles (NOLOGIN), each
/// login role a member of its operator's group, and the schema's grants written for them.
///
/// - A guide reads the text of their own contacts only (`note`, `subject`, `referred_other`):
///   those columns are not granted to guides, and every role reads them through the view
///   `contact_text`, which shows a guide only the rows they logged.
/// - A guide corrects only the contacts they logged (row-level security on UPDATE).
/// - Desk drafts have row-level security: a guide sees and writes only their own.
/// - Nobody but the schema's owner may UPDATE or DELETE the audit log or hand-over history;
///   admins may only clear a hand-over event's note (`purge`), which the trigger also holds to.
///
/// Run by the schema's owner (`servicecenter roles sync`); it creates no login role.
public enum PostgresGrants {
    /// The group role of each operator role.
    public static func group(_ role: Operator.Role) -> String { "servicecenter_" + role.rawValue }

    static var groups: [String] { Operator.Role.allCases.map(group) }

    /// The contact columns only their own guide (and every supervisor and admin) may read.
    static let privateContactColumns = ["note", "subject", "referred_other"]

    /// Where every role reads a contact's free text: one row per contact its reader may see
    /// the text of. A view runs with its owner's rights over `contact`, so a guide reads their
    /// own notes here although the columns themselves are not granted to them; anyone who is
    /// not a member of the guides' group (the owner, supervisors, admins) sees every row.
    /// `security_barrier`, so no function in a query's WHERE sees the rows it hides.
    public static let contactTextView = """
        CREATE OR REPLACE VIEW servicecenter.contact_text WITH (security_barrier) AS
        SELECT c.id, c.note, c.subject, c.referred_other FROM servicecenter.contact c
        WHERE c.operator = session_user OR NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_auth_members m
            JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = 'servicecenter_guide'
            JOIN pg_catalog.pg_roles u ON u.oid = m.member AND u.rolname = session_user)
        """

    /// The grants, from nothing: run again after a change, they leave exactly these.
    static var grants: [String] {
        let schema = PostgresSchema.name
        let all = groups.joined(separator: ", ")
        let (guide, supervisor, admin) = (group(.guide), group(.supervisor), group(.admin))
        let tables = PostgresSchema.tables + PostgresSchema.laterTables + PostgresSchema.openHandoverTables + PostgresSchema.countedDayTables + ["database_identity", "schema_version"]
        let history = ["audit_event", "handover_event"]
        // Every table every role writes in the course of its work (the desk saves contacts,
        // drafts, its station and status, queue calls, hand-overs and their outbox rows; the
        // hour counts and the open hand-overs' counts are kept, and counted report days
        // forgotten, by triggers that run with the writer's rights; a report keeps its days).
        let working = tables.filter { !history.contains($0) && !["contact", "database_identity", "schema_version"].contains($0) }
        let contactColumns = [
            "id", "external_id", "started_at", "ended_at", "local_date", "local_hour", "channel", "medium", "category", "sector",
            "resolvable", "operator", "queue_wait_s", "resolution", "forward_reason", "forward_to", "referred_to", "handling_s",
            "digital_help", "incident", "created_at", "repeat_of", "repeat_counts", "call_id",
        ].joined(separator: ", ")
        return [
            "REVOKE ALL ON SCHEMA \(schema) FROM PUBLIC",
            "REVOKE ALL ON ALL TABLES IN SCHEMA \(schema) FROM PUBLIC, \(all)",
            "REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(schema) FROM PUBLIC, \(all)",
            // A site whose administrator revoked CONNECT from PUBLIC (docs/deployment.md) lets the groups in.
            "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO \(all)', current_database()); END $$",
            "GRANT USAGE ON SCHEMA \(schema) TO \(all)",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(all)",
            "GRANT SELECT ON \(schema).database_identity, \(schema).schema_version TO \(all)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON \(working.map { "\(schema).\($0)" }.joined(separator: ", ")) TO \(all)",
            // The history: read and added to; changed only by the owner (and a purge's cleared note).
            "GRANT SELECT, INSERT ON \(history.map { "\(schema).\($0)" }.joined(separator: ", ")) TO \(all)",
            "GRANT UPDATE (note) ON \(schema).handover_event TO \(admin)",
            // Contacts: a guide writes every column but reads the private ones only through the
            // view, and corrects only the contacts they logged themselves.
            "GRANT SELECT (\(contactColumns)), INSERT, UPDATE ON \(schema).contact TO \(guide)",
            "GRANT SELECT, INSERT, UPDATE ON \(schema).contact TO \(supervisor), \(admin)",
            "GRANT DELETE ON \(schema).contact TO \(admin)",
            "ALTER TABLE \(schema).contact ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS guide_reads ON \(schema).contact",
            "CREATE POLICY guide_reads ON \(schema).contact FOR SELECT TO \(guide) USING (true)",
            "DROP POLICY IF EXISTS guide_logs ON \(schema).contact",
            "CREATE POLICY guide_logs ON \(schema).contact FOR INSERT TO \(guide) WITH CHECK (true)",
            "DROP POLICY IF EXISTS guide_corrects_own ON \(schema).contact",
            "CREATE POLICY guide_corrects_own ON \(schema).contact FOR UPDATE TO \(guide) USING (operator = session_user) WITH CHECK (operator = session_user)",
            "DROP POLICY IF EXISTS every_contact ON \(schema).contact",
            "CREATE POLICY every_contact ON \(schema).contact TO \(supervisor), \(admin) USING (true) WITH CHECK (true)",
            contactTextView,
            "GRANT SELECT ON \(schema).contact_text TO \(all)",
            // Drafts: each guide their own; supervisors and admins (purge) all of them.
            "ALTER TABLE \(schema).desk_draft ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS own_draft ON \(schema).desk_draft",
            "CREATE POLICY own_draft ON \(schema).desk_draft TO \(guide) USING (operator = session_user) WITH CHECK (operator = session_user)",
            "DROP POLICY IF EXISTS every_draft ON \(schema).desk_draft",
            "CREATE POLICY every_draft ON \(schema).desk_draft TO \(supervisor), \(admin) USING (true) WITH CHECK (true)",
        ] + knowledgeGrants
    }

    /// Knowledge use (schema version 3). The articles a contact opened are read with it by
    /// everyone and written with it: a guide records them for the contacts they log and
    /// replaces them only on the contacts they correct (their own). The searches that matched
    /// nothing are internal: every role adds one from the desk, only supervisors and admins
    /// read them, and only admins (purge) remove them.
    static var knowledgeGrants: [String] {
        let schema = PostgresSchema.name
        let all = groups.joined(separator: ", ")
        let (guide, supervisor, admin) = (group(.guide), group(.supervisor), group(.admin))
        return [
            "GRANT SELECT, INSERT, DELETE ON \(schema).contact_article TO \(all)",
            "ALTER TABLE \(schema).contact_article ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS guide_reads ON \(schema).contact_article",
            "CREATE POLICY guide_reads ON \(schema).contact_article FOR SELECT TO \(guide) USING (true)",
            "DROP POLICY IF EXISTS guide_records ON \(schema).contact_article",
            "CREATE POLICY guide_records ON \(schema).contact_article FOR INSERT TO \(guide) WITH CHECK (true)",
            "DROP POLICY IF EXISTS guide_corrects_own ON \(schema).contact_article",
            """
            CREATE POLICY guide_corrects_own ON \(schema).contact_article FOR DELETE TO \(guide) USING (EXISTS (
                SELECT 1 FROM \(schema).contact c WHERE c.id = contact_id AND c.operator = session_user))
            """,
            "DROP POLICY IF EXISTS every_article ON \(schema).contact_article",
            "CREATE POLICY every_article ON \(schema).contact_article TO \(supervisor), \(admin) USING (true) WITH CHECK (true)",
            "GRANT INSERT ON \(schema).knowledge_search TO \(all)",
            "GRANT SELECT ON \(schema).knowledge_search TO \(supervisor), \(admin)",
            "GRANT DELETE ON \(schema).knowledge_search TO \(admin)",
        ]
    }

    /// What a sync did.
    public struct Outcome: Sendable, Equatable {
        /// Group roles that did not exist and were created.
        public var createdGroups: [String] = []
        /// Each operator's login role and the group it is now a member of.
        public var members: [(user: String, group: String)] = []
        /// Listed operators with no login role on the server: nothing was made for them.
        public var missingLogins: [String] = []

        public static func == (left: Outcome, right: Outcome) -> Bool {
            left.createdGroups == right.createdGroups && left.missingLogins == right.missingLogins
                && left.members.map { [$0.user, $0.group] } == right.members.map { [$0.user, $0.group] }
        }
    }

    /// Creates the missing group roles, puts each listed operator's login role into its group
    /// (and out of the other two), and writes the grants, in one transaction. Needs the schema's
    /// owner with CREATEROLE (or a superuser); anyone else gets `notPermitted`.
    public static func sync(_ store: PostgresStore, operators: [Operator]) throws(StoreError) -> Outcome {
        try store.write { db in
            var outcome = Outcome()
            // Two owners syncing at once would race on CREATE ROLE.
            try db.execute("SELECT pg_advisory_xact_lock(hashtext('servicecenter roles'))")
            for name in groups {
                let exists = try db.value("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = \(name))", as: Bool.self) ?? false
                if !exists {
                    // Roles belong to the whole server, and the lock above to this database:
                    // another database's sync may create it first, which is as good.
                    try db.execute(PostgresQuery(unsafeSQL: """
                        DO $$ BEGIN CREATE ROLE \(name) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                        """))
                    outcome.createdGroups.append(name)
                }
            }
            for statement in grants {
                try db.execute(PostgresQuery(unsafeSQL: statement))
            }
            for person in operators {
                let exists = try db.value(
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = \(person.user))", as: Bool.self) ?? false
                guard exists else {
                    outcome.missingLogins.append(person.user)
                    continue
                }
                let login = quoted(person.user)
                for role in Operator.Role.allCases where role != person.role {
                    try db.execute(PostgresQuery(unsafeSQL: "REVOKE \(group(role)) FROM \(login)"))
                }
                try db.execute(PostgresQuery(unsafeSQL: "GRANT \(group(person.role)) TO \(login)"))
                outcome.members.append((person.user, group(person.role)))
            }
            return outcome
        }
    }

    /// A role's name as an SQL identifier, whatever it holds (operators.toml is validated, but
    /// a name is never pasted into SQL unquoted).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
