import Foundation

/// What a period's headline figures (`PeriodFigures`) are made of, as counts that add up: the
/// store can count them for a comparison period without handing over every contact and call
/// (a year earlier is as many rows as the year itself), and the period's own rows are counted
/// into the same shape here, so both go through one definition of each figure. The contract
/// tests hold the stores' counts to `init(_:configuration:)` over the same records.
public struct ReportCounts: Sendable, Equatable {
    public var first: LocalDay
    public var last: LocalDay
    /// Per channel, the contacts that started on the period's days.
    public var contacts: [Channel: ContactCounts]
    /// Per channel and the local clock hour the call joined the queue in (`QueueCall.queuedAt`),
    /// named by the moment that hour began: the day and hour follow from it in the site's zone.
    public var calls: [CallHour: CallCounts]
    /// E-mail answered at the desk: each one's start and wait, for the working-day rule.
    public var emailReplies: [EmailReply]
    /// The hand-overs made or open in the period, as the package reads them.
    public var handovers: [HandoverTimeline]

    public init(
        first: LocalDay, last: LocalDay, contacts: [Channel: ContactCounts] = [:], calls: [CallHour: CallCounts] = [:],
        emailReplies: [EmailReply] = [], handovers: [HandoverTimeline] = []
    ) {
        self.first = first
        self.last = last
        self.contacts = contacts
        self.calls = calls
        self.emailReplies = emailReplies
        self.handovers = handovers
    }

    /// The counts of `contacts` and `calls` (as a store reads them for the period), each call
    /// measured against its channel's target in `configuration`.
    public init(
        first: LocalDay, last: LocalDay, contacts: some Sequence<Contact>, calls: some Sequence<QueueCall>, handovers: [HandoverTimeline],
        configuration: Configuration
    ) {
        self.init(first: first, last: last, handovers: handovers)
        let limits = Self.limitSeconds(configuration)
        for contact in contacts {
            self.contacts[contact.channel, default: ContactCounts()].add(contact, limitSeconds: limits[contact.channel] ?? 0)
            if contact.channel == .digital, contact.medium == .email, let wait = contact.queueWaitSeconds {
                emailReplies.append(EmailReply(startedAt: contact.startedAt, waitSeconds: wait))
            }
        }
        let zone = configuration.timeZone
        for call in calls {
            let second = Int64(call.queuedAt.timeIntervalSince1970.rounded(.down))
            let intoHour = Int64(LocalDay.localSeconds(of: call.queuedAt, in: zone).second % 3600)
            let hour = CallHour(channel: call.channel, start: second - intoHour)
            self.calls[hour, default: CallCounts()].add(call, limitSeconds: limits[call.channel] ?? 0)
        }
    }

    /// The counts of a whole read (a comparison period read row by row).
    public init(_ input: StatisticsInput, configuration: Configuration) {
        self.init(
            first: input.first, last: input.last, contacts: input.contacts, calls: input.queueCalls, handovers: input.handovers,
            configuration: configuration)
    }

    /// Two spans' counts together (the weeks or months of a period make the period).
    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.contacts.merge(rhs.contacts, uniquingKeysWith: +)
        sum.calls.merge(rhs.calls, uniquingKeysWith: +)
        sum.emailReplies += rhs.emailReplies
        sum.handovers += rhs.handovers
        sum.first = min(lhs.first, rhs.first)
        sum.last = max(lhs.last, rhs.last)
        return sum
    }

    /// Every channel's service-level target in seconds, as the stores take them.
    public static func limitSeconds(_ configuration: Configuration) -> [Channel: Int] {
        Dictionary(uniqueKeysWithValues: Channel.allCases.map { ($0, configuration.targets.serviceLevel(for: $0).seconds) })
    }

    /// Whether the local clock hours of `zone` begin on UTC hours over the days, so a store may
    /// count calls by UTC hour: true where the zone is a whole number of hours from UTC
    /// throughout (Sweden always). Elsewhere a comparison is read row by row.
    public static func hoursAreExact(in zone: TimeZone, from first: LocalDay, through last: LocalDay) -> Bool {
        var day = first.adding(days: -1)
        while day <= last.adding(days: 1) {
            let noon = day.start(in: zone).addingTimeInterval(12 * 3600)
            if zone.secondsFromGMT(for: day.start(in: zone)) % 3600 != 0 || zone.secondsFromGMT(for: noon) % 3600 != 0 { return false }
            day = day.adding(days: 1)
        }
        return true
    }
}

/// A channel's queue in one local clock hour.
public struct CallHour: Hashable, Sendable {
    public var channel: Channel
    /// When the hour began, in seconds since 1970-01-01T00:00Z.
    public var start: Int64

    public init(channel: Channel, start: Int64) {
        self.channel = channel
        self.start = start
    }

    public var startDate: Date { Date(timeIntervalSince1970: TimeInterval(start)) }
}

