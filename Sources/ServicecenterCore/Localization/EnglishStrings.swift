import Foundation

/// English, for sites and staff who ask for it (`--lang en` or `language = "en"`).
public struct EnglishStrings: StringTable {
    public init() {}
    public var language: Language { .english }

    public func channel(_ channel: Channel) -> String {
        switch channel {
        case .visit: "Visit"
        case .phone: "Phone"
        case .signLanguage: "Sign language"
        case .digital: "Digital"
        }
    }

    public func resolution(_ kind: Resolution.Kind) -> String {
        switch kind {
        case .resolved: "Resolved at first contact"
        case .forwarded: "Forwarded"
        case .referred: "Referred elsewhere"
        }
    }

    public func forwardReason(_ reason: ForwardReason) -> String {
        switch reason {
        case .needsCaseOfficer: "Needs a case officer (decision)"
        case .couldNotAnswer: "Could not answer"
        case .citizenRequest: "Citizen's request"
        }
    }

    public func contactProblem(_ problem: ContactProblem) -> String {
        switch problem {
        case .missing(let field): "\(field) is missing; it is required"
        case .wrongType(let field, let expected):
            "\(field) has the wrong type; it must be \(expected == .text ? "text" : expected == .wholeNumber ? "a whole number" : "true or false")"
        case .unknownField(let field): "unknown field \"\(field)\"; check the spelling (see docs/import.md)"
        case .unknownChannel(let value): "unknown channel \"\(value)\"; use visit, phone, sign_language or digital"
        case .unknownMedium(let value): "unknown medium \"\(value)\"; use email, chat or eservice"
        case .mediumWithoutDigital(let value): "medium \"\(value)\" only applies to the digital channel"
        case .unknownCategory(let value): "unknown category \"\(value)\"; see the ids in categories.toml"
        case .unknownSector(let field, let value): "\(field): unknown sector \"\(value)\"; see the ids in sectors.toml"
        case .unknownOperator(let value): "unknown operator \"\(value)\"; add them to operators.toml"
        case .unknownResolution(let value): "unknown resolution \"\(value)\"; use resolved, forwarded or referred"
        case .unknownReason(let value):
            "unknown reason \"\(value)\"; use needs_case_officer, could_not_answer or citizen_request"
        case .reasonRequired: "a forwarded contact needs a reason (--reason / forward_reason)"
        case .forwardDetailsWithoutForward: "a reason and a receiving sector are only given when the resolution is forwarded"
        case .referredToWithoutReferral: "referred_to is only given when the resolution is referred"
        case .unknownReferral(let value, let valid):
            "referred_to: \"\(value)\" is no referral destination; use one of \(valid.joined(separator: ", ")) (Config/referrals.toml)"
        case .referralTextRequired(let destination):
            "referred_to \(destination) needs referred_other: a short text saying where the citizen was sent"
        case .referralTextWithoutOther(let destination):
            destination.isEmpty
                ? "referred_other: no destination in Config/referrals.toml takes a text (other = true); give referred_to instead"
                : "referred_other is only given with the destination marked other (annan), not with \(destination)"
        case .matterRequired:
            "a forwarded contact needs its matter: what the citizen wants answered or decided (--matter / matter)"
        case .handoverDetailsWithoutForward:
            "the matter and call-back details (matter, callback_phone, callback_email, callback_time) are only given when the resolution is forwarded"
        case .invalidPhone(let value):
            "\"\(value)\" is not a phone number; give 7–15 digits, with + and the country code if abroad, e.g. 070-123 45 67 or +46 19 21 10 00"
        case .invalidEmail(let value): "\"\(value)\" is not an e-mail address; write name@domain.se"
        case .phoneIsIdentityNumber(let masked):
            "\"\(masked)\" is a personal identity number, not a phone number; give the number the citizen wants to be called on"
        case .malformedDate(let field, let value):
            "\(field): \"\(value)\" is not a time; write ISO 8601 with an offset, e.g. 2026-11-23T09:15:00+01:00"
        case .dateOutsideWindow(let field, let value):
            "\(field): \"\(value)\" lies outside the times accepted (\(AcceptedTimes.description), in UTC)"
        case .endBeforeStart(let started, let ended): "the contact ends (\(ended)) before it starts (\(started))"
        case .negativeWait(let value): "the queue wait \(value) s is negative; give the wait in seconds, 0–\(ContactValidator.queueWaitLimit)"
        case .noteTooLong(let characters, let limit): "the note has \(characters) characters; at most \(limit) are allowed"
        case .incidentTooLong(let characters, let limit): "the incident tag has \(characters) characters; at most \(limit) are allowed"
        case .invalidText(let field): "\(field) holds control characters"
        case .unknownEvent(let value): "unknown event \"\(value)\"; use \(QueueEvent.Kind.feedNames.joined(separator: ", "))"
        case .textTooLong(let field, let characters, let limit): "\(field) is \(characters) characters; at most \(limit)"
        case .waitOutOfRange(let field, let value, let limit):
            "\(field): the queue wait \(value) s is outside 0–\(limit) s (at most \(limit / 86_400) days); give the wait in seconds"
        case .inFuture(let field, let value, let latest):
            "\(field): \(value) lies in the future (latest accepted now: \(latest), \(ContactValidator.clockSkewSeconds / 60) minutes of clock skew); check the date and the offset"
        case .lastsTooLong(let started, let ended, let minutes, let limit):
            "the contact lasts \(minutes) min (\(started) – \(ended)), longer than the limit \(limit) min ([site] max_contact_minutes); give the real start and end (--started and --ended, started_at and ended_at)"
        case .beforeSiteStarted(let value, let siteStarted):
            "started_at: \(value) is before the site began (\(siteStarted), [site] started); check the year"
        }
    }

