import Foundation
import ServicecenterCore
import Testing

/// The staffing forecast's history, aggregated by the store: both backends count and sum the
/// same contacts into the same intervals, and the same waits and abandons.
@Suite("Store: the staffing history")
struct StaffingHistoryStoreTests {
    let monday = LocalDay("2026-11-23")!
    let weekBefore = LocalDay("2026-11-16")!
    /// The zone the contract's stores file local days in.
    static let zone = TimeZone(identifier: "Europe/Stockholm")!

    func filled(_ backend: Backend) throws -> any Store {
        let store = try backend.makeDatabase().open()
        _ = try store.save(contact("2026-11-23T09:05:00+01:00"))
        _ = try store.save(contact("2026-11-23T09:40:00+01:00"))
        _ = try store.save(contact("2026-11-16T09:10:00+01:00", minutes: 6))
        _ = try store.save(contact("2026-11-23T14:10:00+01:00", channel: .visit))
        // Not asked for: another day.
        _ = try store.save(contact("2026-11-24T09:05:00+01:00"))
        _ = try store.recordQueueEvents([
            QueueEvent(at: at("09:00:00"), channel: .phone, kind: .offered, callID: "A"),
            QueueEvent(at: at("09:00:30"), channel: .phone, kind: .answered, callID: "A", operatorUser: "anna"),
            QueueEvent(at: at("09:01:00"), channel: .phone, kind: .offered, callID: "B"),
            QueueEvent(at: at("09:02:30"), channel: .phone, kind: .abandoned, callID: "B"),
            QueueEvent(at: at("09:03:00"), channel: .phone, kind: .offered, callID: "C"),
        ], now: at("09:10:00"))
        return store
    }

    @Test("Contacts and handling time per day, channel and half hour", arguments: Backends.all)
    func halfHours(backend: Backend) throws {
        let history = try filled(backend).staffingHistory(on: [monday, weekBefore], intervalMinutes: 30)
        #expect(history.days == [monday, weekBefore])
        #expect(Set(history.cells) == [
            StaffingHistory.Cell(day: monday, channel: .phone, interval: 18, contacts: 1, handlingSeconds: 180),
            StaffingHistory.Cell(day: monday, channel: .phone, interval: 19, contacts: 1, handlingSeconds: 180),
            StaffingHistory.Cell(day: weekBefore, channel: .phone, interval: 18, contacts: 1, handlingSeconds: 360),
            StaffingHistory.Cell(day: monday, channel: .visit, interval: 28, contacts: 1, handlingSeconds: 180),
        ])
        #expect(history.cells.count == 4)
    }

    @Test("Counting contacts already in memory gives the cells the store gives, at every interval length", arguments: Backends.all)
    func sameCountInMemory(backend: Backend) throws {
        let store = try filled(backend)
        let contacts = try store.contacts(from: weekBefore, through: monday.adding(days: 1))
            .filter { [monday, weekBefore].contains(LocalDay($0.startedAt, in: Self.zone)) }
        for minutes in [15, 30, 60] {
            let stored = try store.staffingHistory(on: [monday, weekBefore], intervalMinutes: minutes).cells
            let counted = StaffingHistory.cells(of: contacts, intervalMinutes: minutes, zone: Self.zone)
            #expect(Set(counted) == Set(stored) && counted.count == stored.count, "\(minutes) min")
        }
    }

    @Test("Quarter hours split the hour; an hour joins it", arguments: Backends.all)
    func otherLengths(backend: Backend) throws {
        let store = try filled(backend)
        let quarters = try store.staffingHistory(on: [monday], intervalMinutes: 15)
        #expect(Set(quarters.cells.filter { $0.channel == .phone }.map(\.interval)) == [36, 38])
        let hours = try store.staffingHistory(on: [monday], intervalMinutes: 60)
        #expect(hours.cells.filter { $0.channel == .phone } == [
            StaffingHistory.Cell(day: monday, channel: .phone, interval: 9, contacts: 2, handlingSeconds: 360),
        ])
    }

    @Test("Waits of calls that left the queue and the abandons, for the patience estimate", arguments: Backends.all)
    func waits(backend: Backend) throws {
        let history = try filled(backend).staffingHistory(on: [monday], intervalMinutes: 30)
        // A waited 30 s and was answered, B 90 s and hung up; C still waits and is left out.
        #expect(history.waiting == [.phone: StaffingHistory.Waiting(waitedSeconds: 120, abandoned: 1)])
        #expect(history.waiting[.phone]?.patienceSeconds == 120)
    }

    @Test("No days, or days without anything, read as empty", arguments: Backends.all)
    func empty(backend: Backend) throws {
        let store = try filled(backend)
        #expect(try store.staffingHistory(on: [], intervalMinutes: 30).cells.isEmpty)
        let sunday = try store.staffingHistory(on: [LocalDay("2026-11-22")!], intervalMinutes: 30)
        #expect(sunday.cells.isEmpty && sunday.waiting.isEmpty)
    }
}
