import Foundation

/// The records a period's open statistics are made from. The store reads them without note
/// texts, and without who logged them unless the operators' table is asked for.
public struct StatisticsInput: Sendable {
    public var first: LocalDay
    public var last: LocalDay
    public var contacts: [Contact]
    public var queueCalls: [QueueCall]
    public var handovers: [HandoverTimeline]

    public init(first: LocalDay, last: LocalDay, contacts: [Contact], queueCalls: [QueueCall], handovers: [HandoverTimeline] = []) {
        self.first = first
        self.last = last
        self.contacts = contacts
        self.queueCalls = queueCalls
        self.handovers = handovers
    }

    /// Whether the period holds anything to report.
    public var isEmpty: Bool { contacts.isEmpty && queueCalls.isEmpty }
}

/// A period's statistics as open tables, day by day, computed with the same measures as
/// `stats` and the dashboard (`ContactSummary`, `QueueFigures`, `ServiceLevelEvenness`).
public struct OpenStatistics: Sendable {
    public var configuration: Configuration
    public var first: LocalDay
    public var last: LocalDay
    /// Every day of the period, empty ones included: a time series without holes.
    public var days: [LocalDay]
    var contactsByDay: [LocalDay: [Contact]]
    var callsByDay: [LocalDay: [QueueCall]]
    var handoverDays: [LocalDay: HandoverDay]

    public init(configuration: Configuration, input: StatisticsInput) {
        self.configuration = configuration
        first = input.first
        last = input.last
        let zone = configuration.timeZone
        days = Self.days(from: input.first, through: input.last)
        contactsByDay = Dictionary(grouping: input.contacts) { LocalDay($0.startedAt, in: zone) }
        callsByDay = Dictionary(grouping: input.queueCalls) { LocalDay($0.queuedAt, in: zone) }
        handoverDays = HandoverDay.days(input.handovers, from: input.first, through: input.last, zone: zone)
    }

    /// Every day from `first` through `last`.
    public static func days(from first: LocalDay, through last: LocalDay) -> [LocalDay] {
        var days: [LocalDay] = []
        var day = first
        while day <= last {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }

    func contacts(on day: LocalDay) -> [Contact] { contactsByDay[day] ?? [] }
    func calls(on day: LocalDay) -> [QueueCall] { callsByDay[day] ?? [] }

    /// The tables of the package, in the order the descriptor lists them.
    public func tables(includingOperators: Bool) -> [DataTable] {
        [summaryTable, contactTable, serviceLevelTable] + (includingOperators ? [operatorTable] : [])
    }

    /// The field every table starts with.
    static let dateField = DataField(
        "date", .date, title: Bilingual(sv: "Datum", en: "Date"),
        description: Bilingual(sv: "Dagen, i servicecentrets tidszon.", en: "The day, in the servicecenter's time zone."),
        required: true)

    static let channelField = DataField(
        "channel", .string, title: Bilingual(sv: "Kanal", en: "Channel"),
        description: Bilingual(
            sv: "visit = besök, phone = telefon, sign_language = teckenspråk, digital = e-post, chatt och e-tjänster.",
            en: "visit, phone, sign_language (by video or at the desk), digital (e-mail, chat, e-services)."),
        allowed: Channel.allCases.map(\.rawValue), required: true)
}
