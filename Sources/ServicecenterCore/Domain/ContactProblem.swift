/// One reason a contact cannot be logged; the strings table words it for the user.
public enum ContactProblem: Hashable, Sendable {
    case missing(field: String)
    case wrongType(field: String, expected: ExpectedType)
    case unknownField(field: String)
    case unknownChannel(String)
    case unknownMedium(String)
    case mediumWithoutDigital(String)
    case unknownCategory(String)
    case unknownSector(field: String, value: String)
    case unknownOperator(String)
    case unknownResolution(String)
    case unknownReason(String)
    case reasonRequired
    case forwardDetailsWithoutForward
    case referredToWithoutReferral
    /// `referred_to` names no destination of referrals.toml; `valid` lists their ids.
    case unknownReferral(value: String, valid: [String])
    /// A referral to "annan" (`destination`) without the short text saying where.
    case referralTextRequired(destination: String)
    /// A `referred_other` text on a destination that is not "annan" (`destination`).
    case referralTextWithoutOther(destination: String)
    /// A forwarded contact without its matter (ärendebeskrivning).
    case matterRequired
    /// A matter or call-back details on a contact that is not forwarded.
    case handoverDetailsWithoutForward
    /// `value` as given is not a phone number (`CallbackValidation.phone`).
    case invalidPhone(String)
    /// A call-back phone that is a personnummer or samordningsnummer; `masked` as masking shows
    /// it, so the refusal does not repeat the number.
    case phoneIsIdentityNumber(masked: String)
    /// `value` as given is not an e-mail address (`CallbackValidation.email`).
    case invalidEmail(String)
    case malformedDate(field: String, value: String)
    /// A well-formed time outside `AcceptedTimes` (year 0000, year 10000 after its offset).
    case dateOutsideWindow(field: String, value: String)
    case endBeforeStart(started: String, ended: String)
    case negativeWait(Int)
    case noteTooLong(characters: Int, limit: Int)
    case incidentTooLong(characters: Int, limit: Int)
    case invalidText(field: String)
    /// A queue event whose `event` is not one the feed may send.
    case unknownEvent(String)
    case textTooLong(field: String, characters: Int, limit: Int)
    /// A queue wait above `ContactValidator.queueWaitLimit` seconds; `value` as it was given.
    case waitOutOfRange(field: String, value: String, limit: Int)
    /// A start or end later than `latest` (now plus `ContactValidator.clockSkewSeconds`);
    /// `value` as it was given, `latest` as UTC text.
    case inFuture(field: String, value: String, latest: String)
    /// A contact lasting longer than `[site] max_contact_minutes`: a contact left open or a
    /// mistyped time. `started` and `ended` as given ("now" for a missing end).
    case lastsTooLong(started: String, ended: String, minutes: Int, limit: Int)

    /// What `ended` holds for a contact given no end (it ends now): the strings tables say it
    /// in their own language ("nu"), rather than an English word inside a Swedish sentence.
    public static let noEnd = "now"
    /// A start before `[site] started`, the day the site began.
    case beforeSiteStarted(value: String, siteStarted: String)

    /// What a JSON field should have held.
    public enum ExpectedType: String, Sendable {
        case text
        case wholeNumber
        case boolean
    }
}

/// The problems of one contact, thrown by `ContactValidator`.
public struct InvalidContact: Error, Sendable {
    public var problems: [ContactProblem]
    public init(problems: [ContactProblem]) { self.problems = problems }
}
