import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// Databases written by earlier versions: set up at an old migration with the SQLite backend's
/// own migrator, filled as that version wrote, then opened by this one.
/// A database at `path` as the version that ended with `migration` left it, still open for filling.
func oldDatabase(at path: String, migratedUpTo migration: String) throws -> DatabaseQueue {
    try makeFolder(of: path)
    let old = try DatabaseQueue(path: path)
    try Migrations.migrator.migrate(old, upTo: migration)
    return old
}

@Suite("SQLite store: migrations from earlier versions")
struct SQLiteMigrationTests {
    let path = temporaryDatabase()

    @Test("A database at v14 with a hand-over opens, gains the columns, and its hand-over reads with no matter or call-back")
    func handoverMatterAndCallback() throws {
        let old = try oldDatabase(at: path, migratedUpTo: "v14 catalogue gaps counted per word")
        try old.close()
        _ = try SQLiteStore(path: path, intake: Intake(zone: stockholm, planner: HandoverStoreTests.planner)).save(HandoverCaseStoreTests().forwarded(matter: nil, callback: nil), now: HandoverCaseStoreTests().now)
        let store = try SQLiteStore(path: path, intake: Intake(zone: stockholm, planner: HandoverStoreTests.planner))
        let columns = try DatabaseQueue(path: path).read { try $0.columns(in: "handover").map(\.name) }
        #expect(Set(["matter", "callback_phone", "callback_email", "callback_time"]).isSubset(of: Set(columns)))
        let handover = try #require(try store.handovers().first)
        #expect(handover.matter == nil && handover.callback == nil)
    }

    @Test("v16 maps a database's old free-text referrals: known names to ids, the rest to annan with the text whole")
    func referralDestinations() throws {
        let old = try oldDatabase(at: path, migratedUpTo: "v14 catalogue gaps counted per word")
        try old.write { db in
            for (index, referredTo) in ["Försäkringskassan", "region örebro län", "FK, handläggare 070*******", nil].enumerated() {
                try db.execute(sql: """
                    INSERT INTO contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
                        operator, resolution, referred_to, handling_s, created_at)
                    VALUES ('2026-11-23T08:0\(index):00Z', '2026-11-23T08:0\(index):30Z', '2026-11-23', 9, 'phone', 'avfall', 'teknik', 1,
                        'anna', 'referred', ?, 30, '2026-11-23T08:00:00Z')
                    """, arguments: [referredTo])
            }
        }
        try old.close()
        let store = try SQLiteStore(path: path, zone: stockholm)
        let day = LocalDay("2026-11-23")!
        #expect(try store.contacts(from: day, through: day).map(\.resolution) == [
            .referred(to: Referral(destination: "forsakringskassan")),
            .referred(to: Referral(destination: "region")),
            .referred(to: Referral(destination: "annan", text: "FK, handläggare 070*******")),
            .referred(to: nil),
        ])
    }

    @Test("A database from v13 (gaps per phrase) has its rows split into words when it opens")
    func splitOnMigration() throws {
        let old = try oldDatabase(at: path, migratedUpTo: "v13 contact subject and catalogue gaps")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO catalogue_gap (local_date, text, count, last_seen) VALUES
                    ('2026-11-23', 'glasogon', 1, '2026-11-23T08:00:00Z'),
                    ('2026-11-23', 'glasogon linser', 2, '2026-11-23T08:10:00Z'),
                    ('2026-11-23', 'linser', 1, '2026-11-23T08:20:00Z'),
                    ('2026-11-23', 'glasogon 850101 070', 1, '2026-11-23T08:05:00Z'),
                    ('2026-11-24', 'linser x', 3, '2026-11-24T08:00:00Z'),
                    ('2026-11-24', '811218', 1, '2026-11-24T09:00:00Z')
                """)
        }
        try old.close()
        let store = try SQLiteStore(path: path, zone: stockholm, gaps: CatalogueGaps(configuration: SubjectAndGapStoreTests.configuration))
        let day = LocalDay("2026-11-23")!
        let first = try store.catalogueGaps(from: day, through: day)
        #expect(first.map(\.word) == ["glasogon", "linser"])
        #expect(first.map(\.count) == [4, 3])
        #expect(first.map(\.lastSeen) == [Timestamp.parse("2026-11-23T08:10:00Z"), Timestamp.parse("2026-11-23T08:20:00Z")])
        let both = try store.catalogueGaps(from: day, through: day.adding(days: 1))
        #expect(both.map(\.word) == ["linser", "glasogon"] && both.map(\.count) == [6, 4])
        // The migrated table counts on: a new contact adds to the carried-over word.
        _ = try store.save(SubjectAndGapStoreTests().other("linser", at: "10:00")).id
        #expect(try store.catalogueGaps(from: day, through: day).first { $0.word == "linser" }?.count == 4)
    }
}