    public func lineProblem(_ problem: LineProblem) -> String {
        switch problem {
        case .invalidUTF8: "the line is not valid UTF-8; save the file as UTF-8"
        case .malformedJSON: "the line is not valid JSON"
        case .notAnObject: "the line must be a JSON object {…}"
        case .lineTooLong(let limit): "the line is longer than \(limit) bytes (\(limit / 1_048_576) MiB), the most a line may hold; it was skipped unread"
        case .fields(let problems): problems.map(contactProblem).joined(separator: "; ")
        }
    }

    public func storeError(_ error: StoreError) -> String {
        switch error {
        case .notADatabase(let path): "\(path) is not an SQLite database (or is damaged); pass the right file with --database."
        case .readOnly(let path) where DatabaseLocation(setting: path).isServer:
            "The database server \(path) takes no changes now (a standby, or a primary demoted by a fail-over, or a schema this command may not set up); point the site at the primary (docs/deployment.md)."
        case .readOnly(let path): "The database \(path) is read-only; check the permissions of the file and its folder."
        case .locked(let path, let waited):
            "The database \(path) is locked by another process (waited \(waited) ms); try again in a moment."
        case .cannotOpen(let path, let reason): "The database \(path) cannot be opened: \(reason)."
        case .newerSchema(let path): "The database \(path) was written by a newer version of servicecenter; upgrade this program."
        case .olderSchema(let address, let found, let needed):
            "The database \(address) is at schema version \(found) and this program needs version \(needed); only the database's owner may upgrade it, which any command run once as the owner does (for example `servicecenter roles sync`; docs/deployment.md, \"Upgrading\")."
        case .duplicateExternalID(_, let id): "A contact with id \"\(id)\" already exists; it is not logged again."
        case .unknownEarlierContact(let id): "There is no earlier contact with id \(id) to link the repeat contact to."
        case .failed(let path, let message): "Database error in \(path): \(message)"
        case .foreignDatabase(let path):
            "\(path) is another program's SQLite database (its tables are not servicecenter's); it was left untouched. Pass servicecenter's own database with --database, or a new path to create one."
        case .notARegularFile(let path, let kind):
            "\(path) is \(fileKind(kind)), not a database file; pass the path of a database file (or of one to create) with --database."
        case .diskFull(let path):
            "The disk holding the database \(path) is full; nothing of this change was stored. Free space (or raise the quota) and run again."
        case .badAddress(let address, let reason):
            "The database address \(address) cannot be used: \(reason). Correct --database, $SERVICECENTER_DATABASE or [site] database."
        case .unreachable(let address, let reason):
            "The database server \(address) cannot be reached: \(reason). Check that it runs and that the host and port are right."
        case .authenticationFailed(let address, let user):
            "The database server \(address) did not accept the user \(user): check the password (PGPASSWORD or ~/.pgpass) or the server's pg_hba.conf."
        case .missingDatabase(let address):
            "The database server holds no servicecenter database at \(address): correct the name, or create it and set it up (docs/deployment.md)."
        case .notPermitted(let address, let user, let what):
            "The user \(user) may not do this in \(address) (\(what)); ask the database's owner to grant the role (docs/deployment.md)."
        case .connectionLost(let address):
            "The connection to the database server \(address) was lost; try again when it is back."
        case .importInputChanged(let source):
            "\(source) changed, or could not be read again, between checking its lines and storing them; nothing was imported. Import it again once it is complete."
        case .importHeldBack(let source):
            "\(source) has lines that cannot be imported, or could not be read to the end; nothing was imported."
        }
    }

