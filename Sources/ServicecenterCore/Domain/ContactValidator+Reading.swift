import Foundation

/// The text entry (`log`, `import`): a `ContactDraft` read into a typed draft. What could not be
/// read is kept as the problem it is, and reported where the rules of its field are, so the
/// problems come in the same order whichever entry was used.
struct ContactReading: Sendable {
    /// The fields that are text in a `ContactDraft` and typed values in a `TypedContactDraft`.
    enum Field: Hashable, Sendable {
        case channel, medium, resolution, forwardReason, startedAt, endedAt
    }

    var draft: TypedContactDraft
    /// What reading the text of a field met: an unknown channel, a malformed time.
    var unreadable: [Field: [ContactProblem]] = [:]
    /// The times as given, for messages that quote them; nil when none was given.
    var startedText: String?
    var endedText: String?

    /// A typed draft needs no reading: its times are quoted as UTC text.
    init(typed draft: TypedContactDraft) {
        self.draft = draft
        startedText = draft.startedAt.map(Timestamp.utcText)
        endedText = draft.endedAt.map(Timestamp.utcText)
        // Whole seconds, as a time given as text is read and the store keeps it, and inside
        // the times accepted, as a time read from text must be.
        self.draft.startedAt = accepted(draft.startedAt, .startedAt, name: "started_at", text: startedText)
        self.draft.endedAt = accepted(draft.endedAt, .endedAt, name: "ended_at", text: endedText)
    }

    private mutating func accepted(_ date: Date?, _ field: Field, name: String, text: String?) -> Date? {
        guard let date, let text else { return nil }
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        guard AcceptedTimes.contains(whole) else {
            unreadable[field] = [.dateOutsideWindow(field: name, value: text)]
            return nil
        }
        return whole
    }

    /// Reads the text of `text` into a typed draft.
    init(text: ContactDraft) {
        draft = TypedContactDraft(operatorUser: text.operatorUser, digitalHelp: text.digitalHelp)
        draft.externalID = text.externalID
        draft.category = text.category
        draft.sector = text.sector
        draft.forwardTo = text.forwardTo
        draft.referredTo = text.referredTo
        draft.referredOther = text.referredOther
        draft.queueWaitSeconds = text.queueWaitSeconds
        draft.incident = text.incident
        draft.note = text.note
        draft.callID = text.callID
        draft.subject = text.subject
        draft.matter = text.matter
        draft.callbackPhone = text.callbackPhone
        draft.callbackEmail = text.callbackEmail
        draft.callbackTime = text.callbackTime
        startedText = text.startedAt
        endedText = text.endedAt
        draft.channel = read(text.channel, .channel) { Channel(rawValue: $0) } unknown: { .unknownChannel($0) }
        draft.medium = read(text.medium, .medium) { DigitalMedium(rawValue: $0) } unknown: { .unknownMedium($0) }
        draft.resolution = read(text.resolution, .resolution) { Resolution.Kind(rawValue: $0) } unknown: { .unknownResolution($0) }
        draft.forwardReason = read(text.forwardReason, .forwardReason) { ForwardReason(rawValue: $0) } unknown: { .unknownReason($0) }
        draft.endedAt = readTime(text.endedAt, .endedAt, name: "ended_at")
        draft.startedAt = readTime(text.startedAt, .startedAt, name: "started_at")
    }

    /// Whether the field was given at all: read, or given and unreadable.
    func given(_ field: Field, _ value: (some Any)?) -> Bool {
        value != nil || unreadable[field] != nil
    }

    private mutating func read<Value>(
        _ text: String?, _ field: Field, _ parse: (String) -> Value?, unknown: (String) -> ContactProblem
    ) -> Value? {
        guard let raw = ContactReading.trimmed(text) else { return nil }
        guard let value = parse(raw) else {
            unreadable[field] = [unknown(raw)]
            return nil
        }
        return value
    }

    private mutating func readTime(_ text: String?, _ field: Field, name: String) -> Date? {
        guard let raw = ContactReading.trimmed(text) else { return nil }
        var problems: [ContactProblem] = []
        let date = AcceptedTimes.parse(raw, field: name, problems: &problems)
        if !problems.isEmpty { unreadable[field] = problems }
        return date
    }

    /// The value without surrounding white space, or nil when nothing is left.
    static func trimmed(_ value: String?) -> String? {
        guard let value else { return nil }
        // Most values have no surrounding space: skip the copy (Foundation's trimming is slow on Linux).
        if let first = value.first, let last = value.last, !first.isWhitespace, !last.isWhitespace { return value }
        let trimmed = value.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
