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

    /// A checked contact, or `InvalidContact` listing every problem of the draft.
    /// - Parameter now: used for missing times on the command line (`log` records a contact just ended).
    public func validate(_ draft: ContactDraft, now: Date) throws(InvalidContact) -> Contact {
        var problems: [ContactProblem] = []

        let channel = required(draft.channel, "channel", &problems).flatMap { raw -> Channel? in
            guard let channel = Channel(rawValue: raw) else { problems.append(.unknownChannel(raw)); return nil }
            return channel
        }
        var medium: DigitalMedium?
        if let raw = nonEmpty(draft.medium) {
            if let parsed = DigitalMedium(rawValue: raw) {
                medium = parsed
                if let channel, channel != .digital { problems.append(.mediumWithoutDigital(raw)) }
            } else {
                problems.append(.unknownMedium(raw))
            }
        }

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

        let resolution = validateResolution(draft, defaultSector: sector, problems: &problems)

        let problemsBefore = problems.count
        let ended = parseTime(draft.endedAt, field: "ended_at", problems: &problems) ?? now
        let started = parseTime(draft.startedAt, field: "started_at", problems: &problems)
            ?? (draft.startedAt == nil ? min(ended, now) : ended)
        // A refused time stands in as "now" or as the other end, so comparing it would add a
        // made-up "ends before it starts" to the real problem (a start in 2099 against now).
        let timeRefused = problems.count > problemsBefore
        if !timeRefused {
            // A start in the future is that, not an end "before" it (a start a year ahead
            // without an end met "now" as its end).
            let future = futureProblems(draft, started: started, ended: ended, now: now)
            problems += future
            if future.isEmpty, started > ended, let startedText = draft.startedAt ?? draft.endedAt {
                problems.append(.endBeforeStart(started: startedText, ended: draft.endedAt ?? ContactProblem.noEnd))
            } else if started <= ended {
                problems += durationProblems(draft, started: started, ended: ended)
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

        let (matter, callback) = handoverDetails(draft, forwarded: nonEmpty(draft.resolution) == Resolution.Kind.forwarded.rawValue,
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
    func futureProblems(_ draft: ContactDraft, started: Date, ended: Date, now: Date) -> [ContactProblem] {
        var problems: [ContactProblem] = []
        let latest = now.addingTimeInterval(Double(Self.clockSkewSeconds))
        let latestText = Timestamp.utcText(latest)
        if started > latest, let text = nonEmpty(draft.startedAt) {
            problems.append(.inFuture(field: "started_at", value: text, latest: latestText))
        }
        if ended > latest, let text = nonEmpty(draft.endedAt) {
            problems.append(.inFuture(field: "ended_at", value: text, latest: latestText))
        }
        return problems
    }

    /// The rules on a contact in order: no longer than the limit, not before the site began.
    func durationProblems(_ draft: ContactDraft, started: Date, ended: Date) -> [ContactProblem] {
        var problems: [ContactProblem] = []
        let seconds = ended.timeIntervalSince(started)
        let limit = configuration.site.maxContactMinutes
        if seconds > Double(limit * 60) {
            problems.append(.lastsTooLong(
                started: nonEmpty(draft.startedAt) ?? Timestamp.utcText(started), ended: nonEmpty(draft.endedAt) ?? ContactProblem.noEnd,
                minutes: Int((seconds / 60).rounded(.down)), limit: limit))
        }
        if let siteStarted = configuration.site.started, started < siteStarted.start(in: configuration.timeZone) {
            problems.append(.beforeSiteStarted(value: nonEmpty(draft.startedAt) ?? Timestamp.utcText(started), siteStarted: siteStarted.description))
        }
        return problems
    }

    func validateResolution(_ draft: ContactDraft, defaultSector: String?, problems: inout [ContactProblem]) -> Resolution? {
        guard let raw = required(draft.resolution, "resolution", &problems) else { return nil }
        guard let kind = Resolution.Kind(rawValue: raw) else {
            problems.append(.unknownResolution(raw))
            return nil
        }
        let reasonText = nonEmpty(draft.forwardReason)
        let forwardTo = nonEmpty(draft.forwardTo)
        if kind != .forwarded, reasonText != nil || forwardTo != nil {
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
            var reason: ForwardReason?
            if let reasonText {
                reason = ForwardReason(rawValue: reasonText)
                if reason == nil { problems.append(.unknownReason(reasonText)) }
            } else {
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

    func parseTime(_ value: String?, field: String, problems: inout [ContactProblem]) -> Date? {
        guard let value = nonEmpty(value) else { return nil }
        return AcceptedTimes.parse(value, field: field, problems: &problems)
    }

    /// The value without surrounding white space, or nil when nothing is left.
    func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        // Most values have no surrounding space: skip the copy (Foundation's trimming is slow on Linux).
        if let first = value.first, let last = value.last, !first.isWhitespace, !last.isWhitespace { return value }
        let trimmed = value.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}

extension ContactValidator {
    /// The longest matter: one or two lines to a case officer, not a report.
    public static let matterLimit = 500

    /// The matter and call-back of a forwarded contact, checked: a matter is required, the
    /// phone and e-mail must be ones, and neither is given on any other outcome.
    func handoverDetails(
        _ draft: ContactDraft, forwarded: Bool, today: LocalDay, problems: inout [ContactProblem]
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
