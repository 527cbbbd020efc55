import Foundation
import PostgresNIO
import Testing
@testable import ServicecenterCore
@testable import ServicecenterPostgres

/// PostgreSQL keeps each day the report has counted (`report_day`, schema version 6) and forgets
/// it through triggers when a row it was counted from changes. The contract test makes the
/// changes the store's own methods make; this one changes the tables directly, statement by
/// statement, as SQLite's `SQLiteKeptReportDaysTests` does, and adds what only a server with
/// writers on other hosts meets: a writer in flight while a report claims its days, and a
/// writer whose snapshot is older than the claim.
@Suite("PostgreSQL store: kept report days are forgotten by every change to their rows, whoever writes")
struct PostgresKeptReportDaysTests {
    let fixture = ReportCountsStoreTests()
    let kept = KeptReportCountsStoreTests()
    let week = (16...22).map { "2026-11-\($0)" }

    /// A site filled with the fixture's week, its store and a link of the test's own.
    func site(seed: UInt64) throws -> (store: PostgresStore, link: PostgresLink) {
        let database = PostgresDatabase(name: try TestServer.makeDatabase())
        let store = try #require(try database.open(Intake(configuration: UseCaseSite.configuration)) as? PostgresStore)
        try fixture.fill(store, seed: seed)
        return (store, PostgresLink(address: database.address, setUp: ["SET search_path = servicecenter"]))
    }

    func keptDays(_ link: PostgresLink) throws -> Set<String> {
        try link.run { db in Set(try db.query("SELECT local_date::text FROM report_day WHERE basis NOT LIKE 'counting %'").map { try $0.decode(String.self) }) }
    }

    func countWeek(_ store: PostgresStore) throws {
        _ = try store.reportCounts(from: fixture.first, through: fixture.last, basis: CountingBasis(UseCaseSite.configuration))
    }

    @Test(
        "Each insert, update and delete on contacts, calls, hand-overs and their history",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func everyWrite() throws {
        let (store, link) = try site(seed: 3)
        defer { link.close() }
        let configuration = UseCaseSite.configuration
        let writes = KeptReportDayWrites.writes(.postgreSQL)
        for (what, sql, forget) in writes {
            try countWeek(store)
            #expect(try keptDays(link).isSuperset(of: week), "before \(what)")
            try link.transaction { db in try db.executeScript(sql) }
            let left = try keptDays(link).intersection(week)
            #expect(left == Set(week.filter { !forget.covers($0) }), "\(what): still kept \(left.sorted())")
            let differences = try kept.differences(store, configuration: configuration)
            #expect(differences == [], "\(what): \(differences)")
        }
    }

    @Test(
        "A day whose rows change after it was counted, before its counts are kept, is not kept",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func changedWhileCounting() throws {
        let (store, link) = try site(seed: 3)
        defer { link.close() }
        let basis = CountingBasis(UseCaseSite.configuration)
        let runs = [(first: fixture.first, last: fixture.last)]
        // The steps of `reportCounts`, with a desk saving between the count and the keeping.
        #expect(try store.write { db in try PostgresStore.claim(runs, as: "counting test", in: db) })
        let counted = try store.read { db in try store.countDays(runs, basis: basis, in: db) }
        _ = try store.save(contact("2026-11-18T14:00:00+01:00", channel: .visit), now: fixture.now)
        try store.write { db in try PostgresStore.keep(counted, basis: basis.key, claim: "counting test", in: db) }
        #expect(try keptDays(link) == Set(week.filter { $0 != "2026-11-18" }))
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
    }

    @Test(
        "A writer in flight when the days would be claimed: counted right, kept later, and the writer never waits",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func writerInFlight() throws {
        let (store, link) = try site(seed: 4)
        defer { link.close() }
        let found = try link.transaction { db in
            // A contact saved on another host, not yet committed: the report must not claim.
            try db.execute("""
                INSERT INTO contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable, operator,
                                     resolution, handling_s, created_at)
                VALUES ('2026-11-18T13:00:00Z', '2026-11-18T13:05:00Z', '2026-11-18', 14, 'visit', 'avfall', 'teknik', true, 'anna',
                        'resolved', 300, '2026-11-18T13:05:00Z')
                """)
            try countWeek(store)
            return Set(try db.query("SELECT local_date::text FROM report_day WHERE basis NOT LIKE 'counting %'").map { try $0.decode(String.self) })
        }
        #expect(found.isEmpty, "kept while a writer was in flight: \(found.sorted())")
        // Committed now: the counts hold it, and the next report keeps the days.
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
        #expect(try keptDays(link).isSuperset(of: week))
    }

    @Test(
        "A transaction that is not READ COMMITTED may not change what days are counted from, and nothing of it is written",
        .enabled(if: TestServer.address != nil, "SERVICECENTER_TEST_POSTGRES is not set"))
    func olderSnapshotRefused() throws {
        let (store, link) = try site(seed: 5)
        defer { link.close() }
        try countWeek(store)
        for isolation in [PostgresLink.Isolation.repeatableRead, .serializable] {
            var refusal = ""
            do {
                try link.transaction(isolation) { db in
                    try db.execute("UPDATE contact SET queue_wait_s = 100000 WHERE id = (SELECT MIN(id) FROM contact WHERE local_date = '2026-11-18')")
                }
            } catch {
                refusal = "\(error)"
            }
            #expect(refusal.contains("READ COMMITTED"), "\(isolation): \(refusal)")
        }
        #expect(try keptDays(link).isSuperset(of: week))
        #expect(try kept.differences(store, configuration: UseCaseSite.configuration) == [])
    }
}
