import Foundation

/// Folders the tests make in the temporary folder, removed as the test process ends rather
/// than when a test lets go of them: a store may hold its files open until then, and a value
/// may be released before its last use is over. Thousands were once left behind.
public enum TemporaryFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [String] = []

    /// A new folder's path under the temporary folder (not made), removed at exit.
    public static func make(_ prefix: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        removeAtExit(folder.path)
        return folder
    }

    public static func removeAtExit(_ folder: String) {
        lock.withLock {
            if folders.isEmpty { atexit { TemporaryFolders.removeAll() } }
            folders.append(folder)
        }
    }

    static func removeAll() {
        for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(atPath: folder) }
    }
}
