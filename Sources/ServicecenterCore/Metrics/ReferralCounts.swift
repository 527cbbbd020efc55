/// Referred contacts counted per destination id (nil: none recorded), for `stats` and the
/// statistics package. Counts only: the "annan" text never enters a figure.
public struct ReferralCounts: Sendable {
    public private(set) var byDestination: [String?: Int] = [:]

    public init(_ contacts: some Sequence<Contact> = [Contact]()) {
        for contact in contacts { add(contact) }
    }

    /// Counts `contact` if it was referred.
    public mutating func add(_ contact: Contact) {
        if case .referred(let to) = contact.resolution { byDestination[to?.destination, default: 0] += 1 }
    }

    public var isEmpty: Bool { byDestination.isEmpty }

    /// Most first, then by id; "none recorded" last.
    public var sorted: [(destination: String?, count: Int)] {
        byDestination.map { (destination: $0.key, count: $0.value) }.sorted { lhs, rhs in
            switch (lhs.destination, rhs.destination) {
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?): return lhs.count != rhs.count ? lhs.count > rhs.count : a < b
            }
        }
    }
}
