import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// What the store does with the file it is pointed at before it writes anything: another
/// program's database, something that is not a file, many processes creating it at once.
@Suite("Store: the database file")
struct DatabaseFileTests {
    /// Another program's database at `path`, made with GRDB as that program would (and closed).
    func foreignDatabase(_ path: String, wal: Bool, migrations: [String] = []) throws {
        try makeFolder(of: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            if wal { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
            try db.execute(sql: "INSERT INTO customers (name) VALUES ('Anna Andersson')")
            if !migrations.isEmpty {
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for identifier in migrations {
                    try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [identifier])
                }
            }
        }
        try queue.close()
    }

    func sideFiles(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test("Another program's database is refused and left byte for byte, with no side files", arguments: [false, true])
    func foreignRefused(wal: Bool) throws {
        let path = temporaryDatabase()
        try foreignDatabase(path, wal: wal)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(sideFiles(path).isEmpty)
        #expect(throws: StoreError.foreignDatabase(database: path)) { try SQLiteStore(path: path, zone: stockholm) }
        #expect(throws: StoreError.foreignDatabase(database: path)) { try SQLiteStore(path: path, zone: stockholm, access: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(sideFiles(path).isEmpty)
    }

    @Test("Another GRDB program's database (its own migration names) is foreign, not newer")
    func otherGRDBProgram() throws {
        let path = temporaryDatabase()
        try foreignDatabase(path, wal: false, migrations: ["v1", "createCustomers"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.foreignDatabase(database: path)) { try SQLiteStore(path: path, zone: stockholm) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("An SQLite file with no tables is set up as a new database")
    func emptySQLiteFile() throws {
        let path = temporaryDatabase()
        try makeFolder(of: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE scratch (x)")
            try db.execute(sql: "DROP TABLE scratch")
        }
        try queue.close()
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 > 0)
        let store = try SQLiteStore(path: path, zone: stockholm)
        _ = try store.save(contact()).id
        #expect(try store.contactCount() == 1)
    }

    @Test("Our own database with a table someone added beside ours still opens")
    func ourDatabaseWithAnExtraTable() throws {
        let path = temporaryDatabase()
        _ = try SQLiteStore(path: path, zone: stockholm).save(contact())
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE local_notes (x)") }
        try queue.close()
        #expect(try SQLiteStore(path: path, zone: stockholm).contactCount() == 1)
    }

    @Test("A directory, a FIFO and a device are refused before SQLite opens them")
    func notRegularFiles() throws {
        let folder = URL(fileURLWithPath: temporaryDatabase()).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let directory = folder.appendingPathComponent("a-folder").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(throws: StoreError.notARegularFile(database: directory, kind: .directory)) { try SQLiteStore(path: directory, zone: stockholm) }
        // Opening a FIFO blocks until a writer comes: reaching the expectation at all is the test.
        let fifo = folder.appendingPathComponent("a-fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: StoreError.notARegularFile(database: fifo, kind: .fifo)) { try SQLiteStore(path: fifo, zone: stockholm) }
        // Compared with before, not with nothing: /dev is shared with whatever else runs here.
        let beside = { ["-journal", "-wal", "-shm"].filter { FileManager.default.fileExists(atPath: "/dev/null" + $0) } }
        let besideBefore = beside()
        #expect(throws: StoreError.notARegularFile(database: "/dev/null", kind: .device)) {
            try SQLiteStore(path: "/dev/null", zone: stockholm)
        }
        #expect(beside() == besideBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a-fifo", "a-folder"])
    }

    @Test("A full disk (SQLITE_FULL) is its own error, not a damaged database")
    func diskFull() {
        let error = DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        #expect(SQLiteStore.translate(error, path: "/srv/sc.sqlite", busyTimeout: 5_000) == .diskFull(database: "/srv/sc.sqlite"))
        #expect(EnglishStrings().storeError(.diskFull(database: "/srv/sc.sqlite")).contains("/srv/sc.sqlite is full"))
        #expect(SwedishStrings().storeError(.diskFull(database: "/srv/sc.sqlite")).contains("är full"))
    }

    @Test("Twelve stores opening one new path at once: all open, all save, one schema", .timeLimit(.minutes(2)))
    func concurrentCreation() async throws {
        for _ in 0..<5 {
            let path = temporaryDatabase()
            let opened = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<12 {
                    group.addTask {
                        do {
                            _ = try SQLiteStore(path: path, zone: stockholm).save(contact())
                            return true
                        } catch {
                            Issue.record("open or save failed: \(error)")
                            return false
                        }
                    }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(opened == 12)
            #expect(try SQLiteStore(path: path, zone: stockholm).contactCount() == 12)
        }
    }
}
