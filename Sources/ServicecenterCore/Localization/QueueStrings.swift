import Foundation

/// The words of queues, operator status and incidents, one conformer per language; used by the
/// command line, the desk and the dashboard.
public protocol QueueStrings: Sendable {
    func status(_ status: OperatorStatus) -> String
    func outcome(_ outcome: QueueCall.Outcome) -> String

    func ticketCalled(_ ticket: String, wait: String, station: String?) -> String
    func nobodyWaiting(channel: String) -> String
    func noShowRecorded(_ ticket: String) -> String
    func ticketTransferred(_ ticket: QueueTicket, channel: String) -> String
    func queueError(_ error: QueueError, zone: TimeZone) -> String

    func incidentStarted(_ incident: Incident) -> String
    func incidentEnded(_ incident: Incident) -> String
}

/// Svenska.
public struct SwedishQueueStrings: QueueStrings {
    public init() {}

    public func status(_ status: OperatorStatus) -> String {
        switch status {
        case .available: "Tillgänglig"
        case .inContact: "I kontakt"
        case .afterContact: "Efterarbete"
        case .paused: "Paus"
        case .loggedOut: "Utloggad"
        }
    }

    public func outcome(_ outcome: QueueCall.Outcome) -> String {
        switch outcome {
        case .waiting: "väntar"
        case .answered: "kallad"
        case .abandoned: "avbruten"
        case .noShow: "uteblev"
        case .transferred: "flyttad"
        }
    }

    public func ticketCalled(_ ticket: String, wait: String, station: String?) -> String {
        "\(ticket) kallad\(station.map { " till \($0)" } ?? "") · väntade \(wait)"
    }

    public func nobodyWaiting(channel: String) -> String { "Ingen väntar i kön för \(channel.lowercased())." }
    public func noShowRecorded(_ ticket: String) -> String { "\(ticket) markerad som utebliven." }

    public func ticketTransferred(_ ticket: QueueTicket, channel: String) -> String {
        "\(ticket.number) flyttad till \(channel.lowercased())\(ticket.service.map { " · \($0)" } ?? "") · \(ticket.ahead) före i kön"
    }

    public func queueError(_ error: QueueError, zone: TimeZone) -> String {
        switch error {
        case .unknownTicket(let number): "Ingen kölapp \(number) har tagits i dag."
        case .ticketNotWaiting(let number, let outcome, let by):
            "Kölapp \(number) väntar inte längre (\(self.outcome(outcome))\(by.map { " av \($0)" } ?? ""))."
        case .ticketNotCalled(let number): "Kölapp \(number) är inte kallad än; bara en kallad besökare kan utebli."
        case .notAHallChannel(let channel):
            "Kanalen \(channel.rawValue) har ingen kölapp; telefon- och digitala köer kommer från `servicecenter queue events`. Använd visit eller sign_language."
        case .unknownIncident(let id): "Det finns ingen driftstörning med id \(id)."
        case .incidentEnded(let id, let by, let at):
            "Driftstörning \(id) är redan avslutad av \(by) \(Timestamp.localMinute(at, in: zone))."
        case .emptyIncidentTitle: "En driftstörning behöver en rubrik."
        case .store(let failure): SwedishStrings().storeError(failure)
        }
    }

    public func incidentStarted(_ incident: Incident) -> String {
        "Driftstörning \(incident.id) startad: \(incident.title) (tagg \(incident.tag)). Alla diskar visar den nu."
    }

    public func incidentEnded(_ incident: Incident) -> String { "Driftstörning \(incident.id) avslutad: \(incident.title)." }
}

/// English.
public struct EnglishQueueStrings: QueueStrings {
    public init() {}

    public func status(_ status: OperatorStatus) -> String {
        switch status {
        case .available: "Available"
        case .inContact: "In contact"
        case .afterContact: "After-contact work"
        case .paused: "Paused"
        case .loggedOut: "Logged out"
        }
    }

    public func outcome(_ outcome: QueueCall.Outcome) -> String {
        switch outcome {
        case .waiting: "waiting"
        case .answered: "called"
        case .abandoned: "abandoned"
        case .noShow: "no-show"
        case .transferred: "transferred"
        }
    }

    public func ticketCalled(_ ticket: String, wait: String, station: String?) -> String {
        "\(ticket) called\(station.map { " to \($0)" } ?? "") · waited \(wait)"
    }

    public func nobodyWaiting(channel: String) -> String { "Nobody is waiting in the \(channel.lowercased()) queue." }
    public func noShowRecorded(_ ticket: String) -> String { "\(ticket) recorded as a no-show." }

    public func ticketTransferred(_ ticket: QueueTicket, channel: String) -> String {
        "\(ticket.number) moved to \(channel.lowercased())\(ticket.service.map { " · \($0)" } ?? "") · \(ticket.ahead) ahead in the queue"
    }

    public func queueError(_ error: QueueError, zone: TimeZone) -> String {
        switch error {
        case .unknownTicket(let number): "No ticket \(number) has been taken today."
        case .ticketNotWaiting(let number, let outcome, let by):
            "Ticket \(number) is no longer waiting (\(self.outcome(outcome))\(by.map { " by \($0)" } ?? ""))."
        case .ticketNotCalled(let number): "Ticket \(number) has not been called yet; only a called visitor can be a no-show."
        case .notAHallChannel(let channel):
            "The \(channel.rawValue) channel has no tickets; phone and digital queues come from `servicecenter queue events`. Use visit or sign_language."
        case .unknownIncident(let id): "There is no incident with id \(id)."
        case .incidentEnded(let id, let by, let at): "Incident \(id) was already ended by \(by) at \(Timestamp.localMinute(at, in: zone))."
        case .emptyIncidentTitle: "An incident needs a title."
        case .store(let failure): EnglishStrings().storeError(failure)
        }
    }

    public func incidentStarted(_ incident: Incident) -> String {
        "Incident \(incident.id) started: \(incident.title) (tag \(incident.tag)). Every desk shows it now."
    }

    public func incidentEnded(_ incident: Incident) -> String { "Incident \(incident.id) ended: \(incident.title)." }
}

/// The queue strings for a language.
public func queueStrings(for language: Language) -> any QueueStrings {
    switch language {
    case .swedish: SwedishQueueStrings()
    case .english: EnglishQueueStrings()
    }
}
