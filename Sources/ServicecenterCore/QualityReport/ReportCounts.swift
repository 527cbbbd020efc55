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
    /// E-mail answered at the desk on the period's days, against the working days.
    public var email: EmailReplyTimes
    /// Hand-overs made, closed and closed on time on the period's days; overdue at the end of its last.
    public var handovers: HandoverDay

    public init(
        first: LocalDay, last: LocalDay, contacts: [Channel: ContactCounts] = [:], calls: [CallHour: CallCounts] = [:],
        email: EmailReplyTimes = EmailReplyTimes(), handovers: HandoverDay = HandoverDay()
    ) {
        self.first = first
        self.last = last
        self.contacts = contacts
        self.calls = calls
        self.email = email
        self.handovers = handovers
    }

    /// A store's counts finished by the core's rules: the e-mail answers measured against the
    /// working days, and the hand-overs' days (`HandoverDay.Tally`) added up.
    public init(
        first: LocalDay, last: LocalDay, contacts: [Channel: ContactCounts], calls: [CallHour: CallCounts],
        emailReplies: some Sequence<EmailReply>, handoverDays: [LocalDay: HandoverDay], basis: CountingBasis
    ) {
        self.init(
            first: first, last: last, contacts: contacts, calls: calls,
            email: EmailReplyTimes(replies: emailReplies, calendar: basis.calendar),
            handovers: HandoverDay.total(handoverDays, from: first, through: last))
    }

    /// The counts of `contacts` and `calls` (as a store reads them for the period), each call
    /// measured against its channel's target in `configuration`; `handoverDays`, the hand-overs'
    /// figures per day as `HandoverDay.days` tells them.
    public init(
        first: LocalDay, last: LocalDay, contacts: some RandomAccessCollection<Contact>, calls: some RandomAccessCollection<QueueCall>,
        handoverDays: [LocalDay: HandoverDay], configuration: Configuration
    ) {
        let basis = CountingBasis(configuration)
        self.init(first: first, last: last, handovers: HandoverDay.total(handoverDays, from: first, through: last))
        // A year is 700,000 rows: counted into arrays by channel and hour, each row read in
        // place (a `Contact` copied out of the array retains and releases all its strings).
        let channels = Channel.allCases, limits = channels.map(basis.limit)
        var contactCounts = [ContactCounts](repeating: ContactCounts(), count: channels.count)
        var replies: [EmailReply] = []
        for index in contacts.indices {
            let channel = channels.firstIndex(of: contacts[index].channel)!
            contactCounts[channel].add(contacts[index], limitSeconds: limits[channel])
            if contacts[index].channel == .digital, contacts[index].medium == .email, let wait = contacts[index].queueWaitSeconds {
                replies.append(EmailReply(startedAt: contacts[index].startedAt, waitSeconds: wait))
            }
        }
        for (index, channel) in channels.enumerated() where contactCounts[index].contacts > 0 { self.contacts[channel] = contactCounts[index] }
        email = EmailReplyTimes(replies: replies, calendar: basis.calendar)
        // Each call to the local clock hour it joined the queue in: the hours from the day
        // before the first to the day after the last in an array, any other in the map.
        let zone = configuration.timeZone
        let base = Int64(first.adding(days: -1).start(in: zone).timeIntervalSince1970)
        let hours = (last.daysSince(first) + 3) * 24 + 2
        var callCounts = [CallCounts](repeating: CallCounts(), count: channels.count * hours)
        for index in calls.indices {
            let queuedAt = calls[index].queuedAt
            let second = Int64(queuedAt.timeIntervalSince1970.rounded(.down))
            let start = second - Int64(LocalDay.localSeconds(of: queuedAt, in: zone).second % 3600)
            let channel = channels.firstIndex(of: calls[index].channel)!
            let offset = start - base
            if offset >= 0, offset % 3600 == 0, offset / 3600 < hours {
                callCounts[channel * hours + Int(offset / 3600)].add(calls[index], limitSeconds: limits[channel])
            } else {
                self.calls[CallHour(channel: channels[channel], start: start), default: CallCounts()].add(calls[index], limitSeconds: limits[channel])
            }
        }
        for index in callCounts.indices where callCounts[index].offered > 0 {
            self.calls[CallHour(channel: channels[index / hours], start: base + Int64(index % hours) * 3600)] = callCounts[index]
        }
    }

    /// The counts of a whole read (a comparison period read row by row).
    public init(_ input: StatisticsInput, configuration: Configuration) {
        self.init(
            first: input.first, last: input.last, contacts: input.contacts, calls: input.queueCalls,
            handoverDays: HandoverDay.days(input.handovers, from: input.first, through: input.last, zone: configuration.timeZone),
            configuration: configuration)
    }

    /// Consecutive spans' counts, in order, as the counts of `first` through `last` (the weeks
    /// of a month, a year's counted days): everything adds up, and what was overdue at the end
    /// is what was overdue at the end of the last span.
    public static func joined(_ spans: some Sequence<ReportCounts>, first: LocalDay, last: LocalDay) -> ReportCounts {
        var sum = ReportCounts(first: first, last: last)
        for span in spans {
            sum.contacts.merge(span.contacts, uniquingKeysWith: +)
            sum.calls.merge(span.calls, uniquingKeysWith: +)
            sum.email = sum.email + span.email
            sum.handovers = sum.handovers + span.handovers
        }
        return sum
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
