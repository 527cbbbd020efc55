import Foundation

/// The rules a contact must meet before it is stored, against the site's configuration.
public struct ContactValidator: Sendable {
    public static let noteLimit = 2_000
    public static let incidentLimit = 64
    /// A subject is the words typed into the search (80 at the desk), not a second note.
    public static let subjectLimit = 200
    /// The longest queue wait taken, in seconds (7 days): the same range for `log`, `import`
    /// and the desk. A week covers a mailbox answered after a holiday; anything longer is a
    /// typing or clock error, and near Int.max it broke the sums in statistics.
    public static let queueWaitLimit = 7 * 86_400
    /// How far a time may lie after "now" and still be taken: the clocks of a telephony
    /// platform, a desk and this host may differ by a little, never by a day.
    public static let clockSkewSeconds = 300

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// A checked contact, or `InvalidContact` listing every problem of the draft: the text
    /// entry (`log`, `import`) reads the text into a typed draft, then the same rules apply.
    /// - Parameter now: used for missing times on the command line (`log` records a contact just ended).
    public func validate(_ draft: ContactDraft, now: Date) throws(InvalidContact) -> Contact {
        try check(ContactReading(text: draft), now: now)
    }

    /// A checked contact from a typed draft (the desk's form), or every problem it has.
    public func validate(_ draft: TypedContactDraft, now: Date) throws(InvalidContact) -> Contact {
        try check(ContactReading(typed: draft), now: now)
    }

    /// The rules, in the order their problems are listed; what could not be read from text is
    /// listed where its field's rules are.
    func check(_ reading: ContactReading, now: Date) throws(InvalidContact) -> Contact {
        var problems: [ContactProblem] = []
        let draft = reading.draft

        let channel = draft.channel
        problems += reading.unreadable[.channel] ?? []
        if !reading.given(.channel, channel) { problems.append(.missing(field: "channel")) }
        problems += reading.unreadable[.medium] ?? []
        let medium = draft.medium
        if let medium, let channel, channel != .digital { problems.append(.mediumWithoutDigital(medium.rawValue)) }

        let category = required(draft.category, "category", &problems).flatMap { raw -> Category? in
            guard let category = configuration.category(raw) else { problems.append(.unknownCategory(raw)); return nil }
            return category
        }
        var sector = category?.sector
        if let raw = nonEmpty(draft.sector) {
            if configuration.sector(raw) == nil {
                problems.append(.unknownSector(field: "sector", value: raw))
            } else {
                sector = raw
            }
        }

        let operatorUser = required(draft.operatorUser, "operator", &problems).flatMap { raw -> String? in
            guard configuration.operator(raw) != nil else { problems.append(.unknownOperator(raw)); return nil }
            return raw
        }

        let resolution = checkResolution(reading, defaultSector: sector, problems: &problems)

        let problemsBefore = problems.count
        problems += reading.unreadable[.endedAt] ?? []
        problems += reading.unreadable[.startedAt] ?? []
        let ended = draft.endedAt ?? now
        let started = draft.startedAt ?? (reading.startedText == nil ? min(ended, now) : ended)
        // A refused time stands in as "now" or as the other end, so comparing it would add a
        // made-up "ends before it starts" to the real problem (a start in 2099 against now).
        let timeRefused = problems.count > problemsBefore
        if !timeRefused {
            // A start in the future is that, not an end "before" it (a start a year ahead
            // without an end met "now" as its end).
            let future = futureProblems(reading, started: started, ended: ended, now: now)
            problems += future
            if future.isEmpty, started > ended, let startedText = reading.startedText ?? reading.endedText {
                problems.append(.endBeforeStart(started: startedText, ended: reading.endedText ?? ContactProblem.noEnd))
            } else if started <= ended {
                problems += durationProblems(reading, started: started, ended: ended)
            }
        }

        if let wait = draft.queueWaitSeconds {
            if wait < 0 {
                problems.append(.negativeWait(wait))
            } else if wait > Self.queueWaitLimit {
                problems.append(.waitOutOfRange(field: "queue_wait_s", value: String(wait), limit: Self.queueWaitLimit))
            }
        }

        let note = nonEmpty(draft.note)
        if let note {
            if note.count > Self.noteLimit { problems.append(.noteTooLong(characters: note.count, limit: Self.noteLimit)) }
            if note.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
                problems.append(.invalidText(field: "note"))
            }
        }
        let incident = nonEmpty(draft.incident)
        if let incident {
            if incident.count > Self.incidentLimit {
                problems.append(.incidentTooLong(characters: incident.count, limit: Self.incidentLimit))
            }
            if incident.unicodeScalars.contains(where: { $0.value < 0x20 }) { problems.append(.invalidText(field: "incident")) }
        }

