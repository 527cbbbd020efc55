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
        self.contacts = contacts.count
        var resolved = 0, resolvableContacts = 0, resolvableResolved = 0, referred = 0, digitalHelp = 0, incidents = 0, repeats = 0
        var forwarded: [ForwardReason: Int] = [:]
        var handling: [Double] = []
        var waits: [Double] = []
        handling.reserveCapacity(contacts.count)
        for contact in contacts {
            let isResolved = contact.resolution == .resolved
            if isResolved { resolved += 1 }
            if contact.resolvable {
                resolvableContacts += 1
                if isResolved { resolvableResolved += 1 }
            }
            switch contact.resolution {
            case .forwarded(_, let reason): forwarded[reason, default: 0] += 1
            case .referred: referred += 1
            case .resolved: break
            }
            if contact.digitalHelp { digitalHelp += 1 }
            if contact.incident != nil { incidents += 1 }
            if contact.countsAsRepeat { repeats += 1 }
            handling.append(contact.handlingSeconds)
            if let wait = contact.queueWaitSeconds { waits.append(Double(wait)) }
        }
        self.resolved = resolved
        self.resolvableContacts = resolvableContacts
        self.resolvableResolved = resolvableResolved
        self.forwardedByReason = forwarded
        self.referred = referred
        self.digitalHelp = digitalHelp
        self.incidents = incidents
        self.repeats = repeats
        self.handling = Distribution(handling)
        self.wait = Distribution(waits)
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
