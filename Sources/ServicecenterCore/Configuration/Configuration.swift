import Foundation

/// The whole site configuration, as read from Config/: what the site is, its targets and its catalogue.
public struct Configuration: Sendable {
    public var site: Site
    public var targets: Targets
    public var retention: Retention
    public var calendar: CalendarSettings
    public var statistics: StatisticsSettings
    /// `[privacy]`: which contact details may stay in free text; personnummer never do.
    public var privacy: PersonalDataMasking
    /// `[delivery]`: how hand-overs are e-mailed to the sectors' mailboxes.
    public var delivery = DeliverySettings()
    public var sectors: [Sector]
    public var categories: [Category]
    public var operators: [Operator]
    /// Where a citizen may be referred (`Config/referrals.toml`; the standard list when missing).
    public var referrals: [ReferralDestination] = ReferralDestinations.standard
    /// `[staffing]`: forecast, staff needed and the wallboard's alerts.
    public var staffing = StaffingSettings()
    /// The articles in `Config/knowledge/*.md` that read without error.
    public var knowledge: [KnowledgeArticle] = []
    /// `[reference]`: figures the quality report compares with (e.g. national KKiK averages).
    public var reference = ReferenceValues()

    public init(
        site: Site = Site(), targets: Targets = Targets(), retention: Retention = Retention(),
        calendar: CalendarSettings = CalendarSettings(), statistics: StatisticsSettings = StatisticsSettings(),
        privacy: PersonalDataMasking = PersonalDataMasking(),
        sectors: [Sector] = [], categories: [Category] = [], operators: [Operator] = []
    ) {
        self.site = site
        self.targets = targets
        self.retention = retention
        self.calendar = calendar
        self.statistics = statistics
        self.privacy = privacy
        self.sectors = sectors
        self.categories = categories
        self.operators = operators
    }

    public func sector(_ id: String) -> Sector? { sectors.first { $0.id == id } }
    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
    /// Names by id, for reports that show many rows (the first entry wins, as the loader refuses duplicates).
    public var categoryNames: [String: String] { Dictionary(categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }) }
    public var sectorNames: [String: String] { Dictionary(sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }) }
    public func referral(_ id: String) -> ReferralDestination? { referrals.first { $0.id == id } }

    /// Övrig fråga: the category marked `fallback = true`, offered when a search finds nothing.
    public var fallbackCategory: Category? { categories.first { $0.fallback } }
    public func `operator`(_ user: String) -> Operator? { operators.first { $0.user == user } }

    /// Whether contacts of this category (or filed under this sector) concern social services,
    /// health or care: small counts of them are withheld from open statistics.
    public func isSensitive(category: String, sector: String) -> Bool {
        (self.category(category)?.sensitive ?? false) || (self.sector(sector)?.sensitive ?? false)
    }

    /// The site's time zone, falling back to Stockholm (validation reports an unknown one).
    public var timeZone: TimeZone { TimeZone(identifier: site.timeZone) ?? TimeZone(identifier: "Europe/Stockholm")! }

    /// Working days as this site counts them.
    public var workingDays: WorkingDayCalendar {
        WorkingDayCalendar(zone: timeZone, closedDays: Set(calendar.closedDays), closingMinute: calendar.closingMinute)
    }

    /// The site's opening hours (`[site.opening_hours]`).
    public var openingHours: OpeningHours { site.openingHours }
}

/// `[site]`: who runs this servicecenter and how.
public struct Site: Sendable {
    public var name: String
    /// An IANA zone; days and hours in statistics follow it.
    public var timeZone: String
    public var language: Language
    /// Path to the SQLite file; relative paths are relative to the configuration directory.
    public var database: String?
    /// Visitor desks in the hall (`visit_desks`): the stations the desk offers and `queue` accepts.
    public var visitDesks = HallStations.defaultVisitDesks
    /// `max_contact_minutes`: the longest a contact may last; a longer one is a contact left
    /// open or a mistyped time, and would stretch the handling-time figures.
    public var maxContactMinutes: Int
    /// `started`: the day the site began; no contact may start before it (nil: no such bound).
    public var started: LocalDay?
    /// `[site.opening_hours]`.
    public var openingHours: OpeningHours
    public var location: SourceLocation?

    public init(
        name: String = "Servicecenter", timeZone: String = "Europe/Stockholm", language: Language = .swedish,
        database: String? = nil, maxContactMinutes: Int = Site.defaultMaxContactMinutes, started: LocalDay? = nil,
        openingHours: OpeningHours = .standard, location: SourceLocation? = nil
    ) {
        self.name = name
        self.timeZone = timeZone
        self.language = language
        self.database = database
        self.maxContactMinutes = maxContactMinutes
        self.started = started
        self.openingHours = openingHours
        self.location = location
    }

