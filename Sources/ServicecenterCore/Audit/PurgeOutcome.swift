/// What a purge (gallring) cleared, or would clear: counts only, never the texts.
public struct PurgeOutcome: Hashable, Sendable {
    /// Contacts filed before this day lost their free text.
    public var before: LocalDay
    public var notes = 0
    public var referrals = 0
    public var handoverNotes = 0
    public var drafts = 0
    /// Contacts' subjects (the words typed for Övrig fråga) cleared.
    public var subjects = 0
    /// Days' rows of the catalogue gap report removed.
    public var gaps = 0
    /// Hand-overs whose call-back details (phone, e-mail, preferred time) were erased.
    public var callbacks = 0
    /// Hand-overs whose matter (ärendebeskrivning) was cleared.
    public var matters = 0
    /// Unmatched knowledge searches removed (`KnowledgeRecords`): their words, like the gap
    /// report's, go after [retention] note_days.
    public var searches = 0

    public init(
        before: LocalDay, notes: Int = 0, referrals: Int = 0, handoverNotes: Int = 0, drafts: Int = 0, subjects: Int = 0,
        gaps: Int = 0, callbacks: Int = 0, matters: Int = 0
    ) {
        self.before = before
        self.notes = notes
        self.referrals = referrals
        self.handoverNotes = handoverNotes
        self.drafts = drafts
        self.subjects = subjects
        self.gaps = gaps
        self.callbacks = callbacks
        self.matters = matters
    }

    public var total: Int { notes + referrals + handoverNotes + drafts + subjects + gaps + callbacks + matters + searches }

    /// As the audit log keeps it.
    public var auditDetails: String {
        "before \(before): notes \(notes), referrals \(referrals), hand-over notes \(handoverNotes), drafts \(drafts), subjects \(subjects), gap texts \(gaps), call-backs \(callbacks), matters \(matters)"
            // Only when there were any, so the lines written before searches were kept read as they did.
            + (searches > 0 ? ", unmatched searches \(searches)" : "")
    }
}