    func fileKind(_ kind: StoreError.FileKind) -> String {
        switch kind {
        case .directory: "a directory"
        case .fifo: "a named pipe (FIFO)"
        case .device: "a device"
        case .socket: "a socket"
        case .other: "a special file"
        }
    }

    public func handoverStatus(_ status: HandoverStatus) -> String {
        switch status {
        case .open: "Open"
        case .acknowledged: "Acknowledged"
        case .calledBack: "Called back"
        case .closed: "Closed"
        }
    }

    public func handoverEvent(_ event: HandoverEvent) -> String {
        switch event {
        case .created: "created"
        case .acknowledged: "acknowledged by the sector"
        case .calledBack: "citizen called back"
        case .closed: "closed"
        case .reopened: "reopened"
        }
    }

    public var handoverColumns: [String] { ["Id", "Sector", "Category", "Channel", "Created", "Due", "Status", ""] }
    public var noHandovers: String { "No hand-overs match." }
    public func overdue(byWorkingDays days: Int) -> String { "OVERDUE \(days) working day\(days == 1 ? "" : "s")" }
    public func handoverNotFound(id: Int64) -> String { "There is no hand-over with id \(id)." }
    public func handoverRefused(id: Int64, event: HandoverEvent, status: HandoverStatus, by: String, at: String) -> String {
        if event.resultingStatus == status {
            return "Hand-over \(id) is already \(handoverStatus(status).lowercased()) (since \(at), by \(by))."
        }
        let verb = switch event {
        case .created: "created"
        case .acknowledged: "acknowledged"
        case .calledBack: "marked as called back"
        case .closed: "closed"
        case .reopened: "reopened"
        }
        return "Hand-over \(id) cannot be \(verb): it is \(handoverStatus(status).lowercased()) since \(at) (by \(by))."
    }
    public var handoverFiguresTitle: String { "Hand-overs per sector" }
    public var handoverFiguresColumns: [String] { ["Sector", "Made", "Closed on time", "Closed late", "On time", "Open", "Overdue"] }
    public var handoverFiguresNote: String {
        "Hand-overs made in the period. On time = closed by the due date ÷ closed. Overdue = not closed and past the due date today (working days: weekends, public holidays and closed days do not count)."
    }

    public func statisticsTitle(site: String, from: LocalDay, through: LocalDay) -> String {
        from == through ? "\(site) – statistics for \(from)" : "\(site) – statistics \(from) – \(through)"
    }