    /// Four hours: the longest conversation a desk plausibly holds (a sign-language visit with
    /// an interpreter), well short of a contact forgotten overnight.
    public static let defaultMaxContactMinutes = 240
}

/// `[targets]`: the service promises the site measures itself against.
public struct Targets: Sendable {
    /// Per channel: answer this share within this many seconds.
    public var serviceLevels: [Channel: ServiceLevelTarget]
    /// E-mail and other digital contacts answered within this many working days.
    public var digitalReplyWorkingDays: Int
    /// Default hand-over target for sectors that do not set their own.
    public var handoverWorkingDays: Int
    /// A contact about the same matter within this many days of one recorded as resolved
    /// counts as a repeat (återkontakt).
    public var repeatWindowDays: Int
    public var location: SourceLocation?

    public init(
        serviceLevels: [Channel: ServiceLevelTarget] = Targets.defaultServiceLevels,
        digitalReplyWorkingDays: Int = 2, handoverWorkingDays: Int = 2, repeatWindowDays: Int = Targets.defaultRepeatWindowDays,
        location: SourceLocation? = nil
    ) {
        self.serviceLevels = serviceLevels
        self.digitalReplyWorkingDays = digitalReplyWorkingDays
        self.handoverWorkingDays = handoverWorkingDays
        self.repeatWindowDays = repeatWindowDays
        self.location = location
    }

    public static let defaultRepeatWindowDays = 14

    /// The channel's target, or the default when the configuration leaves it out.
    public func serviceLevel(for channel: Channel) -> ServiceLevelTarget {
        serviceLevels[channel] ?? Self.defaultServiceLevels[channel]!
    }

    public static let defaultServiceLevels: [Channel: ServiceLevelTarget] = [
        .phone: ServiceLevelTarget(seconds: 60, percent: 80),
        .visit: ServiceLevelTarget(seconds: 600, percent: 80),
        .signLanguage: ServiceLevelTarget(seconds: 120, percent: 80),
        .digital: ServiceLevelTarget(seconds: 3600, percent: 80),
    ]
}

/// Servicenivå target: `percent` of contacts answered within `seconds`.
public struct ServiceLevelTarget: Hashable, Sendable {
    public var seconds: Int
    public var percent: Double
    public var location: SourceLocation?

    public init(seconds: Int, percent: Double, location: SourceLocation? = nil) {
        self.seconds = seconds
        self.percent = percent
        self.location = location
    }

    /// Whether a service level (0–1) reaches the target: the one rule for an hour "on target".
    public func isMet(by level: Double) -> Bool { level >= percent / 100 }
}

/// `[retention]`: how long free text is kept (gallring).
public struct Retention: Sendable {
    public var noteDays: Int
    /// Days a closed hand-over keeps the citizen's call-back details (återkontakt: phone,
    /// e-mail, preferred time) before `purge` erases them.
    public var callbackDays: Int
    public var location: SourceLocation?

    public init(noteDays: Int = 365, callbackDays: Int = 30, location: SourceLocation? = nil) {
        self.noteDays = noteDays
        self.callbackDays = callbackDays
        self.location = location
    }
}

/// `[calendar]`: when the servicecenter is closed besides weekends and Swedish holidays.
public struct CalendarSettings: Sendable {
    /// Closing time as minutes after midnight; hand-overs after it count from the next working day.
    public var closingMinute: Int
    /// Extra closed days, e.g. a klämdag.
    public var closedDays: [LocalDay]
    public var location: SourceLocation?

    public init(closingMinute: Int = 16 * 60 + 30, closedDays: [LocalDay] = [], location: SourceLocation? = nil) {
        self.closingMinute = closingMinute
        self.closedDays = closedDays
        self.location = location
    }
}

/// `[statistics]`: how the nightly open-data package is published.
public struct StatisticsSettings: Sendable {
    /// In sensitive categories, counts from 1 up to one below this are withheld (3: 1 and 2 are).
    public var suppressBelow: Int
    /// The licence the open files are published under, as an SPDX id.
    public var license: String
    public var location: SourceLocation?

    public init(suppressBelow: Int = 3, license: String = "CC0-1.0", location: SourceLocation? = nil) {
        self.suppressBelow = suppressBelow
        self.license = license
        self.location = location
    }
}
