import Foundation

/// Summaries of a set of contacts grouped by one dimension, in a stable order.
public enum ContactBreakdown {
    /// The dimensions the servicecenter reports FCR and volumes by.
    public enum Dimension: String, CaseIterable, Sendable {
        case channel
        case sector
        case category
        case `operator`
        case hour
    }

    /// Groups `contacts` by `dimension`; hours are local hours in `zone`, "08" … "17".
    public static func summaries(of contacts: some Sequence<Contact>, by dimension: Dimension, in zone: TimeZone) -> [(key: String, summary: ContactSummary)] {
        var tally = Tally(by: dimension, in: zone)
        for contact in contacts { tally.add(contact) }
        return tally.summaries
    }

    /// The groups counted one contact at a time, holding none of them: `stats` over years of
    /// contacts takes the memory of its rows (a million contacts held were half a gigabyte).
    public struct Tally: Sendable {
        public let dimension: Dimension
        let zone: TimeZone
        var groups: [String: ContactSummary.Tally] = [:]

        public init(by dimension: Dimension, in zone: TimeZone) {
            self.dimension = dimension
            self.zone = zone
        }

        public mutating func add(_ contact: Contact) {
            let key: String
            switch dimension {
            case .channel: key = contact.channel.rawValue
            case .sector: key = contact.sector
            case .category: key = contact.category
            case .operator: key = contact.operatorUser
            case .hour: key = Self.hourKeys[localHour(of: contact.startedAt, in: zone)]
            }
            groups[key, default: ContactSummary.Tally()].add(contact)
        }

        /// Every group's contacts together.
        public var total: ContactSummary.Tally {
            var total = ContactSummary.Tally()
            for group in groups.values { total.add(group) }
            return total
        }

        /// Channels in display order, every other dimension by key.
        public var summaries: [(key: String, summary: ContactSummary)] {
            let keys = dimension == .channel ? Channel.allCases.map(\.rawValue).filter { groups[$0] != nil } : groups.keys.sorted()
            return keys.map { ($0, ContactSummary(groups[$0]!)) }
        }

        /// "00" … "23": made once, not per contact.
        static let hourKeys = (0..<24).map { String(format: "%02d", $0) }
    }
}
