/// A row of the quality report's headline table: what it measures, which way is better, the
/// target it has in Config/ and the reference it may be compared with.
public enum HeadlineMeasure: Hashable, Sendable {
    case contacts
    case phoneDirectAnswer
    case emailWithinOneWorkingDay
    case emailWithinTwoWorkingDays
    case firstContactResolution
    case resolvableFirstContactResolution
    case serviceLevel(Channel)
    case evenness(Channel)
    case averageSpeedOfAnswer(Channel)
    case abandonment(Channel)
    case repeatRate
    case handoversOnTime
    case handoversOverdue
    case signLanguageContacts
    case digitalHelpShare

    /// How a value is written and how its change is said.
    public enum Kind: Sendable {
        case count, share, seconds
    }

    /// Which way a change is an improvement; `nil`: neither (a count of contacts).
    public enum Better: Sendable {
        case higher, lower
    }

    /// The rows in the order a board reads them: KKiK first, then resolution, service level
    /// and evenness, then hand-overs and the channels the award named.
    public static var all: [HeadlineMeasure] {
        [.contacts, .phoneDirectAnswer, .emailWithinOneWorkingDay, .emailWithinTwoWorkingDays, .firstContactResolution,
         .resolvableFirstContactResolution]
            + Channel.allCases.map(HeadlineMeasure.serviceLevel)
            + [.evenness(.phone), .averageSpeedOfAnswer(.phone), .abandonment(.phone), .repeatRate, .handoversOnTime, .handoversOverdue,
               .signLanguageContacts, .digitalHelpShare]
    }

    public var kind: Kind {
        switch self {
        case .contacts, .handoversOverdue, .signLanguageContacts: .count
        case .averageSpeedOfAnswer: .seconds
        default: .share
        }
    }

    public var better: Better? {
        switch self {
        case .contacts, .signLanguageContacts, .digitalHelpShare: nil
        case .averageSpeedOfAnswer, .abandonment, .repeatRate, .handoversOverdue: .lower
        default: .higher
        }
    }

    /// The measure's value for a period; nil when the period has nothing to measure it by.
    public func value(_ figures: PeriodFigures) -> Double? {
        switch self {
        case .contacts: Double(figures.contacts.contacts)
        case .phoneDirectAnswer: figures.directAnswer.rate
        case .emailWithinOneWorkingDay: figures.email.shareWithinOne
        case .emailWithinTwoWorkingDays: figures.email.shareWithinTwo
        case .firstContactResolution: figures.contacts.firstContactResolution
        case .resolvableFirstContactResolution: figures.contacts.resolvableFirstContactResolution
        case .serviceLevel(let channel): figures.queues[channel]?.serviceLevel
        case .evenness(let channel): figures.evenness(channel)
        case .averageSpeedOfAnswer(let channel): figures.queues[channel]?.averageSpeedOfAnswer
        case .abandonment(let channel): figures.queues[channel]?.abandonmentRate
        case .repeatRate: figures.contacts.repeatRate
        case .handoversOnTime: figures.handoversOnTime
        case .handoversOverdue: Double(figures.handovers.overdueAtEnd)
        case .signLanguageContacts: Double(figures.contactsByChannel[.signLanguage, default: 0])
        case .digitalHelpShare: figures.contacts.digitalHelpShare
        }
    }

    /// The share Config/ sets as the target ([targets.<channel>] percent), for the measures that have one.
    public func target(_ configuration: Configuration) -> Double? {
        switch self {
        case .serviceLevel(let channel): configuration.targets.serviceLevel(for: channel).percent / 100
        default: nil
        }
    }

    /// The `[reference]` key this measure may be compared with.
    public var reference: ReferenceValues.Measure? {
        switch self {
        case .phoneDirectAnswer: .phoneDirectAnswer
        case .emailWithinOneWorkingDay: .emailWithinOneWorkingDay
        case .emailWithinTwoWorkingDays: .emailWithinTwoWorkingDays
        case .firstContactResolution: .firstContactResolution
        case .serviceLevel(.phone): .phoneServiceLevel
        default: nil
        }
    }
}
