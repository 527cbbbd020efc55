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

    /// Groups `contacts` by `dimension`; hours are local hours in `zone`, "08" … "17". Each
    /// group is a list of positions in `contacts`, read in place: grouping copies of the
    /// contacts themselves doubled `stats`' memory over a long period (a million contacts).
    public static func summaries<Contacts: Collection<Contact>>(
        of contacts: Contacts, by dimension: Dimension, in zone: TimeZone
    ) -> [(key: String, summary: ContactSummary)] {
        var groups: [String: [Contacts.Index]] = [:]
        for index in contacts.indices {
            let contact = contacts[index]
            let key: String
            switch dimension {
            case .channel: key = contact.channel.rawValue
            case .sector: key = contact.sector
            case .category: key = contact.category
            case .operator: key = contact.operatorUser
            case .hour: key = String(format: "%02d", localHour(of: contact.startedAt, in: zone))
            }
            groups[key, default: []].append(index)
        }
        let keys: [String]
        if dimension == .channel {
            keys = Channel.allCases.map(\.rawValue).filter { groups[$0] != nil }
        } else {
            keys = groups.keys.sorted()
        }
        return keys.map { key in (key, ContactSummary(groups[key]!.lazy.map { contacts[$0] })) }
    }
}
