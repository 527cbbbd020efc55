/// The headline figures of a set of contacts: how many, how many resolved, how long.
public struct ContactSummary: Hashable, Sendable {
    public var contacts: Int
    public var resolved: Int
    /// Contacts whose category is resolvable at the desk, and how many of those were resolved.
    public var resolvableContacts: Int
    public var resolvableResolved: Int
    public var forwardedByReason: [ForwardReason: Int]
    public var referred: Int
    public var digitalHelp: Int
    public var incidents: Int
    /// Contacts that repeat a matter recorded as resolved, within the window.
    public var repeats: Int
    public var handling: Distribution
    /// Queue waits, over the contacts whose wait is known.
    public var wait: Distribution

    public init(_ contacts: some Collection<Contact>) {
        var tally = Tally()
        for contact in contacts { tally.add(contact) }
        self.init(tally)
    }

    /// The figures of the contacts counted into `tally`.
    public init(_ tally: Tally) {
        contacts = tally.contacts
        resolved = tally.resolved
        resolvableContacts = tally.resolvableContacts
        resolvableResolved = tally.resolvableResolved
        forwardedByReason = tally.forwardedByReason
        referred = tally.referred
        digitalHelp = tally.digitalHelp
        incidents = tally.incidents
        repeats = tally.repeats
        handling = Distribution(tally.handling)
        wait = Distribution(tally.wait)
    }

    /// A summary counted one contact at a time, holding none of them: the figures of a period
    /// of years in the memory of its counts and distinct durations.
    public struct Tally: Sendable {
        public private(set) var contacts = 0
        var resolved = 0, resolvableContacts = 0, resolvableResolved = 0, referred = 0, digitalHelp = 0, incidents = 0, repeats = 0
        var forwardedByReason: [ForwardReason: Int] = [:]
        var handling = DurationCounts()
        var wait = DurationCounts()

        public init() {}

        public mutating func add(_ contact: Contact) {
            contacts += 1
            let isResolved = contact.resolution == .resolved
            if isResolved { resolved += 1 }
            if contact.resolvable {
                resolvableContacts += 1
                if isResolved { resolvableResolved += 1 }
            }
            switch contact.resolution {
            case .forwarded(_, let reason): forwardedByReason[reason, default: 0] += 1
            case .referred: referred += 1
            case .resolved: break
            }
            if contact.digitalHelp { digitalHelp += 1 }
            if contact.incident != nil { incidents += 1 }
            if contact.countsAsRepeat { repeats += 1 }
            handling.add(contact.handlingSeconds)
            if let wait = contact.queueWaitSeconds { self.wait.add(Double(wait)) }
        }

        /// Adds the contacts counted in `other`: the total of a breakdown's groups.
        public mutating func add(_ other: Tally) {
            contacts += other.contacts
            resolved += other.resolved
            resolvableContacts += other.resolvableContacts
            resolvableResolved += other.resolvableResolved
            referred += other.referred
            digitalHelp += other.digitalHelp
            incidents += other.incidents
            repeats += other.repeats
            forwardedByReason.merge(other.forwardedByReason, uniquingKeysWith: +)
            handling.add(other.handling)
            wait.add(other.wait)
        }
    }

    public var forwarded: Int { forwardedByReason.values.reduce(0, +) }

    /// Lösningsgrad: resolved at first contact ÷ all contacts; nil when there are none.
    public var firstContactResolution: Double? { Self.share(resolved, of: contacts) }

    /// Lösningsgrad over the contacts whose category is marked resolvable at the desk.
    public var resolvableFirstContactResolution: Double? { Self.share(resolvableResolved, of: resolvableContacts) }

    /// Återkontaktsandel: contacts repeating a matter recorded as resolved ÷ all contacts. It
    /// qualifies FCR: a high FCR with a high repeat rate means matters were closed too early.
    public var repeatRate: Double? { Self.share(repeats, of: contacts) }

    /// Share of contacts where the guide helped the citizen use a digital service.
    public var digitalHelpShare: Double? { Self.share(digitalHelp, of: contacts) }

    static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
