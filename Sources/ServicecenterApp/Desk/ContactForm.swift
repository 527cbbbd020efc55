import Foundation
import ServicecenterCore

/// The contact being logged, as the guide has filled it in so far. This is the draft the
/// store keeps on every change, so it holds only what the guide chose, never screen state.
public struct ContactForm: Hashable, Sendable, Codable {
    /// The draft's keys that hold what the guide typed, masked harder while unfinished.
    public static let freeTextKeys: Set<String> = ["note", "search", "referralText", "matter", "callbackTime"]
    /// The draft's keys kept unmasked: the call-back number and address are what the hand-over
    /// keeps (never masked there either); masked in the draft, a crash would lose them.
    public static let verbatimKeys: Set<String> = ["callbackPhone", "callbackEmail"]

    public var startedAt: Date
    public var channel: Channel
    public var search: String
    public var categoryID: String?
    public var resolution: Resolution.Kind
    public var reason: ForwardReason?
    public var digitalHelp: Bool
    public var medium: DigitalMedium?
    public var note: String
    /// Set when the guide is correcting a contact already saved.
    public var editingContactID: Int64?
    /// The earlier contact this one repeats (återkontakt), if the guide linked one.
    public var repeatOf: Int64?
    /// The queue call or ticket this contact answers, and what the queue measured.
    public var callID: String?
    public var ticket: String?
    public var queueWaitSeconds: Int?
    /// The incident this contact is about, by tag.
    public var incident: String?
    /// The called visitor did not come: marked on the form (Ctrl-X), undone with Ctrl-X or Esc,
    /// and recorded in the queue only when the guide confirms with Enter. Optional so drafts
    /// written before it still decode.
    public var noShowMarked: Bool?
    /// A draft the guide put aside to take this contact first, kept inside this one's draft so
    /// the single stored draft row holds both. Only set on what is written to the store.
    public var setAside: [ContactForm]?
    /// Where a referred contact was sent (a destination id of referrals.toml), and for "annan"
    /// the guide's words naming the place. Optional, so drafts written before them still decode.
    public var referralDestination: String?
    public var referralText: String?
    /// The sector chosen instead of the category's for a hand-over (^G); nil: the category's.
    public var forwardTo: String?
    /// Ärendebeskrivning: what the citizen wants decided or answered, the hand-over's own text.
    public var matter: String?
    /// Återkontakt: how the sector reaches the citizen, as typed (checked on save).
    public var callbackPhone: String?
    public var callbackEmail: String?
    /// When the citizen prefers to be reached ("förmiddag"), free text.
    public var callbackTime: String?
    /// The knowledge articles opened during the contact, by id, first opened first: saved with
    /// the contact (which knowledge helped), never their text. Optional, so older drafts decode.
    public var articles: [String]?

    public init(startedAt: Date, channel: Channel, search: String = "") {
        self.startedAt = startedAt
        self.channel = channel
        self.search = search
        self.resolution = .resolved
        self.digitalHelp = false
        self.medium = channel == .digital ? .email : nil
        self.note = ""
    }

    /// A form holding a saved contact, for correcting it. A contact with a subject (Övrig
    /// fråga) gets its subject back in the search, so correcting it does not replace the words.
    public init(editing contact: Contact, categoryName: String) {
        self.init(startedAt: contact.startedAt, channel: contact.channel, search: contact.subject ?? categoryName)
        categoryID = contact.category
        resolution = contact.resolution.kind
        if case .forwarded(_, let reason) = contact.resolution { self.reason = reason }
        digitalHelp = contact.digitalHelp
        medium = contact.medium
        note = contact.note ?? ""
        editingContactID = contact.id
        repeatOf = contact.repeatOf
        callID = contact.callID
        queueWaitSeconds = contact.queueWaitSeconds
        incident = contact.incident
        if case .referred(let to) = contact.resolution { (referralDestination, referralText) = (to?.destination, to?.text) }
        matter = contact.matter
        callbackPhone = contact.callback?.phone
        callbackEmail = contact.callback?.email
        callbackTime = contact.callback?.preferredTime
        articles = contact.articles.isEmpty ? nil : contact.articles
    }

    /// The form as a typed draft for the core's validator, ended at `endedAt`: the values the
    /// guide chose, as they are, never written out as text to be read back.
    func draft(operatorUser: String, endedAt: Date) -> TypedContactDraft {
        var draft = TypedContactDraft(
            startedAt: startedAt, endedAt: max(endedAt, startedAt), channel: channel, medium: channel == .digital ? medium : nil,
            category: categoryID, resolution: resolution, operatorUser: operatorUser, digitalHelp: digitalHelp)
        draft.queueWaitSeconds = queueWaitSeconds
        draft.incident = incident
        draft.note = note
        draft.callID = callID
        if resolution == .forwarded {
            (draft.forwardReason, draft.forwardTo) = (reason, forwardTo)
            // The hand-over's own text goes only with a forwarded contact; kept in the form otherwise.
            (draft.matter, draft.callbackPhone, draft.callbackEmail, draft.callbackTime) = (matter, callbackPhone, callbackEmail, callbackTime)
        }
        if resolution == .referred { (draft.referredTo, draft.referredOther) = (referralDestination, referralText) }
        return draft
    }

    func encoded() -> String {
        String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
    }

    static func decoded(_ text: String) -> ContactForm? {
        try? JSONDecoder().decode(ContactForm.self, from: Data(text.utf8))
    }
}
