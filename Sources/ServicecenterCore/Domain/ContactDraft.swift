import Foundation

/// A contact as typed on the command line or read from an import line: unchecked text.
///
/// `ContactValidator` turns a draft into a `Contact` or into every problem it has, so the
/// command line and the importer share one set of rules.
public struct ContactDraft: Hashable, Sendable {
    public var externalID: String?
    public var startedAt: String?
    public var endedAt: String?
    public var channel: String?
    public var medium: String?
    public var category: String?
    public var sector: String?
    public var resolution: String?
    public var forwardReason: String?
    public var forwardTo: String?
    public var referredTo: String?
    public var operatorUser: String?
    public var queueWaitSeconds: Int?
    public var digitalHelp: Bool
    public var incident: String?
    public var note: String?
    public var callID: String?
    /// What the citizen asked, in the guide's words (see `Contact.subject`).
    public var subject: String?
    /// The hand-over's matter and call-back details (see `Contact.matter`, `Callback`).
    public var matter: String?
    public var callbackPhone: String?
    public var callbackEmail: String?
    public var callbackTime: String?

    public init(
        externalID: String? = nil, startedAt: String? = nil, endedAt: String? = nil, channel: String? = nil,
        medium: String? = nil, category: String? = nil, sector: String? = nil, resolution: String? = nil,
        forwardReason: String? = nil, forwardTo: String? = nil, referredTo: String? = nil,
        operatorUser: String? = nil, queueWaitSeconds: Int? = nil, digitalHelp: Bool = false,
        incident: String? = nil, note: String? = nil, callID: String? = nil, subject: String? = nil,
        matter: String? = nil, callbackPhone: String? = nil, callbackEmail: String? = nil, callbackTime: String? = nil
    ) {
        self.externalID = externalID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.channel = channel
        self.medium = medium
        self.category = category
        self.sector = sector
        self.resolution = resolution
        self.forwardReason = forwardReason
        self.forwardTo = forwardTo
        self.referredTo = referredTo
        self.operatorUser = operatorUser
        self.queueWaitSeconds = queueWaitSeconds
        self.digitalHelp = digitalHelp
        self.incident = incident
        self.note = note
        self.callID = callID
        self.subject = subject
        self.matter = matter
        self.callbackPhone = callbackPhone
        self.callbackEmail = callbackEmail
        self.callbackTime = callbackTime
    }
}