/// The contacts of one channel as the headline counts them (`ContactSummary`, `PhoneDirectAnswer`).
public struct ContactCounts: Hashable, Sendable {
    public var contacts = 0
    public var resolved = 0
    public var resolvableContacts = 0
    public var resolvableResolved = 0
    /// Resolvable, resolved, and answered within the channel's target (`PhoneDirectAnswer`).
    public var resolvableResolvedWithinTarget = 0
    public var repeats = 0
    public var digitalHelp = 0

    public init() {}

    mutating func add(_ contact: Contact, limitSeconds: Int) {
        add(
            resolved: contact.resolution == .resolved, resolvable: contact.resolvable, waitSeconds: contact.queueWaitSeconds,
            countsAsRepeat: contact.countsAsRepeat, digitalHelp: contact.digitalHelp, limitSeconds: limitSeconds)
    }

    /// One contact, as a store reads its columns: the rule for each count is here, once.
    public mutating func add(resolved isResolved: Bool, resolvable: Bool, waitSeconds: Int?, countsAsRepeat: Bool, digitalHelp helped: Bool, limitSeconds: Int) {
        contacts += 1
        if isResolved { resolved += 1 }
        if resolvable {
            resolvableContacts += 1
            if isResolved {
                resolvableResolved += 1
                if (waitSeconds ?? 0) <= limitSeconds { resolvableResolvedWithinTarget += 1 }
            }
        }
        if countsAsRepeat { repeats += 1 }
        if helped { digitalHelp += 1 }
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.contacts += rhs.contacts
        sum.resolved += rhs.resolved
        sum.resolvableContacts += rhs.resolvableContacts
        sum.resolvableResolved += rhs.resolvableResolved
        sum.resolvableResolvedWithinTarget += rhs.resolvableResolvedWithinTarget
        sum.repeats += rhs.repeats
        sum.digitalHelp += rhs.digitalHelp
        return sum
    }

    public var firstContactResolution: Double? { ContactSummary.share(resolved, of: contacts) }
    public var resolvableFirstContactResolution: Double? { ContactSummary.share(resolvableResolved, of: resolvableContacts) }
    public var repeatRate: Double? { ContactSummary.share(repeats, of: contacts) }
    public var digitalHelpShare: Double? { ContactSummary.share(digitalHelp, of: contacts) }
}

/// Queue calls as the service level counts them (`QueueFigures`): offered, answered within
/// the target, abandoned after it, and the answered calls' waits.
public struct CallCounts: Hashable, Sendable {
    public var offered = 0
    public var answered = 0
    public var abandoned = 0
    /// Answered calls whose wait is known, and their waits added up.
    public var answeredWaits = 0
    public var answerWaitSeconds = 0.0
    public var answeredWithinTarget = 0
    /// Abandoned at or after the target: they count against the service level.
    public var abandonedAfterTarget = 0

    public init() {}

    mutating func add(_ call: QueueCall, limitSeconds: Int) {
        add(outcome: call.outcome, wait: call.wait, limitSeconds: limitSeconds)
    }

    /// One call, as a store reads it: its outcome and its wait (`QueueCall.wait`).
    public mutating func add(outcome: QueueCall.Outcome, wait: TimeInterval?, limitSeconds: Int) {
        offered += 1
        let limit = TimeInterval(limitSeconds)
        switch outcome {
        case .answered:
            answered += 1
            if let wait {
                answeredWaits += 1
                answerWaitSeconds += wait
                if wait <= limit { answeredWithinTarget += 1 }
            }
        case .abandoned:
            abandoned += 1
            if let wait, wait >= limit { abandonedAfterTarget += 1 }
        case .noShow, .transferred, .waiting:
            break
        }
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.offered += rhs.offered
        sum.answered += rhs.answered
        sum.abandoned += rhs.abandoned
        sum.answeredWaits += rhs.answeredWaits
        sum.answerWaitSeconds += rhs.answerWaitSeconds
        sum.answeredWithinTarget += rhs.answeredWithinTarget
        sum.abandonedAfterTarget += rhs.abandonedAfterTarget
        return sum
    }

    /// As `QueueFigures.serviceLevel`: answered within the target ÷ (answered + abandoned after it).
    public var serviceLevel: Double? {
        let base = answeredWaits + abandonedAfterTarget
        return base == 0 ? nil : Double(answeredWithinTarget) / Double(base)
    }

    public var averageSpeedOfAnswer: Double? { answeredWaits == 0 ? nil : answerWaitSeconds / Double(answeredWaits) }
    public var abandonmentRate: Double? { offered == 0 ? nil : Double(abandoned) / Double(offered) }
}

/// An e-mail answered at the desk: when the answer began and how long the e-mail had waited.
public struct EmailReply: Hashable, Sendable {
    public var startedAt: Date
    public var waitSeconds: Int

    public init(startedAt: Date, waitSeconds: Int) {
        self.startedAt = startedAt
        self.waitSeconds = waitSeconds
    }
}
