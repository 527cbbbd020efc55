import Foundation

/// The domain's words that more than one layer says (the screens, the command line, the
/// statistics and the e-mail to a sector), one conformer per language, so a missing translation
/// is a compile error rather than a blank on a guide's screen. What only the command line says
/// is in its own tables (`CommandStrings` and its neighbours in `Sources/servicecenter/Localization`).
public protocol StringTable: Sendable {
    var language: Language { get }

    // Domain words
    func channel(_ channel: Channel) -> String
    func resolution(_ kind: Resolution.Kind) -> String
    func forwardReason(_ reason: ForwardReason) -> String

    // Problems with a contact
    func contactProblem(_ problem: ContactProblem) -> String
    func lineProblem(_ problem: LineProblem) -> String

    /// Told whenever free text was stored with personal data masked: what, and in which field.
    func personalDataMasked(_ masked: MaskedFields) -> String

    // The store's errors
    func storeError(_ error: StoreError) -> String

    // Hand-overs
    func handoverStatus(_ status: HandoverStatus) -> String
    func handoverEvent(_ event: HandoverEvent) -> String
    var handoverColumns: [String] { get }
    var noHandovers: String { get }
    func overdue(byWorkingDays days: Int) -> String
    func handoverNotFound(id: Int64) -> String
    func handoverRefused(id: Int64, event: HandoverEvent, status: HandoverStatus, by: String, at: String) -> String
    var handoverFiguresTitle: String { get }
    var handoverFiguresColumns: [String] { get }
    var handoverFiguresNote: String { get }

    // Statistics table
    func statisticsTitle(site: String, from: LocalDay, through: LocalDay) -> String
    var noContacts: String { get }
    func dimension(_ dimension: ContactBreakdown.Dimension) -> String
    var columnContacts: String { get }
    var columnFCR: String { get }
    var columnFCRResolvable: String { get }
    var columnRepeatRate: String { get }
    var columnForwarded: String { get }
    var columnReferred: String { get }
    var columnDigitalHelp: String { get }
    var columnHandlingMedian: String { get }
    var columnHandlingP90: String { get }
    var columnWaitMedian: String { get }
    var columnWaitP90: String { get }
    var total: String { get }
    var forwardedByReasonTitle: String { get }
    /// `stats`: the referred contacts counted per destination of referrals.toml.
    var referredByDestinationTitle: String { get }
    /// The row of referrals recorded without a destination (before destinations existed).
    var referralNotRecorded: String { get }
    func figuresNote(repeatWindowDays: Int) -> String

    // Queues and incidents in the statistics
    var queueTitle: String { get }
    /// Channel, offered, answered, abandoned, service level, target, ASA, abandonment, hours on target, worst hour, no-shows.
    var queueColumns: [String] { get }
    var queueNote: String { get }
    var incidentContactsTitle: String { get }

    // Evenness per hour and the forecast's error in the statistics
    var hourLevelsTitle: String { get }
    var hourLevelsHour: String { get }
    var hourLevelsNote: String { get }
    var forecastTitle: String { get }
    /// Channel, forecast, outcome, error, mean error per day, days forecast.
    var forecastColumns: [String] { get }
    func forecastNote(historyWeeks: Int) -> String
}

extension StringTable {
    /// Why a hand-over change was refused, with the moment in the site's time zone.
    public func handoverChangeError(_ error: HandoverChangeError, in zone: TimeZone) -> String {
        switch error {
        case .notFound(let id): handoverNotFound(id: id)
        case .notAllowed(let id, let event, let status, let since, let by):
            handoverRefused(id: id, event: event, status: status, by: by, at: Timestamp.localMinute(since, in: zone))
        case .store(let failure): storeError(failure)
        }
    }
}

/// The table for a language.
public func strings(for language: Language) -> any StringTable {
    switch language {
    case .swedish: SwedishStrings()
    case .english: EnglishStrings()
    }
}
