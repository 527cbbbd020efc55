import ServicecenterCore

/// What `queue` and `incident` print and nothing else says: a ticket taken at the kiosk, the
/// waiting list, what a queue feed stored, and the incident list. The words they share with the
/// desk and the dashboard (a ticket called, a queue error, an incident started) stay in the
/// core's `QueueStrings`.
protocol QueueCommandStrings: Sendable {
    func ticketTaken(_ ticket: QueueTicket, channel: String) -> String
    var waitingColumns: [String] { get }
    func eventsRecorded(inserted: Int, alreadyPresent: Int) -> String
    func eventsRejected(badLines: Int, totalLines: Int) -> String
    func eventsSkipped(badLines: Int) -> String
    var noActiveIncident: String { get }
    var incidentColumns: [String] { get }
}

/// The queue command's words in `language`.
func queueCommandStrings(for language: Language) -> any QueueCommandStrings {
    switch language {
    case .swedish: SwedishQueueCommandStrings()
    case .english: EnglishQueueCommandStrings()
    }
}

/// Svenska.
struct SwedishQueueCommandStrings: QueueCommandStrings {
    func ticketTaken(_ ticket: QueueTicket, channel: String) -> String {
        "\(ticket.number)  \(channel)\(ticket.service.map { " · \($0)" } ?? "") · \(ticket.ahead) före i kön"
    }

    var waitingColumns: [String] { ["Nummer", "Kanal", "Tjänst", "Tagen", "Flyttad", "Väntat"] }

    func eventsRecorded(inserted: Int, alreadyPresent: Int) -> String {
        "\(inserted) \(inserted == 1 ? "köhändelse sparad" : "köhändelser sparade"), \(alreadyPresent) fanns redan."
    }

    func eventsRejected(badLines: Int, totalLines: Int) -> String {
        "\(badLines) av \(totalLines) rader är felaktiga; inga köhändelser sparades. Rätta raderna och kör igen."
    }

    func eventsSkipped(badLines: Int) -> String {
        "\(badLines) \(badLines == 1 ? "felaktig rad hoppades" : "felaktiga rader hoppades") över (se ovan); övriga sparades."
    }

    var noActiveIncident: String { "Ingen pågående driftstörning." }

    var incidentColumns: [String] { ["Id", "Tagg", "Rubrik", "Startad", "Av", "Avslutad"] }
}

/// English.
struct EnglishQueueCommandStrings: QueueCommandStrings {
    func ticketTaken(_ ticket: QueueTicket, channel: String) -> String {
        "\(ticket.number)  \(channel)\(ticket.service.map { " · \($0)" } ?? "") · \(ticket.ahead) ahead in the queue"
    }

    var waitingColumns: [String] { ["Ticket", "Channel", "Service", "Taken", "Moved", "Waited"] }

    func eventsRecorded(inserted: Int, alreadyPresent: Int) -> String {
        "\(inserted) queue \(inserted == 1 ? "event" : "events") stored, \(alreadyPresent) already present."
    }

    func eventsRejected(badLines: Int, totalLines: Int) -> String {
        "\(badLines) of \(totalLines) lines are invalid; no queue events were stored. Fix the lines and run again."
    }

    func eventsSkipped(badLines: Int) -> String {
        "\(badLines) invalid \(badLines == 1 ? "line was" : "lines were") skipped (see above); the rest were stored."
    }

    var noActiveIncident: String { "No incident in progress." }

    var incidentColumns: [String] { ["Id", "Tag", "Title", "Started", "By", "Ended"] }
}
