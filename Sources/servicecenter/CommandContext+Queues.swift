import ArgumentParser
import Foundation
import ServicecenterCore

extension Channel: ExpressibleByArgument {}

extension CommandContext {
    var queueText: any QueueStrings { queueStrings(for: text.language) }

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
