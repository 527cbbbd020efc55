import ArgumentParser
import Foundation
import ServicecenterCore
import ServicecenterPostgres

/// `servicecenter roles`: the roles of operators.toml as the database server enforces them.
struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Enforce the roles of operators.toml in the PostgreSQL database.",
        subcommands: [RolesSyncCommand.self]
    )
}

/// `servicecenter roles sync`: group roles, memberships and grants on the server, from operators.toml.
struct RolesSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Create the group roles, put each operator's login role in its group, and write the grants.",
        discussion: """
            On PostgreSQL the operator is the database user the server lets in, and the server \
            itself holds each one to their role, so that a guide with psql and their own password \
            can do no more than at the desk: a guide reads the notes, subjects and referral texts \
            of their own contacts only, corrects only those, and reads their own desk draft only; \
            nobody but the database's owner may change or delete the audit log or hand-over history.

            Run by the owner of the schema (with the right to create roles) after `migrate` and \
            after every change to operators.toml. Creates the group roles servicecenter_guide, \
            servicecenter_supervisor and servicecenter_admin (NOLOGIN) when missing, makes each \
            operator's login role a member of its role's group (and of no other), and writes the \
            grants. It creates no login role: an operator without one is named (create it with \
            CREATE ROLE name LOGIN, see docs/deployment.md, and run this again). Running it twice \
            changes nothing.

            Exit codes: 0 done (operators without a login role are named on stderr); 64 the \
            database is not a PostgreSQL server; 69 the server cannot be reached; 77 the user \
            may not create roles or grant on the schema.

            Example:
              servicecenter roles sync --database postgresql://servicecenter@db.example/servicecenter
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let said = context.commandText
        guard case .postgreSQL = context.database else {
            // A wrong path is said as a missing database first, as every command does.
            try context.requireDatabase(unless: .never)
            printError(said.rolesNeedServer(context.databasePath))
            throw ExitStatus.usage
        }
        let store = try context.storing { try PostgresStore(address: try context.postgresAddress(), intake: Intake(configuration: context.configuration)) }
        defer { store.close() }
        let outcome: PostgresGrants.Outcome
        do {
            outcome = try PostgresGrants.sync(store, operators: context.configuration.operators)
        } catch .notPermitted(_, let user, let what) {
            // Not a grant to ask for: only the schema's owner writes the grants.
            printError(said.rolesNeedOwner(user: user, database: store.address.shown, reason: what))
            throw ExitStatus.permission
        } catch {
            throw context.fail(error)
        }
        if !outcome.createdGroups.isEmpty { say(said.rolesCreated(outcome.createdGroups)) }
        for member in outcome.members { say(said.rolesMember(user: member.user, group: member.group)) }
        say(said.rolesGranted(database: store.address.shown, members: outcome.members.count))
        if !outcome.missingLogins.isEmpty { printError(said.rolesMissingLogins(outcome.missingLogins)) }
    }
}
