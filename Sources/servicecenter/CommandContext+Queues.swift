import ArgumentParser
import Foundation
import ServicecenterCore

extension Channel: ExpressibleByArgument {}

extension CommandContext {
    var queueText: any QueueStrings { queueStrings(for: text.language) }

    /// The login user as operators.toml lists them, or a refusal naming the file (exit 78).
    func loginOperator() throws -> Operator {
        guard let person = configuration.operator(loginUser) else {
            printError(text.unknownLoginUser(loginUser, file: configDirectory.appendingPathComponent("operators.toml").path))
            throw ExitStatus.configuration
        }
        return person
    }

    /// The login user as a supervisor or admin, or a refusal naming the role needed (exit 77).
    func requireSupervisor() throws -> Operator {
        let person = try loginOperator()
        guard person.role != .guide else {
            printError(queueText.roleRequired(user: person.user, role: person.role.rawValue))
            throw ExitStatus.permission
        }
        return person
    }

    /// Prints a refused queue or incident change and returns its exit code.
    func fail(_ error: QueueError) -> ExitCode {
        if case .store(let failure) = error { return fail(failure) }
        printError(queueText.queueError(error, zone: configuration.timeZone))
        return switch error {
        case .unknownTicket, .unknownIncident: ExitStatus.noInput
        case .ticketNotWaiting, .ticketNotCalled, .incidentEnded: ExitStatus.dataError
        case .notAHallChannel, .emptyIncidentTitle: ExitStatus.usage
        case .store: ExitStatus.ioError
        }
    }
}
