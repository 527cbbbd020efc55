/// What a hand-over's case sheet and list say (`HandoverSheet`, `HandoverList`): its matter and
/// how the sector reaches the citizen (återkontakt), or why those details are not shown.
public protocol HandoverCaseStrings: Sendable {
    /// The sheet's first line: the reference a guide reads to the citizen, and the sector.
    func title(id: Int64, sector: String) -> String
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
}

public func handoverCaseStrings(for language: Language) -> any HandoverCaseStrings {
    language == .swedish ? SwedishHandoverCaseStrings() : EnglishHandoverCaseStrings()
}

/// Svenska.
public struct SwedishHandoverCaseStrings: HandoverCaseStrings {
    public init() {}
    public func title(id: Int64, sector: String) -> String { "Ärende \(id) · \(sector)" }
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
}

/// English.
public struct EnglishHandoverCaseStrings: HandoverCaseStrings {
    public init() {}
    public func title(id: Int64, sector: String) -> String { "Hand-over \(id) · \(sector)" }
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
}
