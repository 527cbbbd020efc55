import Foundation

/// The channels' queues: tickets in the visitor hall, and events from the telephony platform,
/// the video relay and the mailbox, each folded into its `QueueCall`.
public protocol HallQueue: Sendable {
    /// Issues the next ticket for a hall channel ("B042"), numbered per day and prefix.
    func takeTicket(channel: Channel, service: String?, now: Date) throws(QueueError) -> QueueTicket
    /// Calls the oldest waiting ticket of `channel` today, or nil when nobody waits. Two desks
    /// calling at the same instant get different tickets.
    func callNextTicket(channel: Channel, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall?
    /// Calls a waiting ticket out of order, by its number.
    func callTicket(_ number: String, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall
    /// Records that a called ticket's visitor did not come.
    func markNoShow(_ number: String, by user: String, now: Date) throws(QueueError) -> QueueCall
    /// Moves a ticket to another hall channel's queue (its own when `channel` is nil), keeping its number.
    func transferTicket(_ number: String, to channel: Channel?, service: String?, by user: String, now: Date) throws(QueueError) -> QueueTicket
    /// The tickets still waiting on `day` in `channel` (every hall channel when nil), oldest first.
    func waitingTickets(channel: Channel?, on day: LocalDay) throws(StoreError) -> [QueueCall]
    /// How many wait in `channel` on `day`: tickets, calls and e-mails not yet answered.
    func waitingCount(channel: Channel, on day: LocalDay) throws(StoreError) -> Int
    /// Records the events `batches` hands over from an outside system in one transaction, or
    /// none; an event already stored (or earlier in the same input) is skipped.
    func recordQueueEvents(_ batches: inout some Batches<QueueEvent>, now: Date) throws(StoreError) -> ImportOutcome
    /// Every call whose first event fell on local days `from` through `to`.
    func queueCalls(from: LocalDay, through to: LocalDay) throws(StoreError) -> [QueueCall]
}

extension HallQueue {
    public func takeTicket(channel: Channel, service: String?) throws(QueueError) -> QueueTicket {
        try takeTicket(channel: channel, service: service, now: Date())
    }

    public func callNextTicket(channel: Channel, by user: String, station: String?) throws(QueueError) -> QueueCall? {
        try callNextTicket(channel: channel, by: user, station: station, now: Date())
    }

    public func callTicket(_ number: String, by user: String, station: String?) throws(QueueError) -> QueueCall {
        try callTicket(number, by: user, station: station, now: Date())
    }

    public func markNoShow(_ number: String, by user: String) throws(QueueError) -> QueueCall {
        try markNoShow(number, by: user, now: Date())
    }

    public func transferTicket(_ number: String, to channel: Channel?, service: String?, by user: String) throws(QueueError) -> QueueTicket {
        try transferTicket(number, to: channel, service: service, by: user, now: Date())
    }

    /// Records events in memory, all or none.
    public func recordQueueEvents(_ events: [QueueEvent], now: Date = Date()) throws(StoreError) -> ImportOutcome {
        var batch = Batch(events)
        return try recordQueueEvents(&batch, now: now)
    }

    /// Every call whose first event fell on `day`.
    public func queueCalls(on day: LocalDay) throws(StoreError) -> [QueueCall] {
        try queueCalls(from: day, through: day)
    }
}
