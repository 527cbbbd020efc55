import Foundation
import GRDB
import Testing
@testable import ServicecenterCore
@testable import ServicecenterStore

/// How the SQLite backend sets up its file and its writer: permissions, durability and
/// zeroing what a write frees.
@Suite("SQLite store: file permissions and the writer's pragmas")
struct SQLiteFileSettingsTests {
    let path = temporaryDatabase()

    @Test("A new database and its folder are the owner's and group's only")
    func permissions() throws {
        _ = try SQLiteStore(path: path, zone: stockholm)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o660)
        let folder = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o770)
    }

    @Test("The writer commits with synchronous = FULL, so a saved contact survives a power cut")
    func synchronousFull() throws {
        let store = try SQLiteStore(path: path, zone: stockholm)
        #expect(try store.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }

    @Test("Every write zeroes what it frees: the writer runs with secure_delete, whatever SQLite's build default")
    func secureDelete() throws {
        let store = try SQLiteStore(path: path, zone: stockholm)
        #expect(try store.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 1)
    }
}
