/// Tells a screen that another process committed something, so it re-reads only then: an idle
/// screen then costs next to nothing. SQLite answers from its data version, PostgreSQL from
/// LISTEN/NOTIFY; what the mark holds is the backend's business.
public protocol ChangeSignal: Sendable {
    /// A mark that differs from the previous one once another connection has committed.
    func changeMark() throws(StoreError) -> ChangeMark
}

/// An opaque point in a store's history of commits, compared only for equality.
public struct ChangeMark: Hashable, Sendable {
    let value: Int

    public init(_ value: Int) {
        self.value = value
    }
}
