import Foundation

/// A period's headline figures for the quality report, made with the same measures as the
/// package's tables (`ContactSummary`, `QueueFigures`, `ServiceLevelEvenness`,
/// `PhoneDirectAnswer`, `EmailReplyTimes`, `HandoverDay`) over the whole period at once: a
/// month's service level is its calls' service level, not the mean of its days'.
public struct PeriodFigures: Sendable {
    public var first: LocalDay
    public var last: LocalDay
    public var contacts: ContactSummary
    public var contactsByChannel: [Channel: Int]
    public var directAnswer: PhoneDirectAnswer
    public var email: EmailReplyTimes
    /// Per channel with queue data.
    public var queues: [Channel: QueueFigures]
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
        first = days.first ?? statistics.first
        last = days.last ?? statistics.last
        let configuration = statistics.configuration
        let contacts = statistics.contacts(from: first, through: last)
        let calls = statistics.calls(from: first, through: last)
        self.contacts = ContactSummary(contacts)
        var byChannel: [Channel: Int] = [:]
        for index in contacts.indices { byChannel[contacts[index].channel, default: 0] += 1 }
        contactsByChannel = byChannel
        directAnswer = PhoneDirectAnswer(contacts: contacts, calls: calls, target: configuration.targets.serviceLevel(for: .phone))
        email = EmailReplyTimes(contacts: contacts, calendar: configuration.workingDays)
        let callsIn = Dictionary(grouping: calls.indices) { calls[$0].channel }
        var queues: [Channel: QueueFigures] = [:]
        for (channel, indices) in callsIn {
            queues[channel] = QueueFigures(indices.lazy.map { calls[$0] }, target: configuration.targets.serviceLevel(for: channel), now: .distantPast)
        }
        self.queues = queues
        var measured: [Channel: Int] = [:], onTarget: [Channel: Int] = [:]
        let zone = configuration.timeZone
        for day in days {
            let dayCalls = statistics.calls(on: day)
            guard !dayCalls.isEmpty else { continue }
            let dayCallsIn = Dictionary(grouping: dayCalls.indices) { dayCalls[$0].channel }
            for (channel, indices) in dayCallsIn {
                let evenness = ServiceLevelEvenness(
                    indices.lazy.map { dayCalls[$0] }, target: configuration.targets.serviceLevel(for: channel), zone: zone)
                measured[channel, default: 0] += evenness.hoursMeasured
                onTarget[channel, default: 0] += evenness.hoursMeetingTarget
            }
        }
        hoursMeasured = measured
        hoursOnTarget = onTarget
        var handovers = HandoverDay()
        for day in days {
            let figures = statistics.handoverDays[day] ?? HandoverDay()
            handovers.made += figures.made
            handovers.closed += figures.closed
            handovers.closedOnTime += figures.closedOnTime
        }
        handovers.overdueAtEnd = statistics.handoverDays[last]?.overdueAtEnd ?? 0
        self.handovers = handovers
        hasData = !contacts.isEmpty || !calls.isEmpty
    }

    /// The share of hours with a service level that met the target; nil before any.
    public func evenness(_ channel: Channel) -> Double? {
        ContactSummary.share(hoursOnTarget[channel, default: 0], of: hoursMeasured[channel, default: 0])
    }

    /// Hand-overs closed by their due date ÷ hand-overs closed; nil when none was closed.
    public var handoversOnTime: Double? { ContactSummary.share(handovers.closedOnTime, of: handovers.closed) }
}
