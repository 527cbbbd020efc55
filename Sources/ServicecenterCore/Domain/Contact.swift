import Foundation

/// Kontakt: one conversation with a citizen, as the guide logged it.
public struct Contact: Hashable, Sendable {
    /// The store's id, nil until saved.
    public var id: Int64?
    /// An external reference that makes imports idempotent.
    public var externalID: String?
    public var startedAt: Date
    public var endedAt: Date
    public var channel: Channel
    public var medium: DigitalMedium?
    public var category: String
    /// The sector the matter belongs to (defaults to the category's).
    public var sector: String
    /// Whether the category was marked resolvable at the desk when the contact was logged.
    public var resolvable: Bool
    public var operatorUser: String
    /// Seconds the citizen waited in a queue before this contact, if known.
    public var queueWaitSeconds: Int?
    /// The queue call (phone, video, e-mail or ticket) this contact answered, when known:
    /// the store takes the measured wait from it.
    public var callID: String?
    public var resolution: Resolution
    /// Whether the guide helped the citizen use a digital service.
    public var digitalHelp: Bool
    /// A short tag linking the contact to an incident (störning), e.g. "it-driftstopp".
    public var incident: String?
    public var note: String?
    /// Ämne: what the citizen asked, in the guide's words, kept when the contact is filed
    /// under the fallback category (Övrig fråga). Personal data like the note.
    public var subject: String?
    /// Ärendebeskrivning: what the citizen wants the sector to decide or answer. Required on a
    /// forwarded contact and carried by its hand-over; the case's text, not a private note.
    public var matter: String?
    /// How the sector reaches the citizen, only on a forwarded contact (never in the note).
    public var callback: Callback?
    /// Återkontakt: the earlier contact about the same matter that this one follows up.
    public var repeatOf: Int64?
    /// Whether this contact repeats one recorded as resolved at first contact, within the
    /// configured window: a sign the first was not resolved. Decided by the store on saving.
    public var countsAsRepeat: Bool
    /// The knowledge articles opened at the desk during the contact (their ids), in the order
    /// first opened: which knowledge helped. Never their text.
    public var articles: [String]

    public init(
        id: Int64? = nil, externalID: String? = nil, startedAt: Date, endedAt: Date, channel: Channel,
        medium: DigitalMedium? = nil, category: String, sector: String, resolvable: Bool, operatorUser: String,
        queueWaitSeconds: Int? = nil, resolution: Resolution, digitalHelp: Bool = false,
        incident: String? = nil, note: String? = nil, repeatOf: Int64? = nil, countsAsRepeat: Bool = false,
        callID: String? = nil, subject: String? = nil, matter: String? = nil, callback: Callback? = nil, articles: [String] = []
    ) {
        self.id = id
        self.externalID = externalID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.channel = channel
        self.medium = medium
        self.category = category
        self.sector = sector
        self.resolvable = resolvable
        self.operatorUser = operatorUser
        self.queueWaitSeconds = queueWaitSeconds
        self.resolution = resolution
        self.digitalHelp = digitalHelp
        self.incident = incident
        self.note = note
        self.repeatOf = repeatOf
        self.countsAsRepeat = countsAsRepeat
        self.callID = callID
        self.subject = subject
        self.matter = matter
        self.callback = callback
        self.articles = articles
    }

    /// Handling time (handläggningstid) in seconds.
    public var handlingSeconds: Double { endedAt.timeIntervalSince(startedAt) }
}
