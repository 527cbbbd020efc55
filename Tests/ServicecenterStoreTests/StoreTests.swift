import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// A fresh database file in a temporary folder.
func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory
        .appendingPathComponent("sc-store-\(UUID().uuidString)")
        .appendingPathComponent("servicecenter.sqlite").path
}

let stockholm = TimeZone(identifier: "Europe/Stockholm")!

func contact(
    _ start: String = "2026-11-23T09:00:00+01:00", minutes: Double = 3, channel: Channel = .phone,
    resolution: Resolution = .resolved, externalID: String? = nil, note: String? = nil
) -> Contact {
    let started = Timestamp.parse(start)!
    return Contact(
        externalID: externalID, startedAt: started, endedAt: started.addingTimeInterval(minutes * 60), channel: channel,
        medium: channel == .digital ? .email : nil, category: "avfall", sector: "teknik", resolvable: true,
        operatorUser: "anna", queueWaitSeconds: 42, resolution: resolution, digitalHelp: true, incident: "driftstopp",
        note: note)
}

@Suite("Store")
struct StoreTests {
    @Test("A saved contact comes back field for field, after the store is reopened")
    func roundTrip() throws {
        let path = temporaryDatabase()
        let original = [
            contact(note: "Ringde om hämtning, åäö"),
            contact("2026-11-23T10:00:00+01:00", channel: .digital, resolution: .forwarded(to: "social", reason: .needsCaseOfficer)),
            contact("2026-11-23T11:00:00+01:00", channel: .signLanguage, resolution: .referred(to: Referral(destination: "forsakringskassan"))),
        ]
        var ids: [Int64] = []
        do {
            let store = try SQLiteStore(path: path, zone: stockholm)
            for item in original { ids.append(try store.save(item).id) }
        }
        #expect(ids == [1, 2, 3])
        let reopened = try SQLiteStore(path: path, zone: stockholm)
        let loaded = try reopened.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(loaded.count == 3)
        for (index, item) in loaded.enumerated() {
            var expected = original[index]
            expected.id = ids[index]
            #expect(item == expected)
        }
    }

    @Test("Contacts are filed under the site's local day, so a query by day finds them")
    func localDays() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm)
        _ = try store.save(contact("2026-11-22T23:30:00Z")) // 00:30 on the 23rd in Stockholm
        _ = try store.save(contact("2026-11-23T22:59:00Z")) // 23:59 on the 23rd
        _ = try store.save(contact("2026-11-23T23:00:00Z")) // 00:00 on the 24th
        #expect(try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!).count == 2)
        #expect(try store.contacts(from: LocalDay("2026-11-24")!, through: LocalDay("2026-11-30")!).count == 1)
    }

    @Test("Importing the same contacts twice stores each once")
    func idempotentImport() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm)
        let batch = (0..<10).map { contact(externalID: "tel-\($0)") }
        #expect(try store.importContacts(batch) == ImportOutcome(inserted: 10, alreadyPresent: 0))
        #expect(try store.importContacts(batch + [contact(externalID: "tel-10")]) == ImportOutcome(inserted: 1, alreadyPresent: 10))
        #expect(try store.contactCount() == 11)
    }

    @Test("Logging an external id twice is refused with its own error, and nothing is written")
    func duplicateSave() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm)
        _ = try store.save(contact(externalID: "x-1")).id
        #expect(throws: StoreError.duplicateExternalID(database: store.path, id: "x-1")) { try store.save(contact(externalID: "x-1")) }
        #expect(try store.contactCount() == 1)
    }

    @Test("A file that is not SQLite is refused with notADatabase, and left untouched")
    func notADatabase() throws {
        let path = temporaryDatabase()
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
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
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v1 contacts")
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
            #expect(indexes == ["contact_by_call", "contact_by_day_hour", "contact_by_incident", "contact_by_operator_day", "contact_by_repeat_of"])
            let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            #expect(migrations == ["v1 contacts", "v2 desk drafts and stations", "v3 hand-overs", "v4 repeat contacts",
                                   "v5 queues, operator status and incidents", "v6 covering index for a day's contacts per channel and hour",
                                   "v7 index of closed hand-overs by closing day",
                                   "v8 covering index of hand-overs' closes and reopenings", "v9 audit log",
                                   "v10 index of answered calls by guide", "v11 contacts per day, channel and hour, kept on write",
                                   "v12 queue calls kept in arrival order", "v13 contact subject and catalogue gaps",
                                   "v14 catalogue gaps counted per word", "v15 hand-over matter and call-back", "v16 referral destinations",
                                   "v17 hand-over delivery outbox", "v18 database identity for message ids"])
        }
    }

    @Test("Many writers on separate connections lose nothing and never see 'database is locked'")
    func concurrentWriters() async throws {
        let path = temporaryDatabase()
        _ = try SQLiteStore(path: path, zone: stockholm)
        let writers = 8, perWriter = 50
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    // Each desk process has its own connection: model that with its own Store.
                    let store = try SQLiteStore(path: path, zone: stockholm)
                    for number in 0..<perWriter {
                        _ = try store.save(contact(externalID: "w\(writer)-\(number)")).id
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try SQLiteStore(path: path, zone: stockholm).contactCount() == writers * perWriter)
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
}

