/// The words for what the desk keeps about the guide's session beside the contact itself (the
/// day's list, the station, the status on the supervisor's list) when the store refuses it:
/// each says what failed, never that the draft was not saved.
public protocol DeskSessionStrings: Sendable {
    /// The list of the guide's contacts today could not be read.
    func recentNotLoaded(_ reason: String) -> String
    /// The station just chosen is used, but could not be kept for the next start.
    func stationNotKept(_ reason: String) -> String
    /// The guide's status and place could not be written to the supervisor's list.
    func statusNotWritten(_ reason: String) -> String
}

extension DeskStrings {
    /// The session texts in the desk's language (kept apart from the main table).
    public var session: any DeskSessionStrings {
        core.language == .english ? EnglishDeskSessionStrings() : SwedishDeskSessionStrings()
    }
}

/// The Swedish session texts.
public struct SwedishDeskSessionStrings: DeskSessionStrings {
    public func recentNotLoaded(_ reason: String) -> String { "Dagens kontakter kunde inte läsas: \(reason)" }
    public func stationNotKept(_ reason: String) -> String { "Stationen används men kunde inte sparas till nästa start: \(reason)" }
    public func statusNotWritten(_ reason: String) -> String { "Din status kunde inte skrivas till arbetsledarens lista: \(reason)" }
}

/// The English session texts.
public struct EnglishDeskSessionStrings: DeskSessionStrings {
    public func recentNotLoaded(_ reason: String) -> String { "Today's contacts could not be read: \(reason)" }
    public func stationNotKept(_ reason: String) -> String { "The station is used but could not be kept for the next start: \(reason)" }
    public func statusNotWritten(_ reason: String) -> String { "Your status could not be written to the supervisor's list: \(reason)" }
}
