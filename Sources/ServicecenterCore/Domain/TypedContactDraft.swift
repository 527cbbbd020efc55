import Foundation

/// A contact as a form submits it: times, channel, medium, outcome and reason already of their
/// own types, the rest as typed. The desk builds one from what the guide chose; the text entry
/// (`log`, `import`) reads a `ContactDraft` into one. `ContactValidator` checks both with the
/// same rules.
public struct TypedContactDraft: Hashable, Sendable {
    public var externalID: String?
    public var startedAt: Date?
    public var endedAt: Date?
    public var channel: Channel?
    public var medium: DigitalMedium?
    /// Ids as the configuration names them: a category, a sector, a forwarding target.
    public var category: String?
    public var sector: String?
    public var resolution: Resolution.Kind?
    public var forwardReason: ForwardReason?
    public var forwardTo: String?
    /// A referral destination's id (or name), and for "annan" the words saying where.
    public var referredTo: String?
    public var referredOther: String?
    public var operatorUser: String?
    public var queueWaitSeconds: Int?
    public var digitalHelp: Bool
    public var incident: String?
    public var note: String?
    public var callID: String?
    /// What the citizen asked, in the guide's words (see `Contact.subject`).
    public var subject: String?
    /// The hand-over's matter and call-back details, as typed (checked by the validator).
    public var matter: String?
    public var callbackPhone: String?
    public var callbackEmail: String?
    public var callbackTime: String?

    public init(
        startedAt: Date? = nil, endedAt: Date? = nil, channel: Channel? = nil, medium: DigitalMedium? = nil,
        category: String? = nil, resolution: Resolution.Kind? = nil, operatorUser: String? = nil, digitalHelp: Bool = false
    ) {
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.channel = channel
        self.medium = medium
        self.category = category
        self.resolution = resolution
        self.operatorUser = operatorUser
        self.digitalHelp = digitalHelp
    }
}