        let subject = nonEmpty(draft.subject)
        if let subject {
            if subject.count > Self.subjectLimit {
                problems.append(.textTooLong(field: "subject", characters: subject.count, limit: Self.subjectLimit))
            }
            if subject.unicodeScalars.contains(where: { $0.value < 0x20 }) { problems.append(.invalidText(field: "subject")) }
        }

        let (matter, callback) = handoverDetails(draft, forwarded: draft.resolution == .forwarded,
            today: LocalDay(now, in: configuration.timeZone), problems: &problems)

        let callID = nonEmpty(draft.callID)
        if let callID {
            if callID.count > QueueEventLines.callIDLimit {
                problems.append(.textTooLong(field: "call_id", characters: callID.count, limit: QueueEventLines.callIDLimit))
            }
            if callID.unicodeScalars.contains(where: { $0.value < 0x20 }) { problems.append(.invalidText(field: "call_id")) }
        }

        guard problems.isEmpty, let channel, let category, let sector, let operatorUser, let resolution else {
            throw InvalidContact(problems: problems)
        }
        return Contact(
            externalID: nonEmpty(draft.externalID), startedAt: started, endedAt: ended, channel: channel,
            medium: medium, category: category.id, sector: sector, resolvable: category.resolvable,
            operatorUser: operatorUser, queueWaitSeconds: draft.queueWaitSeconds, resolution: resolution,
            digitalHelp: draft.digitalHelp, incident: incident, note: note, callID: callID, subject: subject,
            matter: matter, callback: callback)
    }

    /// The rules on when a contact happened, once both times are read and in order: nothing
    /// after now (beyond the clock skew), nothing longer than `[site] max_contact_minutes`,
    /// nothing before `[site] started`. A start a year ahead or a `log --started` yesterday
    /// without `--ended` (a day-long "handling time") was stored before these.
    func futureProblems(_ reading: ContactReading, started: Date, ended: Date, now: Date) -> [ContactProblem] {
        var problems: [ContactProblem] = []
        let latest = now.addingTimeInterval(Double(Self.clockSkewSeconds))
        let latestText = Timestamp.utcText(latest)
        if started > latest, let text = nonEmpty(reading.startedText) {
            problems.append(.inFuture(field: "started_at", value: text, latest: latestText))
        }
        if ended > latest, let text = nonEmpty(reading.endedText) {
            problems.append(.inFuture(field: "ended_at", value: text, latest: latestText))
        }
        return problems
    }

    /// The rules on a contact in order: no longer than the limit, not before the site began.
    func durationProblems(_ reading: ContactReading, started: Date, ended: Date) -> [ContactProblem] {
        var problems: [ContactProblem] = []
        let seconds = ended.timeIntervalSince(started)
        let limit = configuration.site.maxContactMinutes
        if seconds > Double(limit * 60) {
            problems.append(.lastsTooLong(
                started: nonEmpty(reading.startedText) ?? Timestamp.utcText(started), ended: nonEmpty(reading.endedText) ?? ContactProblem.noEnd,
                minutes: Int((seconds / 60).rounded(.down)), limit: limit))
        }
        if let siteStarted = configuration.site.started, started < siteStarted.start(in: configuration.timeZone) {
            problems.append(.beforeSiteStarted(value: nonEmpty(reading.startedText) ?? Timestamp.utcText(started), siteStarted: siteStarted.description))
        }
        return problems
    }

    func checkResolution(_ reading: ContactReading, defaultSector: String?, problems: inout [ContactProblem]) -> Resolution? {
        let draft = reading.draft
        problems += reading.unreadable[.resolution] ?? []
        guard let kind = draft.resolution else {
            if !reading.given(.resolution, draft.resolution) { problems.append(.missing(field: "resolution")) }
            return nil
        }
        let reasonGiven = reading.given(.forwardReason, draft.forwardReason)
        let forwardTo = nonEmpty(draft.forwardTo)
        if kind != .forwarded, reasonGiven || forwardTo != nil {
            problems.append(.forwardDetailsWithoutForward)
        }
        if kind != .referred, nonEmpty(draft.referredTo) != nil || nonEmpty(draft.referredOther) != nil {
            problems.append(.referredToWithoutReferral)
        }
        switch kind {
        case .resolved:
            return .resolved
        case .referred:
            return validateReferral(draft, problems: &problems)
        case .forwarded:
            let reason = draft.forwardReason
            if let unknown = reading.unreadable[.forwardReason] {
                problems += unknown
            } else if reason == nil {
                problems.append(.reasonRequired)
            }
            var target = defaultSector
            if let forwardTo {
                if configuration.sector(forwardTo) == nil {
                    problems.append(.unknownSector(field: "forward_to", value: forwardTo))
                    target = nil
                } else {
                    target = forwardTo
                }
            }
            guard let reason, let target else { return nil }
            return .forwarded(to: target, reason: reason)
        }
    }

    func required(_ value: String?, _ field: String, _ problems: inout [ContactProblem]) -> String? {
        guard let value = nonEmpty(value) else {
            problems.append(.missing(field: field))
            return nil
        }
        return value
    }

    /// The value without surrounding white space, or nil when nothing is left.
    func nonEmpty(_ value: String?) -> String? {
        ContactReading.trimmed(value)
    }

}

