import Foundation
import ServicecenterCore

/// Who is running the command, and what their role lets them do.
extension CommandContext {
    /// The login user as operators.toml lists them, or a refusal naming the file (exit 78).
    func loginOperator() throws -> Operator {
        guard let person = configuration.operator(loginUser) else {
            printError(text.unknownLoginUser(loginUser, file: configDirectory.appendingPathComponent("operators.toml").path))
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
            printError(text.roleNeeded(user: person.user, has: person.role, needs: roles))
            if FileManager.default.fileExists(atPath: databasePath), let store = try? makeStore() {
                try? store.recordAudit(
                    .refused, by: person.user, details: "\(command): needs \(roles.map(\.rawValue).joined(separator: " or ")), has \(person.role.rawValue)")
            }
            throw ExitStatus.permission
        }
        return person
    }
}
