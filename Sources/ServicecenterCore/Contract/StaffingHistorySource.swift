/// What the staffing forecast reads: earlier days' contacts and waits, aggregated by the store.
public protocol StaffingHistorySource: Sendable {
    /// Contacts and handling time per channel and `intervalMinutes`-interval on each of `days`
    /// (local minute ÷ interval minutes; the interval divides an hour), and per channel the
    /// summed waits and abandoned calls of those days' queues.
    func staffingHistory(on days: [LocalDay], intervalMinutes: Int) throws(StoreError) -> StaffingHistory
}
