import Foundation
import PostgresNIO
import ServicecenterCore

/// STUB — Tickets and queue events (helper B). Replace the whole file.
extension PostgresStore {
    public func takeTicket(channel: Channel, service: String?, now: Date) throws(QueueError) -> QueueTicket {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func callNextTicket(channel: Channel, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall? {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func callTicket(_ number: String, by user: String, station: String?, now: Date) throws(QueueError) -> QueueCall {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func markNoShow(_ number: String, by user: String, now: Date) throws(QueueError) -> QueueCall {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func transferTicket(_ number: String, to channel: Channel?, service: String?, by user: String, now: Date) throws(QueueError) -> QueueTicket {
        throw .store(.failed(database: address.shown, message: "not built yet"))
    }

    public func waitingTickets(channel: Channel?, on day: LocalDay) throws(StoreError) -> [QueueCall] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func waitingCount(channel: Channel, on day: LocalDay) throws(StoreError) -> Int {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func recordQueueEvents(_ events: [QueueEvent], now: Date) throws(StoreError) -> ImportOutcome {
        throw .failed(database: address.shown, message: "not built yet")
    }

    public func queueCalls(from: LocalDay, through to: LocalDay) throws(StoreError) -> [QueueCall] {
        throw .failed(database: address.shown, message: "not built yet")
    }

    func queueCalls(from: LocalDay, through to: LocalDay, in db: PostgresSession) throws -> [QueueCall] {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    func queueWait(ofCall callID: String, in db: PostgresSession) throws -> Int? {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }

    func answeredCall(_ rule: AnsweredCallRule, in db: PostgresSession) throws -> String? {
        throw StoreError.failed(database: address.shown, message: "not built yet")
    }
}
