import Foundation

/// What the forecast is made from: contacts and their handling time per channel and planning
/// interval on earlier days, and how long callers waited and how many gave up (their patience).
///
/// Aggregated by the store (counts and sums, never rows), so a forecast costs the same on a
/// year of history as on a week.
public struct StaffingHistory: Hashable, Sendable {
    /// One channel's contacts in one interval of one earlier day.
    public struct Cell: Hashable, Sendable {
        public var day: LocalDay
        public var channel: Channel
        /// The interval's index in its day: local minute ÷ interval minutes.
        public var interval: Int
        public var contacts: Int
        /// Summed handling time of those contacts, in seconds.
        public var handlingSeconds: Double

        public init(day: LocalDay, channel: Channel, interval: Int, contacts: Int, handlingSeconds: Double) {
            self.day = day
            self.channel = channel
            self.interval = interval
            self.contacts = contacts
            self.handlingSeconds = handlingSeconds
        }
    }

    /// One channel's queue over the days read: the input of the patience estimate.
    public struct Waiting: Hashable, Sendable {
        /// Summed waits of every call that left the queue (answered, abandoned or moved), in seconds.
        public var waitedSeconds: Double
        public var abandoned: Int

        public init(waitedSeconds: Double = 0, abandoned: Int = 0) {
            self.waitedSeconds = waitedSeconds
            self.abandoned = abandoned
        }

        /// Mean patience = total waiting time ÷ abandoned calls: the maximum-likelihood estimate
        /// for exponential patience, where answered callers' waits are censored observations.
        /// Nil when no one abandoned (then Erlang C) or the figures are not usable.
        public var patienceSeconds: Double? {
            guard abandoned > 0, waitedSeconds.isFinite, waitedSeconds > 0 else { return nil }
            return waitedSeconds / Double(abandoned)
        }
    }

    public var intervalMinutes: Int
    /// The days asked for, whether or not they had contacts.
    public var days: [LocalDay]
    public var cells: [Cell]
    public var waiting: [Channel: Waiting]

    /// `contacts` counted as the stores count them: per local day, channel and interval of the
    /// start, with their handling times summed. For days already read into memory (the period
    /// of a statistics package), so they are not read again; the contract tests hold both
    /// stores to it.
    public static func cells(of contacts: some Sequence<Contact>, intervalMinutes: Int, zone: TimeZone) -> [Cell] {
        var tally = CellTally(intervalMinutes: intervalMinutes, zone: zone)
        for contact in contacts { tally.add(contact) }
        return tally.cells
    }

    /// `cells(of:intervalMinutes:zone:)` counted one contact at a time, holding none of them.
    public struct CellTally: Sendable {
        let intervalMinutes: Int
        let zone: TimeZone
        private var sums: [CellKey: (contacts: Int, handling: Double)] = [:]

        public init(intervalMinutes: Int, zone: TimeZone) {
            self.intervalMinutes = intervalMinutes
            self.zone = zone
        }

        public mutating func add(_ contact: Contact) {
            let (day, second) = LocalDay.localSeconds(of: contact.startedAt, in: zone)
            let key = CellKey(day: day, channel: contact.channel, interval: second / 60 / intervalMinutes)
            sums[key, default: (0, 0)].contacts += 1
            sums[key, default: (0, 0)].handling += contact.handlingSeconds
        }

        public var cells: [Cell] {
            sums.map { key, sum in
                Cell(day: LocalDay(dayNumber: key.day), channel: key.channel, interval: key.interval, contacts: sum.contacts, handlingSeconds: sum.handling)
            }
        }
    }

    public init(intervalMinutes: Int, days: [LocalDay], cells: [Cell] = [], waiting: [Channel: Waiting] = [:]) {
        self.intervalMinutes = intervalMinutes
        self.days = days
        self.cells = cells
        self.waiting = waiting
    }
}

/// A cell's place while contacts are counted into cells.
private struct CellKey: Hashable {
    var day: Int
    var channel: Channel
    var interval: Int
}
