import Foundation
import GRDB
import ServicecenterCore
import ServicecenterStore
import TestSupport

/// A fresh database file in a temporary folder, removed when the test process ends.
func temporaryDatabase() -> String {
    TemporaryFolders.make("sc-store").appendingPathComponent("servicecenter.sqlite").path
}

/// Makes the folder a database at `path` goes in, as the store would, for a test that writes
/// the file itself first.
func makeFolder(of path: String) throws {
    try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
}

extension Backend {
    /// The embedded backend: a new file in a temporary folder per test.
    static let sqlite = Backend(name: "SQLite") { SQLiteDatabase(path: temporaryDatabase()) }
}

/// An SQLite file for one contract test; each store opened on it is one more process's pool.
struct SQLiteDatabase: ContractDatabase {
    let path: String

    var name: String { path }

    func open(_ intake: Intake) throws -> any Store {
        try SQLiteStore(path: path, intake: intake)
    }

    /// The file and its side files: the write-ahead log and the shared memory index.
    var files: [String] { [path, path + "-wal", path + "-shm"] }

    func storedTexts() throws -> [(String, String)] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var texts: [(String, String)] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for (column, value) in row {
                        if let text = String.fromDatabaseValue(value), value.storage.value is String {
                            texts.append(("\(table).\(column)", text))
                        }
                    }
                }
            }
            return texts
        }
    }
}
