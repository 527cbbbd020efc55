import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// What only the SQLite backend has: the file it refuses, its schema and migrations, its lock.
@Suite("SQLite store: the file, its schema and its lock")
struct SQLiteStoreTests {
    @Test("A file that is not SQLite is refused with notADatabase, and left untouched")
    func notADatabase() throws {
        let path = temporaryDatabase()
        try makeFolder(of: path)
        let text = String(repeating: "Det här är ingen databas.\n", count: 100)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notADatabase(database: path)) { try SQLiteStore(path: path, zone: stockholm) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        // Shorter than SQLite's header, which SQLite itself would take for a new database
        // and write over: refused the same way.
        for short in ["x", "Anteckningar\n"] {
            try short.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: StoreError.notADatabase(database: path)) { try SQLiteStore(path: path, zone: stockholm) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == short)
        }
        // An empty file is a new database, as SQLite makes it.
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try SQLiteStore(path: path, zone: stockholm).contactCount() == 0)
    }

    @Test("A database migrated by a newer version is refused rather than misread")
    func newerSchema() throws {
        let path = temporaryDatabase()
        _ = try SQLiteStore(path: path, zone: stockholm)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(database: path)) { try SQLiteStore(path: path, zone: stockholm) }
    }

    @Test("A database written by the first version opens, migrates, and keeps its contacts")
    func migratesFromFirstVersion() throws {
        let path = temporaryDatabase()
        let old = try oldDatabase(at: path, migratedUpTo: "v1 contacts")
        // A row as the first version wrote it: only the v1 columns.
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO contact (started_at, ended_at, local_date, local_hour, channel, category, sector, resolvable,
                    operator, resolution, handling_s, digital_help, created_at)
                VALUES ('2026-11-23T08:00:00Z', '2026-11-23T08:03:00Z', '2026-11-23', 9, 'phone', 'avfall', 'teknik', 1,
                    'anna', 'resolved', 180, 0, '2026-11-23T08:03:00Z')
                """)
        }
        try old.close()

        let store = try SQLiteStore(path: path, zone: stockholm)
        #expect(try store.contactCount() == 1)
        let migrated = try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(migrated.first?.repeatOf == nil && migrated.first?.countsAsRepeat == false) // v4 columns, defaulted
        try store.saveDraft(of: "anna", payload: "{}") // a v2 table
        #expect(try store.draft(of: "anna") == "{}")
    }

    @Test("The schema is WAL with the documented tables and indexes")
    func schema() throws {
        let path = temporaryDatabase()
        _ = try SQLiteStore(path: path, zone: stockholm)
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            #expect(indexes == [
                "contact_by_call", "contact_by_day_hour", "contact_by_incident", "contact_by_operator_day", "contact_by_repeat_of",
                "contact_for_staffing",
            ])
            let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            #expect(migrations == ["v1 contacts", "v2 desk drafts and stations", "v3 hand-overs", "v4 repeat contacts",
                                   "v5 queues, operator status and incidents", "v6 covering index for a day's contacts per channel and hour",
                                   "v7 index of closed hand-overs by closing day",
                                   "v8 covering index of hand-overs' closes and reopenings", "v9 audit log",
                                   "v10 index of answered calls by guide", "v11 contacts per day, channel and hour, kept on write",
                                   "v12 queue calls kept in arrival order", "v13 contact subject and catalogue gaps",
                                   "v14 catalogue gaps counted per word", "v15 hand-over matter and call-back", "v16 referral destinations",
                                   "v17 hand-over delivery outbox", "v18 database identity for message ids",
                                   "v19 operator status history", "v20 knowledge use",
                                   "v21 staffing history index", "v22 report days counted and kept", "v23 open hand-overs counted"])
        }
    }

    @Test("A writer that cannot get the lock within the busy timeout gets 'locked', and nothing is half-written")
    func lockedDatabase() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, zone: stockholm, busyTimeoutMilliseconds: 200)
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: StoreError.locked(database: path, waitedMilliseconds: 200)) {
                try store.importContacts([contact(externalID: "a"), contact(externalID: "b")])
            }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try store.contactCount() == 0)
        #expect(try store.importContacts([contact(externalID: "a")]).inserted == 1)
    }

    @Test("A locked database keeps the draft: a failed save deletes nothing")
    func failedSaveKeepsDraft() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, zone: stockholm, busyTimeoutMilliseconds: 100)
        try store.saveDraft(of: "anna", payload: "{}")
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: StoreError.self) { try store.save(contact(), clearingDraftOf: "anna") }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try store.draft(of: "anna") == "{}")
        #expect(try store.contactCount() == 0)
    }
}
