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
    public static func summaries(
        of contacts: some Collection<Contact>, by dimension: Dimension, in zone: TimeZone
    ) -> [(key: String, summary: ContactSummary)] {
        let groups = Dictionary(grouping: contacts) { contact -> String in
            switch dimension {
            case .channel: contact.channel.rawValue
            case .sector: contact.sector
            case .category: contact.category
            case .operator: contact.operatorUser
            case .hour: String(format: "%02d", localHour(of: contact.startedAt, in: zone))
            }
        }
        let keys: [String]
        if dimension == .channel {
            keys = Channel.allCases.map(\.rawValue).filter { groups[$0] != nil }
        } else {
            keys = groups.keys.sorted()
        }
        return keys.map { ($0, ContactSummary(groups[$0]!)) }
    }
}