    public var noContacts: String { "No contacts in the period." }
    public func dimension(_ dimension: ContactBreakdown.Dimension) -> String {
        switch dimension {
        case .channel: "Channel"
        case .sector: "Sector"
        case .category: "Category"
        case .operator: "Operator"
        case .hour: "Hour"
        }
    }
    public var columnContacts: String { "Contacts" }
    public var columnFCR: String { "FCR" }
    public var columnFCRResolvable: String { "FCR resolvable" }
    public var columnRepeatRate: String { "Repeat" }
    public var columnForwarded: String { "Forwarded" }
    public var columnReferred: String { "Referred" }
    public var columnDigitalHelp: String { "Digital help" }
    public var columnHandlingMedian: String { "Handling med." }
    public var columnHandlingP90: String { "Handling p90" }
    public var columnWaitMedian: String { "Wait med." }
    public var columnWaitP90: String { "Wait p90" }
    public var total: String { "Total" }
    public var forwardedByReasonTitle: String { "Forwarded by reason" }
    public var referredByDestinationTitle: String { "Referred by destination" }
    public var referralNotRecorded: String { "not recorded" }
    public var queueTitle: String { "Queues per channel (service level against the target in servicecenter.toml)" }
    public var queueColumns: [String] {
        ["Channel", "Offered", "Answered", "Abandoned", "Service level", "Target", "ASA", "Abandonment", "Hours on target", "Worst hour", "No-shows"]
    }
    public var queueNote: String {
        "Service level = answered within the target ÷ (answered + abandoned after the target); callers hanging up before the target, no-shows and transferred tickets are left out. Hours on target: the share of the days' hours with calls that met the target (evenness). See docs/measures.md."
    }
    public var incidentContactsTitle: String { "Contacts about incidents" }
    public var hourLevelsTitle: String { "Service level per hour (evenness)" }
    public var hourLevelsHour: String { "Hour" }
    public var hourLevelsNote: String {
        "Service level over the period's queues in that hour; m/n = days on which the hour met the target, of days with a service level in that hour. The same rule as the wallboard's row of hours and the package's meets_target."
    }
    public var forecastTitle: String { "Forecast against outcome (the staffing plan's forecast)" }
    public var forecastColumns: [String] { ["Channel", "Forecast", "Outcome", "Error", "Mean error per day", "Days"] }
    public func forecastNote(historyWeeks: Int) -> String {
        "Forecast = the mean of the same weekday over the last \(historyWeeks) ordinary weeks, over the day's opening hours (servicecenter staffing); outcome = contacts in the same hours. Error = (outcome − forecast) ÷ forecast; mean error per day = the mean of |outcome − forecast| ÷ outcome. Days without history are left out."
    }

    public func figuresNote(repeatWindowDays days: Int) -> String {
        "FCR = resolved at first contact ÷ all contacts; \"resolvable\" counts only categories normally resolved at the desk. Repeat = contacts linked to a contact about the same matter recorded as resolved at most \(days) days earlier ÷ all contacts. Times in minutes:seconds; waits over contacts with a known wait."
    }

    public func personalDataMasked(_ masked: MaskedFields) -> String {
        func list(_ kinds: [PersonalDataMasking.Kind]) -> String {
            let words = kinds.map { kind in
                switch kind {
                case .personalIdentityNumber: "personal identity number"
                case .coordinationNumber: "coordination number"
                case .email: "e-mail address"
                case .phone: "phone number"
                }
            }
            return words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
        func name(_ field: MaskedFields.Field) -> String {
            switch field {
            case .subject: "the subject"
            case .matter: "the matter"
            case .callbackTime: "the preferred call-back time"
            case .note: "the note"
            }
        }
        let changed = masked.changed
        if let first = changed.first, changed.allSatisfy({ $0.kinds == first.kinds }) {
            let names = changed.map { name($0.field) }
            let fields = names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
            return "Masked in \(fields): \(list(first.kinds))."
        }
        return "Masked in " + changed.map { "\(name($0.field)): \(list($0.kinds))" }.joined(separator: "; in ") + "."
    }
}
