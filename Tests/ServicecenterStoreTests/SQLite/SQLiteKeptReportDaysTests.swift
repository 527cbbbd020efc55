import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// SQLite keeps each day the report has counted (`report_day`) and forgets it through triggers
/// when a row it was counted from changes. The contract test makes the changes the store's
/// own methods make; this one changes the tables directly, statement by statement, so every
/// kind of write to every table a day is counted from is tried, whichever code path makes it
/// one day. (A file the user may not write is counted without keeping anything: the
/// end-to-end `DatabaseFileTests.readOnly` dumps one, report and all.)
@Suite("SQLite store: kept report days are forgotten by every change to their rows")
struct SQLiteKeptReportDaysTests {
    let fixture = ReportCountsStoreTests()
    let kept = KeptReportCountsStoreTests()

    func keptDays(_ path: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in Set(try String.fetchAll(db, sql: "SELECT local_date FROM report_day")) }
    }

    @Test("Each insert, update and delete on contacts, calls, hand-overs and their history")
    func everyWrite() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, intake: Intake(configuration: UseCaseSite.configuration))
        try fixture.fill(store, seed: 3)
        let configuration = UseCaseSite.configuration
        let week = (16...22).map { "2026-11-\($0)" }
        let writes = KeptReportDayWrites.writes(.sqlite)
        for (what, sql, forget) in writes {
            _ = try store.reportCounts(from: fixture.first, through: fixture.last, basis: CountingBasis(configuration))
            #expect(try keptDays(path).isSuperset(of: week), "before \(what)")
            let changed = try DatabaseQueue(path: path).write { db in
                try db.execute(sql: sql)
                return db.changesCount
            }
            #expect(changed == 1, "\(what) changed \(changed) rows")
            let left = try keptDays(path).intersection(week)
            #expect(left == Set(week.filter { !forget.covers($0) }), "\(what): still kept \(left.sorted())")
            let differences = try kept.differences(store, configuration: configuration)
            #expect(differences == [], "\(what): \(differences)")
        }
    }

    @Test("A day whose rows change after it was counted, before its counts are kept, is not kept")
    func changedWhileCounting() throws {
        let path = temporaryDatabase()
        let configuration = UseCaseSite.configuration
        let store = try SQLiteStore(path: path, intake: Intake(configuration: configuration))
        try fixture.fill(store, seed: 3)
        let basis = CountingBasis(configuration)
        // The steps of `reportCounts`, with a desk saving between the count and the keeping.
        try store.write { db in try SQLiteStore.claim([(fixture.first, fixture.last)], as: "counting test", in: db) }
        let counted = try store.countDays([(fixture.first, fixture.last)], basis: basis)
        _ = try store.save(contact("2026-11-18T14:00:00+01:00", channel: .visit), now: fixture.now)
        try store.write { db in try SQLiteStore.keep(counted, basis: basis.key, claim: "counting test", in: db) }
        #expect(try keptDays(path) == Set((16...22).filter { $0 != 18 }.map { "2026-11-\($0)" }))
        #expect(try kept.differences(store, configuration: configuration) == [])
    }

    @Test("A writer busy past the timeout: the days are counted, not kept, and the report does not fail")
    func busyWriter() throws {
        let path = temporaryDatabase()
        let configuration = UseCaseSite.configuration
        let store = try SQLiteStore(path: path, intake: Intake(configuration: configuration), busyTimeoutMilliseconds: 100)
        try fixture.fill(store, seed: 3)
        let blocker = try DatabaseQueue(path: path)
        let found = try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // Whatever comes of it, the lock is let go before the test goes on.
            let found = Result { try kept.differences(store, configuration: configuration) }
            try db.execute(sql: "ROLLBACK")
            return found
        }
        #expect(try found.get() == [])
        #expect(try keptDays(path).isEmpty)
    }
}
