import Foundation

/// A period's headline figures for the quality report, made with the same measures as the
/// package's tables over the whole period at once (a month's service level is its calls'
/// service level, not the mean of its days'), from the counts of `ReportCounts`: the period's
/// own rows counted, or a comparison period as the store counts it, through one definition.
public struct PeriodFigures: Sendable {
    public var first: LocalDay
    public var last: LocalDay
    /// All channels' contacts together, and each channel's with any.
    public var contacts: ContactCounts
    public var channels: [Channel: ContactCounts]
    public var contactsByChannel: [Channel: Int] { channels.mapValues(\.contacts) }
    public var directAnswer: PhoneDirectAnswer
    public var email: EmailReplyTimes
    /// Per channel with queue data.
    public var queues: [Channel: CallCounts]
    /// Per channel: hours (a day's clock hour) with a service level, and those on target; as
    /// the summary's `evenness_*` columns count them, day by day.
    public var hoursMeasured: [Channel: Int]
    public var hoursOnTarget: [Channel: Int]
    /// Made, closed and closed on time in the period; overdue at its end.
    public var handovers: HandoverDay
    /// Whether the period holds any contact or queue call: a comparison without them is "no data".
    public var hasData: Bool

    /// The figures of `days` (contiguous, in order) of `statistics`; all its days by default.
    public init(_ statistics: OpenStatistics, days: ArraySlice<LocalDay>? = nil) {
        let days = days ?? statistics.days[...]
        let first = days.first ?? statistics.first, last = days.last ?? statistics.last
        let counts = ReportCounts(
            first: first, last: last, contacts: statistics.contacts(from: first, through: last),
            calls: statistics.calls(from: first, through: last), handoverDays: statistics.handoverDays, configuration: statistics.configuration)
        self.init(counts, configuration: statistics.configuration)
    }

    /// The figures of a period's counts.
    public init(_ counts: ReportCounts, configuration: Configuration) {
        first = counts.first
        last = counts.last
        let zone = configuration.timeZone
        let all = counts.contacts.values.reduce(ContactCounts(), +)
        contacts = all
        channels = counts.contacts.filter { $0.value.contacts > 0 }
        email = counts.email
        // Each hour to its local day and clock hour; a call that joined the queue outside the
        // period's days is not the period's, as `OpenStatistics` groups calls by that day.
        var queues: [Channel: CallCounts] = [:]
        var localHours: [Channel: [LocalDay: [Int: CallCounts]]] = [:]
        var hasCalls = false
        for (hour, callCounts) in counts.calls {
            let start = hour.startDate
            let day = LocalDay(start, in: zone)
            guard day >= first, day <= last else { continue }
            hasCalls = true
            queues[hour.channel] = (queues[hour.channel] ?? CallCounts()) + callCounts
            let clock = localHour(of: start, in: zone)
            localHours[hour.channel, default: [:]][day, default: [:]][clock] = (localHours[hour.channel]?[day]?[clock] ?? CallCounts()) + callCounts
        }
        self.queues = queues
        directAnswer = PhoneDirectAnswer(phoneContacts: counts.contacts[.phone] ?? ContactCounts(), phoneCalls: queues[.phone] ?? CallCounts())
        var measured: [Channel: Int] = [:], onTarget: [Channel: Int] = [:]
        for (channel, days) in localHours {
            let target = configuration.targets.serviceLevel(for: channel)
            for hours in days.values {
                for level in hours.values.compactMap(\.serviceLevel) {
                    measured[channel, default: 0] += 1
                    if target.isMet(by: level) { onTarget[channel, default: 0] += 1 }
                }
            }
        }
        hoursMeasured = measured
        hoursOnTarget = onTarget
        handovers = counts.handovers
        hasData = all.contacts > 0 || hasCalls
    }

    /// The share of hours with a service level that met the target; nil before any.
    public func evenness(_ channel: Channel) -> Double? {
        ContactSummary.share(hoursOnTarget[channel, default: 0], of: hoursMeasured[channel, default: 0])
    }

    /// Hand-overs closed by their due date ÷ hand-overs closed; nil when none was closed.
    public var handoversOnTime: Double? { ContactSummary.share(handovers.closedOnTime, of: handovers.closed) }
}
