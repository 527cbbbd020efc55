import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import ServicecenterCore
@testable import ServicecenterStore

/// A new database whose setting up fails leaves nothing the store made (a full disk left a
/// 0-byte file and its folders, which a retry after freeing space then met), never removes a
/// file that was there, and a process that waited for a folder taken back makes it again.
@Suite("Store: a failed creation takes back what it made", .serialized)
struct FailedCreationTests {
    /// Runs a system tool, for mounting and filling a small file system.
    @discardableResult
    func tool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("A full disk (a 1 MB tmpfs, as root): diskFull, no file or folder left; an existing empty file kept; after freeing space it opens",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func fullDisk() throws {
        let mount = URL(fileURLWithPath: temporaryDatabase()).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        try #require(try tool("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount]) == 0)
        defer { _ = try? tool("/usr/bin/umount", [mount]) }
        let filler = mount + "/filler"
        try tool("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4k"])
        let existing = mount + "/existing.sqlite"
        #expect(FileManager.default.createFile(atPath: existing, contents: nil))

        let nested = mount + "/a/b/new.sqlite"
        #expect(throws: StoreError.diskFull(database: nested)) { try SQLiteStore(path: nested, zone: stockholm) }
        let beside = mount + "/new.sqlite"
        #expect(throws: StoreError.diskFull(database: beside)) { try SQLiteStore(path: beside, zone: stockholm) }
        #expect(throws: StoreError.diskFull(database: existing)) { try SQLiteStore(path: existing, zone: stockholm) }
        #expect(entries(mount) == ["existing.sqlite", "filler"])

        try FileManager.default.removeItem(atPath: filler)
        let store = try SQLiteStore(path: nested, zone: stockholm)
        _ = try store.save(contact()).id
        #expect(try store.contactCount() == 1)
    }

    @Test("A folder removed while a store waits for its lock is made again, and the store opens", .timeLimit(.minutes(1)))
    func folderTakenBack() throws {
        let path = temporaryDatabase()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // What a failing creator holds: the folder's lock, exclusive, until it has taken the folder back.
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        // A thread of its own, not a task: the store's wait blocks its thread, and on a busy
        // machine it held the few cooperative threads that this test needed to go on.
        let result = OpeningResult()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do {
                let store = try SQLiteStore(path: path, zone: stockholm)
                _ = try store.save(contact()).id
                result.set(.success(try store.contactCount()))
            } catch {
                result.set(.failure(error))
            }
            done.signal()
        }
        // Until the store waits for the lock (a second at most), having made nothing in the folder.
        var waited = 0
        while waited < 1_000, result.get() == nil {
            usleep(10_000)
            waited += 10
        }
        #expect(result.get() == nil)
        #expect(entries(folder).isEmpty)
        #expect(rmdir(folder) == 0)
        close(descriptor)
        done.wait()
        #expect(try result.get()?.get() == 1)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

/// The outcome of a store opened on another thread.
final class OpeningResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Int, any Error>?

    func set(_ result: Result<Int, any Error>) { lock.withLock { value = result } }
    func get() -> Result<Int, any Error>? { lock.withLock { value } }
}
