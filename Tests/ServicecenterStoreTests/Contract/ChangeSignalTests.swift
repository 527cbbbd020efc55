import Foundation
import ServicecenterCore
import Testing

/// How a screen learns that another process (on another host, on PostgreSQL) committed: the
/// mark stays while nothing happens and moves within a second of another store's commit.
@Suite("Store: change signal")
struct ChangeSignalTests {
    @Test("The mark stays while nothing is committed, and moves within a second of another store's commit", arguments: Backends.all)
    func followsAnotherCommit(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let watcher = try database.open()
        let first = try watcher.changeMark()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try watcher.changeMark() == first)
        let other = try database.open()
        _ = try other.takeTicket(channel: .visit, service: nil)
        #expect(try waitForChange(of: watcher, from: first, seconds: 1))
    }

    @Test("A contact saved elsewhere moves the mark, and a read afterwards sees it", arguments: Backends.all)
    func readAfterMark(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let watcher = try database.open()
        let first = try watcher.changeMark()
        _ = try database.open().save(contact())
        #expect(try waitForChange(of: watcher, from: first, seconds: 1))
        #expect(try watcher.contactCount() == 1)
    }
}

/// Polls `store`'s mark until it differs from `mark`, for at most `seconds`.
func waitForChange(of store: any Store, from mark: ChangeMark, seconds: Double) throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try store.changeMark() != mark { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return try store.changeMark() != mark
}