extension ContactValidator {
    /// The longest matter: one or two lines to a case officer, not a report.
    public static let matterLimit = 500

    /// The matter and call-back of a forwarded contact, checked: a matter is required, the
    /// phone and e-mail must be ones, and neither is given on any other outcome.
    func handoverDetails(
        _ draft: TypedContactDraft, forwarded: Bool, today: LocalDay, problems: inout [ContactProblem]
    ) -> (matter: String?, callback: Callback?) {
        let matter = nonEmpty(draft.matter)
        let phoneText = nonEmpty(draft.callbackPhone)
        let emailText = nonEmpty(draft.callbackEmail)
        let time = nonEmpty(draft.callbackTime)
        guard forwarded else {
            if matter != nil || phoneText != nil || emailText != nil || time != nil {
                problems.append(.handoverDetailsWithoutForward)
            }
            return (nil, nil)
        }
        if let matter {
            if matter.count > Self.matterLimit {
                problems.append(.textTooLong(field: "matter", characters: matter.count, limit: Self.matterLimit))
            }
            if matter.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) { problems.append(.invalidText(field: "matter")) }
        } else {
            problems.append(.matterRequired)
        }
        var phone: String?
        if let phoneText {
            phone = CallbackValidation.phone(phoneText)
            // Twelve digits pass as a number; a valid personnummer among them is not one to call.
            let masked: PersonalDataMasking.Result = PersonalDataMasking(allowEmail: true, allowPhone: true).mask(phoneText, today: today)
            if masked.masked.keys.contains(where: { $0 == .personalIdentityNumber || $0 == .coordinationNumber }) {
                problems.append(.phoneIsIdentityNumber(masked: masked.text))
                phone = nil
            } else if phone == nil {
                problems.append(.invalidPhone(phoneText))
            }
        }
        var email: String?
        if let emailText {
            email = CallbackValidation.email(emailText)
            if email == nil { problems.append(.invalidEmail(emailText)) }
        }
        if let time {
            if time.count > CallbackValidation.preferredTimeLimit {
                problems.append(.textTooLong(field: "callback_time", characters: time.count, limit: CallbackValidation.preferredTimeLimit))
            }
            if time.unicodeScalars.contains(where: { $0.value < 0x20 }) { problems.append(.invalidText(field: "callback_time")) }
        }
        let callback = Callback(phone: phone, email: email, preferredTime: time)
        return (matter, callback.isEmpty ? nil : callback)
    }
}
