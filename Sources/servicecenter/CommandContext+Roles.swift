import Foundation
import ServicecenterCore

/// Who is running the command, and what their role lets them do.
extension CommandContext {
    /// The login user as operators.toml lists them, or a refusal naming the file (exit 78).
    func loginOperator() throws -> Operator {
        guard let person = configuration.operator(loginUser) else {
            printError(securityStrings(for: text.language).unknownLoginUser(loginUser, file: configDirectory.appendingPathComponent("operators.toml").path))
            throw ExitStatus.configuration
        }
        return person
    }

    /// The login user as a supervisor or admin, or a refusal naming the role needed (exit 77).
    func requireSupervisor(for command: String) throws -> Operator {
        try require([.supervisor, .admin], for: command)
    }

    /// The login user as an admin (purging, changing what everyone sees), or a refusal (exit 77).
    func requireAdmin(for command: String) throws -> Operator {
        try require([.admin], for: command)
    }

    /// The login user when their role is one of `roles`. A refusal says which role is needed
    /// and goes into the audit log, when there is a database to keep it in.
    func require(_ roles: [Operator.Role], for command: String) throws -> Operator {
        let person = try loginOperator()
        guard roles.contains(person.role) else {
            printError(securityStrings(for: text.language).roleNeeded(user: person.user, has: person.role, needs: roles))
            audit(.refused, by: person.user, details: "\(command): needs \(roles.map(\.rawValue).joined(separator: " or ")), has \(person.role.rawValue)")
            throw ExitStatus.permission
        }
        return person
    }

    /// The name a change is recorded in: the login user, always, unless an admin names another
    /// operator in `option` (recorded on their behalf, and audited by the caller once done).
    /// Anyone else naming another person is refused (exit 77) and the attempt audited: who did
    /// what is only worth keeping when nobody can write someone else's name into it.
    func actingUser(named: String?, option: String, for command: String) throws -> (name: String, onBehalfOf: Bool) {
        let login = loginUser
        guard let named, named != login else { return (login, false) }
        let person = try loginOperator()
        guard person.role == .admin else {
            printError(securityStrings(for: text.language).actingForOther(login: person.user, named: named, option: option))
            // Only a listed login name goes into the log: whatever else was typed there could be anything.
            let who = configuration.operator(named) != nil ? named : "a name not in operators.toml"
            if audit(.refused, by: person.user, details: "\(command): \(option) names another operator (\(who)); needs admin, has \(person.role.rawValue)") {
                printError(securityStrings(for: text.language).attemptAudited())
            }
            throw ExitStatus.permission
        }
        return (named, true)
    }

    /// Goes on when the login user may change `handover`, made by `madeBy` (the guide who
    /// forwarded its contact; the rule is `Operator.mayChange`); a refusal is said and audited (exit 77).
    func requireMayChange(_ handover: Handover, madeBy: String?, as person: Operator, for command: String) throws {
        guard !person.mayChange(handoverMadeBy: madeBy) else { return }
        printError(securityStrings(for: text.language).handoverNotTheirs(id: handover.id, login: person.user, madeBy: madeBy ?? "?"))
        audit(.refused, by: person.user, details: "\(command) \(handover.id): a guide may change only own hand-overs; needs supervisor or admin, has guide")
        throw ExitStatus.permission
    }

    /// Writes an audit row when there is a database to keep it in; a refusal must not fail
    /// for want of one, nor create one. Returns whether the row was written, so a refusal
    /// says "the attempt is in the audit log" only when it is.
    @discardableResult
    func audit(_ action: AuditAction, by actor: String, contactID: Int64? = nil, details: String) -> Bool {
        if case .sqlite = database, !FileManager.default.fileExists(atPath: databasePath) { return false }
        guard let store = try? makeStore() else { return false }
        do {
            try store.recordAudit(action, by: actor, contactID: contactID, details: details)
            return true
        } catch {
            return false
        }
    }
}
