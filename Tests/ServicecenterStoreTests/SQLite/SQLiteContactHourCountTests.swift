import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// The wallboard reads contacts per day, channel and hour from a table the store keeps on
/// every write; it must always agree with counting the contacts themselves.
@Suite("SQLite store: contacts per hour kept on write")
struct SQLiteContactHourCountTests {
    /// (day, channel, hour, contacts, resolved), from the kept table and from the contacts.
    func kept(_ path: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM contact_hour_count WHERE contacts > 0 ORDER BY 1, 2, 3").map { row in
                (0..<5).map { String(describing: row[$0] as DatabaseValue) }
            }
        }
    }

    func counted(_ path: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT local_date, channel, local_hour, COUNT(*), SUM(resolution = 'resolved') FROM contact
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """).map { row in (0..<5).map { String(describing: row[$0] as DatabaseValue) } }
        }
    }

    @Test("Saves, an import and corrections of channel, time and outcome keep the counts exact")
    func keptExact() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, zone: stockholm)
        _ = try store.save(contact()).id
        _ = try store.save(contact("2026-11-23T09:30:00+01:00", resolution: .referred(to: Referral(destination: "forsakringskassan")))).id
        _ = try store.importContacts([
            contact("2026-11-23T14:10:00+01:00", channel: .visit, externalID: "a"),
            contact("2026-11-24T08:05:00+01:00", channel: .digital, externalID: "b"),
        ])
        #expect(try kept(path) == counted(path))
        #expect(try kept(path).first == ["\"2026-11-23\"", "\"phone\"", "9", "2", "1"])

        // The guide corrects the first contact: another channel, an hour later, forwarded.
        var first = try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)[0]
        first.channel = .visit
        first.startedAt = first.startedAt.addingTimeInterval(3600)
        first.endedAt = first.endedAt.addingTimeInterval(3600)
        first.resolution = .forwarded(to: "social", reason: .needsCaseOfficer)
        try store.update(first, by: "anna")
        #expect(try kept(path) == counted(path))
        #expect(try kept(path).first == ["\"2026-11-23\"", "\"phone\"", "9", "1", "0"], "the phone hour lost the corrected contact")

        let live = try store.liveDay(LocalDay("2026-11-23")!)
        #expect(live.contacts[.phone]?.contacts == 1 && live.contacts[.phone]?.resolved == 0)
        #expect(live.contacts[.visit]?.byHour[10] == 1 && live.contacts[.visit]?.byHour[14] == 1)
    }

    @Test("A database from before the table gets it filled from its contacts when it opens")
    func filledOnMigration() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, zone: stockholm)
        _ = try store.importContacts((0..<30).map { contact("2026-11-\(16 + $0 % 5)T\(10 + $0 % 3):00:00+01:00", externalID: "c\($0)") })
        let expected = try counted(path)
        // Back to v10: drop the table and its triggers, as a database written before it was.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP TABLE contact_hour_count;
                DROP TRIGGER contact_hour_count_insert; DROP TRIGGER contact_hour_count_delete; DROP TRIGGER contact_hour_count_update;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v11 %';
                """)
        }
        _ = try SQLiteStore(path: path, zone: stockholm)
        #expect(try kept(path) == expected)
        #expect(expected.count == 15)
    }
}
