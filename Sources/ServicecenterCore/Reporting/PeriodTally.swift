import Foundation

/// What `stats` shows of a period's contacts, counted as the store hands them over one at a
/// time (`StatisticsSource.forEachContact`): a period of years takes the memory of its rows,
/// counts and distinct durations, never of the contacts themselves.
public struct PeriodTally: Sendable {
    public private(set) var breakdown: ContactBreakdown.Tally
    public private(set) var total = ContactSummary.Tally()
    public private(set) var referrals = ReferralCounts()
    /// Contacts per incident tag.
    public private(set) var incidents: [String: Int] = [:]
    /// The period's contacts per day, channel and interval, for the forecast's error.
    public private(set) var staffing: StaffingHistory.CellTally

    public init(by dimension: ContactBreakdown.Dimension, configuration: Configuration) {
        breakdown = ContactBreakdown.Tally(by: dimension, in: configuration.timeZone)
        staffing = StaffingHistory.CellTally(intervalMinutes: StaffingPlanner(configuration: configuration).intervalMinutes, zone: configuration.timeZone)
    }

    /// The tally of contacts already in memory.
    public init(_ contacts: some Sequence<Contact>, by dimension: ContactBreakdown.Dimension, configuration: Configuration) {
        self.init(by: dimension, configuration: configuration)
        for contact in contacts { add(contact) }
    }

    public mutating func add(_ contact: Contact) {
        breakdown.add(contact)
        total.add(contact)
        referrals.add(contact)
        if let incident = contact.incident { incidents[incident, default: 0] += 1 }
        staffing.add(contact)
    }

    public var isEmpty: Bool { total.contacts == 0 }
}
