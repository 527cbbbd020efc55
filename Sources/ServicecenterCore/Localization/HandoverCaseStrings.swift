/// What `servicecenter handovers show` and `purge` say about a hand-over's case: its matter,
/// how the sector reaches the citizen (återkontakt), and when those details are erased.
public protocol HandoverCaseStrings: Sendable {
    /// The sheet's first line: the reference a guide reads to the citizen, and the sector.
    func title(id: Int64, sector: String) -> String
    /// `log` of a forwarded contact: the hand-over's reference (not the contact's id, which
    /// `log` prints for scripts) and the promise, as the desk says it to the citizen.
    func made(id: Int64, sector: String, due: LocalDay) -> String
    /// Labels of the sheet's lines, in the order they are shown.
    var categoryLabel: String { get }
    var forwardedLabel: String { get }
    var dueLabel: String { get }
    var statusLabel: String { get }
    var matterLabel: String { get }
    var callbackLabel: String { get }
    var historyTitle: String { get }
    /// When and by whom it was handed over, and why.
    func forwarded(at: String, by: String, reason: String) -> String
    /// The due date in words with the date itself: "onsdag 8 april 2026 (2026-04-08)".
    func due(_ day: LocalDay) -> String
    /// The status now, since when and by whom.
    func status(_ status: String, at: String, by: String) -> String
    /// The call-back details that were given; nil fields are left out.
    func callback(phone: String?, email: String?, preferredTime: String?) -> String
    /// Said in place of the call-back details to someone who may not see them.
    var callbackWithheld: String { get }
    /// No call-back details: none were given, or a purge erased them.
    var noCallback: String { get }
    /// No matter: a hand-over made before the matter was asked for, or one purged.
    var noMatter: String { get }
    /// The list's extra column: the matter's first words.
    var matterColumn: String { get }
    /// `purge`: call-back details and matters erased (or, with `dryRun`, that would be).
    func callbacksPurged(callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool)
        -> String
}

public func handoverCaseStrings(for language: Language) -> any HandoverCaseStrings {
    language == .swedish ? SwedishHandoverCaseStrings() : EnglishHandoverCaseStrings()
}

/// Svenska.
public struct SwedishHandoverCaseStrings: HandoverCaseStrings {
    public init() {}
    public func title(id: Int64, sector: String) -> String { "Ärende \(id) · \(sector)" }
    public func made(id: Int64, sector: String, due: LocalDay) -> String {
        "Ärende \(id) · \(sector) kontaktar medborgaren senast \(DayInWords.text(due, in: .swedish)) (handovers show \(id))."
    }
    public var categoryLabel: String { "Ärendetyp" }
    public var forwardedLabel: String { "Överlämnat" }
    public var dueLabel: String { "Kontakt senast" }
    public var statusLabel: String { "Status" }
    public var matterLabel: String { "Ärendebeskrivning" }
    public var callbackLabel: String { "Återkontakt" }
    public var historyTitle: String { "Historik" }
    public func forwarded(at: String, by: String, reason: String) -> String { "\(at) av \(by) · \(reason)" }
    public func due(_ day: LocalDay) -> String {
        "\(DayInWords.text(day, in: .swedish)) (\(day))"
    }
    public func status(_ status: String, at: String, by: String) -> String { "\(status) sedan \(at) (\(by))" }
    public func callback(phone: String?, email: String?, preferredTime: String?) -> String {
        [phone.map { "telefon \($0)" }, email.map { "e-post \($0)" }, preferredTime.map { "helst \($0)" }]
            .compactMap { $0 }.joined(separator: " · ")
    }
    public var callbackWithheld: String {
        "visas bara för guiden som lämnade över ärendet, arbetsledare och admin"
    }
    public var noCallback: String { "inga uppgifter (inte angivna, eller raderade vid gallring)" }
    public var noMatter: String { "–" }
    public var matterColumn: String { "Ärendebeskrivning" }
    public func callbacksPurged(
        callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool
    ) -> String {
        let what = "återkontaktsuppgifter (telefon, e-post, tid) i \(callbacks) \(callbacks == 1 ? "ärende" : "ärenden") avslutade senast \(closedOnOrBefore) (callback_days = \(callbackDays)) eller skapade före \(madeBefore), och \(matters) \(matters == 1 ? "ärendebeskrivning" : "ärendebeskrivningar") skapade före \(madeBefore)"
        return dryRun ? "Provkörning: \(what) skulle raderas." : "Raderat \(what)."
    }
}

/// English.
public struct EnglishHandoverCaseStrings: HandoverCaseStrings {
    public init() {}
    public func title(id: Int64, sector: String) -> String { "Hand-over \(id) · \(sector)" }
    public func made(id: Int64, sector: String, due: LocalDay) -> String {
        "Hand-over \(id) · \(sector) contacts the citizen by \(DayInWords.text(due, in: .english)) (handovers show \(id))."
    }
    public var categoryLabel: String { "Category" }
    public var forwardedLabel: String { "Handed over" }
    public var dueLabel: String { "Contact by" }
    public var statusLabel: String { "Status" }
    public var matterLabel: String { "Matter" }
    public var callbackLabel: String { "Call-back" }
    public var historyTitle: String { "History" }
    public func forwarded(at: String, by: String, reason: String) -> String { "\(at) by \(by) · \(reason)" }
    public func due(_ day: LocalDay) -> String {
        "\(DayInWords.text(day, in: .english)) (\(day))"
    }
    public func status(_ status: String, at: String, by: String) -> String { "\(status) since \(at) (\(by))" }
    public func callback(phone: String?, email: String?, preferredTime: String?) -> String {
        [phone.map { "phone \($0)" }, email.map { "e-mail \($0)" }, preferredTime.map { "preferably \($0)" }]
            .compactMap { $0 }.joined(separator: " · ")
    }
    public var callbackWithheld: String {
        "shown only to the guide who made the hand-over, supervisors and admins"
    }
    public var noCallback: String { "none (not given, or erased by a purge)" }
    public var noMatter: String { "–" }
    public var matterColumn: String { "Matter" }
    public func callbacksPurged(
        callbacks: Int, matters: Int, closedOnOrBefore: LocalDay, callbackDays: Int, madeBefore: LocalDay, dryRun: Bool
    ) -> String {
        let what = "call-back details (phone, e-mail, time) of \(callbacks) \(callbacks == 1 ? "hand-over" : "hand-overs") closed on or before \(closedOnOrBefore) (callback_days = \(callbackDays)) or made before \(madeBefore), and \(matters) \(matters == 1 ? "matter" : "matters") of hand-overs made before \(madeBefore)"
        return dryRun ? "Dry run: \(what) would be erased." : "Erased \(what)."
    }
}
