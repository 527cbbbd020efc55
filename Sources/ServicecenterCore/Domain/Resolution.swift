/// How a contact ended: the heart of first-contact resolution (lösningsgrad).
public enum Resolution: Hashable, Sendable {
    /// Löst vid första kontakt.
    case resolved
    /// Handed over (överlämnat) to a sector, with the reason.
    case forwarded(to: String, reason: ForwardReason)
    /// Hänvisat: referred to another authority, e.g. Försäkringskassan: a destination of
    /// `Config/referrals.toml` (nil when none was recorded, as before destinations existed).
    case referred(to: Referral?)

    public var kind: Kind {
        switch self {
        case .resolved: .resolved
        case .forwarded: .forwarded
        case .referred: .referred
        }
    }

    /// The resolution without its details, as stored and typed on the command line.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case resolved
        case forwarded
        case referred
    }
}

/// Why a contact could not be resolved at first contact.
public enum ForwardReason: String, CaseIterable, Codable, Sendable {
    /// Myndighetsutövning: a decision only a case officer may take.
    case needsCaseOfficer = "needs_case_officer"
    /// The guide could not answer.
    case couldNotAnswer = "could_not_answer"
    /// The citizen asked to speak to the sector.
    case citizenRequest = "citizen_request"
}