@Suite("Store: desk drafts, stations and a guide's day")
struct DeskStoreTests {
    @Test("A draft survives reopening; saving the contact removes it in the same transaction")
    func drafts() throws {
        let path = temporaryDatabase()
        do {
            let store = try SQLiteStore(path: path, zone: stockholm)
            try store.saveDraft(of: "anna", payload: #"{"search":"försk"}"#)
            try store.saveDraft(of: "anna", payload: #"{"search":"förskola"}"#)
        }
        let store = try SQLiteStore(path: path, zone: stockholm)
        #expect(try store.draft(of: "anna") == #"{"search":"förskola"}"#)
        #expect(try store.draft(of: "erik") == nil)
        _ = try store.save(contact(), clearingDraftOf: "anna").id
        #expect(try store.draft(of: "anna") == nil)
        try store.saveDraft(of: "erik", payload: "{}")
        try store.deleteDraft(of: "erik")
        #expect(try store.draft(of: "erik") == nil)
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

    @Test("Stations are remembered per guide")
    func stations() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm)
        #expect(try store.station(of: "anna") == nil)
        try store.setStation(of: "anna", to: "visit:2")
        try store.setStation(of: "anna", to: "phone")
        #expect(try store.station(of: "anna") == "phone")
    }

    @Test("A guide's day comes newest first, and an edit keeps the contact's id")
    func dayAndEdit() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm)
        let first = try store.save(contact("2026-11-23T09:00:00+01:00")).id
        let second = try store.save(contact("2026-11-23T10:00:00+01:00")).id
        _ = try store.save(contact("2026-11-24T10:00:00+01:00")).id
        var day = try store.contacts(of: "anna", on: LocalDay("2026-11-23")!)
        #expect(day.map(\.id) == [second, first])
        var edited = day[0]
        edited.category = "bygglov"
        edited.resolution = .forwarded(to: "stadsbyggnad", reason: .needsCaseOfficer)
        try store.update(edited)
        day = try store.contacts(of: "anna", on: LocalDay("2026-11-23")!)
        #expect(day[0].id == second)
        #expect(day[0].category == "bygglov")
        #expect(try store.contactCount() == 3)
    }
}

@Suite("Store: personal data in free text")
struct StorePersonalDataTests {
    @Test("Whatever writes, a personnummer, e-mail address or phone number reaches the file masked")
    func maskedOnEveryWrite() throws {
        let path = temporaryDatabase()
        let store = try SQLiteStore(path: path, zone: stockholm, planner: nil)
        let id = try store.save(contact(note: "pnr 19811218-9876, svar till kalle@exempel.se")).id
        var edited = contact(note: "ny uppgift: 070-123 45 67")
        edited.id = id
        try store.update(edited)
        _ = try store.importContacts([contact("2026-11-23T10:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "FK, handläggare 0701234567")),
                                              externalID: "x1", note: "samordningsnr 701063-2391")])
        let queue = try DatabaseQueue(path: path)
        let texts = try queue.read { db in try Row.fetchAll(db, sql: "SELECT note, referred_other FROM contact ORDER BY id") }
        #expect(texts.map { $0["note"] as String? } == ["ny uppgift: 070-*** ** **", "samordningsnr 701063-****"])
        #expect(texts.map { $0["referred_other"] as String? } == [nil, "FK, handläggare 070*******"])
        // Nothing unmasked anywhere in the file, the write-ahead log included.
        for file in [path, path + "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            #expect(bytes.range(of: Data("9876".utf8)) == nil)
            #expect(bytes.range(of: Data("kalle@".utf8)) == nil)
        }
    }

    @Test("A site that allows contact details keeps them; personnummer are masked regardless")
    func allowed() throws {
        let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm, masking: PersonalDataMasking(allowEmail: true, allowPhone: true))
        _ = try store.save(contact(note: "kalle@exempel.se, 070-123 45 67, 811218-9876")).id
        let saved = try store.contacts(from: LocalDay("2026-11-23")!, through: LocalDay("2026-11-23")!)
        #expect(saved.first?.note == "kalle@exempel.se, 070-123 45 67, 811218-****")
    }
}
