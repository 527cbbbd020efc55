import Foundation

/// The words of the nightly statistics package's report page (and the dashboard's hour axis);
/// what `stats dump` says about the package it wrote is the command line's (`CommandStrings`).
public protocol ReportStrings: Sendable {
    var language: Language { get }
    func pageTitle(site: String, period: String) -> String
    var headlineContacts: String { get }
    var headlineFCR: String { get }
    var headlineFCRResolvable: String { get }
    var headlineSignLanguage: String { get }
    var headlineDigitalHelp: String { get }
    var headlineDirectAnswer: String { get }
    var headlineEmailWithinTwo: String { get }
    var headlineHandoversOverdue: String { get }
    var contactsPerHourTitle: String { get }
    /// The bar after the opening hours that counts contacts outside them.
    var otherHours: String { get }
    var contactsPerDayTitle: String { get }
    var serviceLevelTitle: String { get }
    var fcrTitle: String { get }
    var allChannels: String { get }
    func target(_ value: String) -> String
    var metTarget: String { get }
    var missedTarget: String { get }
    var noQueueData: String { get }
    var noContacts: String { get }
    var footer: String { get }
}

public func reportStrings(for language: Language) -> any ReportStrings {
    language == .swedish ? SwedishReportStrings() : EnglishReportStrings()
}

/// Svenska.
public struct SwedishReportStrings: ReportStrings {
    public init() {}
    public var language: Language { .swedish }
    public func pageTitle(site: String, period: String) -> String { "\(site): statistik \(period)" }
    public var headlineContacts: String { "Kontakter" }
    public var headlineFCR: String { "Lösningsgrad" }
    public var headlineFCRResolvable: String { "Lösningsgrad, lösbara ärenden" }
    public var headlineSignLanguage: String { "Teckenspråk" }
    public var headlineDigitalHelp: String { "Hjälp med e-tjänst" }
    public var headlineDirectAnswer: String { "Direktsvar på telefon" }
    public var headlineEmailWithinTwo: String { "E-post besvarad inom 2 arbetsdagar" }
    public var headlineHandoversOverdue: String { "Försenade överlämningar" }
    public var contactsPerHourTitle: String { "Kontakter per timme och kanal" }
    public var otherHours: String { "övriga" }
    public var contactsPerDayTitle: String { "Kontakter per dag och kanal" }
    public var serviceLevelTitle: String { "Servicenivå mot målet" }
    public var fcrTitle: String { "Lösningsgrad per kanal" }
    public var allChannels: String { "Alla kanaler" }
    public func target(_ value: String) -> String { "mål \(value)" }
    public var metTarget: String { "nått" }
    public var missedTarget: String { "ej nått" }
    public var noQueueData: String { "Inga ködata för perioden." }
    public var noContacts: String { "Inga kontakter för perioden." }
    public var footer: String {
        "Inga personuppgifter. Siffrorna kommer från tabellerna i samma paket (datapackage.json); små tal i känsliga ärendetyper är undanhållna där."
    }
}

/// English.
public struct EnglishReportStrings: ReportStrings {
    public init() {}
    public var language: Language { .english }
    public func pageTitle(site: String, period: String) -> String { "\(site): statistics \(period)" }
    public var headlineContacts: String { "Contacts" }
    public var headlineFCR: String { "First-contact resolution" }
    public var headlineFCRResolvable: String { "FCR, resolvable categories" }
    public var headlineSignLanguage: String { "Sign language" }
    public var headlineDigitalHelp: String { "Helped with e-services" }
    public var headlineDirectAnswer: String { "Phone direct answers" }
    public var headlineEmailWithinTwo: String { "E-mail answered within 2 working days" }
    public var headlineHandoversOverdue: String { "Overdue hand-overs" }
    public var contactsPerHourTitle: String { "Contacts per hour and channel" }
    public var otherHours: String { "other" }
    public var contactsPerDayTitle: String { "Contacts per day and channel" }
    public var serviceLevelTitle: String { "Service level against the target" }
    public var fcrTitle: String { "First-contact resolution per channel" }
    public var allChannels: String { "All channels" }
    public func target(_ value: String) -> String { "target \(value)" }
    public var metTarget: String { "met" }
    public var missedTarget: String { "missed" }
    public var noQueueData: String { "No queue data for the period." }
    public var noContacts: String { "No contacts in the period." }
    public var footer: String {
        "No personal data. The figures come from the tables of the same package (datapackage.json); small counts in sensitive categories are withheld there."
    }
}
