/// What removing the demo's made-up history took away.
public struct DemoRemoval: Equatable, Sendable {
    public var contacts: Int
    public var handovers: Int
    public var queueCalls: Int

    public init(contacts: Int, handovers: Int, queueCalls: Int) {
        self.contacts = contacts
        self.handovers = handovers
        self.queueCalls = queueCalls
    }
}
