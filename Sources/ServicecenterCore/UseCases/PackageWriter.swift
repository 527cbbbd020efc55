import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a package's files into `parent/name` so that a reader sees the previous package
/// or the new one, never half of one, and a crash at any moment leaves the previous one.
///
/// The files go into a hidden `.name.partial-PID` beside the target, each synced to disk;
/// then the folder replaces the old one in one step (Linux `renameat2` with
/// `RENAME_EXCHANGE`), and the old one is removed. Where the exchange is not available
/// the old folder is first renamed aside, and a later run puts it back if a crash came
/// between the two renames. Leftovers of dead runs are cleared first.
///
/// A run holds an flock on its partial folder while it writes, and a partial whose lock can
/// be taken is a dead run's, whatever its PID: the PID alone kept a killed run's partial for
/// good once another process happened to get the same PID.
public struct PackageWriter: Sendable {
    public let parent: URL
    public let name: String

    /// What could not be written, where, and the system's reason.
    public struct Failure: Error, Equatable {
        public var path: String
        public var reason: String
        /// The disk (or quota) was full: passing once space is freed, not a folder's fault.
        public var diskFull = false
    }

    public init(parent: URL, name: String) {
        self.parent = parent
        self.name = name
    }

    /// Where the package ends up: `parent/name`.
    public var target: URL { parent.appendingPathComponent(name) }

    /// On any failure the run removes its own partial folder, and the folders above the package
    /// it made, before it returns: the old package stays as it was and nothing half-written is
    /// left. A partial used to stay (with an empty datapackage.json after a full disk) until the
    /// next run for that date, which may never come for a period.
    public func write(_ files: [(path: String, contents: String)]) throws(Failure) {
        do {
            try write { (folder: inout FolderFiles) in
                for (path, contents) in files { try folder.append(contents, to: path) }
            }
        } catch {
            // Only the files' own appends throw, and they throw nothing else.
            throw error as! Failure
        }
    }

    /// As `write(_:)`, with the files written by `body` a piece at a time (`PackageStream`):
    /// a long period's package is never held whole. Whatever `body` throws (its own errors
    /// too: a store that cannot be read halfway), nothing of the run is left, the old package
    /// stays, and the error comes out as thrown.
    public func write(_ body: (inout FolderFiles) throws -> Void) throws {
        var made: [String] = []
        do {
            try ensureFolder(parent, made: &made)
            clearLeftovers()
            let pid = getpid()
            let partial = parent.appendingPathComponent(".\(name).partial-\(pid)")
            let lock = try lockedPartial(partial)
            defer { close(lock) }
            do {
                var folder = FolderFiles(folder: partial, writer: self)
                defer { folder.closeAll() }
                try body(&folder)
                try folder.syncAll()
                syncFolder(partial)
                try replace(target, with: partial, pid: pid)
            } catch {
                // Removed while the lock is still held, so no other run takes it for its own.
                Self.removeQuietly(partial)
                throw error
            }
            syncFolder(parent)
        } catch {
            // Only folders this run made and that are still empty: rmdir refuses any other.
            for folder in made.reversed() { _ = rmdir(folder) }
            throw error
        }
    }

    /// The partial folder's files, each kept open from its first piece until all are synced.
    public struct FolderFiles: PackageFiles {
        let folder: URL
        let writer: PackageWriter
        var descriptors: [String: Int32] = [:]

        /// How many files were made.
        public var count: Int { descriptors.count }

        public mutating func append(_ text: String, to path: String) throws(Failure) {
            let url = folder.appendingPathComponent(path)
            let descriptor: Int32
            if let open = descriptors[path] {
                descriptor = open
            } else {
                try writer.ensureFolder(url.deletingLastPathComponent())
                descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { throw writer.failure(url, errno) }
                descriptors[path] = descriptor
            }
            var written = 0, text = text
            let result: Int32 = text.withUTF8 { buffer in
                while written < buffer.count {
                    let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    written += count
                }
                return 0
            }
            guard result == 0 else { throw writer.failure(url, result) }
        }

        /// Each file to disk before the folder takes the old package's place.
        func syncAll() throws(Failure) {
            for (path, descriptor) in descriptors.sorted(by: { $0.key < $1.key }) where fsync(descriptor) != 0 {
                throw writer.failure(folder.appendingPathComponent(path), errno)
            }
        }

        mutating func closeAll() {
            for descriptor in descriptors.values { close(descriptor) }
            descriptors = [:]
        }
    }

    /// Removes `url` and everything in it, ignoring what cannot be removed: it is called on the
    /// way out of a failure, whose own error is the one to report.
    static func removeQuietly(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Makes the partial folder and takes its lock, which this run holds until it is done
    /// (the returned descriptor). Another run clearing leftovers may take a folder between
    /// its making and its locking for a dead one and remove it: then it is made again.
    func lockedPartial(_ partial: URL) throws(Failure) -> Int32 {
        for _ in 0..<5 {
            try? FileManager.default.removeItem(at: partial)
            try ensureFolder(partial)
            let descriptor = open(partial.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else {
                let code = errno
                Self.removeQuietly(partial)
                throw failure(partial, code)
            }
            var held = stat(), there = stat()
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0, fstat(descriptor, &held) == 0,
               stat(partial.path, &there) == 0, held.st_ino == there.st_ino, held.st_dev == there.st_dev {
                return descriptor
            }
            close(descriptor)
        }
        // Not locked, so another run may have made it: left for clearLeftovers to judge.
        throw failure(partial, EBUSY)
    }

    /// The folder at `url`'s lock, taken, when no live run holds it (a dead run's folder);
    /// nil while a run holds it. Clearing happens while the lock is held, so a run making its
    /// folder at that moment cannot lock it and makes it again. A folder that cannot be
    /// opened is left alone, as it cannot be removed either.
    static func staleLock(_ url: URL) -> Int32? {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Puts `partial` where `target` is, in one step when the system can.
    func replace(_ target: URL, with partial: URL, pid: Int32) throws(Failure) {
        guard FileManager.default.fileExists(atPath: target.path) else {
            guard rename(partial.path, target.path) == 0 else { throw failure(target, errno) }
            return
        }
        if let exchange = Self.renameExchange, exchange(AT_FDCWD, partial.path, AT_FDCWD, target.path, Self.exchangeFlag) == 0 {
            // The old package now sits at the partial name.
            try? FileManager.default.removeItem(at: partial)
            return
        }
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        guard rename(target.path, old.path) == 0 else { throw failure(target, errno) }
        guard rename(partial.path, target.path) == 0 else {
            let code = errno
            _ = rename(old.path, target.path)
            throw failure(target, code)
        }
        try? FileManager.default.removeItem(at: old)
    }

    /// Removes partial folders of runs that are no longer alive (their lock is free), and puts
    /// back an old package a crashed run had moved aside without putting the new one in its
    /// place. An old package belongs to the run whose partial has the same PID: while that
    /// partial is locked, the run is between its two renames and the old one stays. Any
    /// period's leftovers in the folder, not only this one's: a nightly dump of one day would
    /// otherwise never clear what a killed dump of a quarter left.
    func clearLeftovers() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            guard let (period, kind, pid) = Self.leftover(entry) else { continue }
            let partial = parent.appendingPathComponent(".\(period).partial-\(pid)")
            var lock: Int32?
            if FileManager.default.fileExists(atPath: partial.path) {
                guard let taken = Self.staleLock(partial) else { continue }
                lock = taken
            }
            defer { lock.map { _ = close($0) } }
            let url = parent.appendingPathComponent(entry)
            let periodTarget = parent.appendingPathComponent(period)
            if kind == "old", !FileManager.default.fileExists(atPath: periodTarget.path) {
                _ = rename(url.path, periodTarget.path)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    /// A run's leftover by its name, `.PERIOD.partial-PID` or `.PERIOD.old-PID`, where PERIOD is
    /// a package's name (`2026-11-22`, `2026-11-01_2026-11-30`): the period, the kind and the
    /// PID; nil for any other name, so someone's own `.cache.old-1` beside the packages is
    /// never taken for one.
    static func leftover(_ entry: String) -> (period: String, kind: String, pid: Int32)? {
        for kind in ["partial", "old"] {
            guard let marker = entry.range(of: ".\(kind)-", options: .backwards), entry.hasPrefix("."),
                  let pid = Int32(entry[marker.upperBound...]), pid > 0 else { continue }
            let period = String(entry[entry.index(after: entry.startIndex)..<marker.lowerBound])
            let days = period.split(separator: "_", omittingEmptySubsequences: false).map { LocalDay(String($0)) }
            guard (1...2).contains(days.count), days.allSatisfy({ $0 != nil }) else { continue }
            return (period, kind, pid)
        }
        return nil
    }

    /// Creates `url` and any missing folders above it. With mkdir itself, so a failure says
    /// what the system said ("Not a directory", "Permission denied") about the folder that
    /// could not be made, where Foundation says "The operation could not be completed".
    func ensureFolder(_ url: URL) throws(Failure) {
        var made: [String] = []
        try ensureFolder(url, made: &made)
    }

    /// As `ensureFolder(_:)`, adding each folder it made to `made`, outermost first.
    func ensureFolder(_ url: URL, made: inout [String]) throws(Failure) {
        var path = ""
        for component in url.standardizedFileURL.pathComponents {
            path = component == "/" ? "/" : (path.hasSuffix("/") ? path : path + "/") + component
            if mkdir(path, 0o755) == 0 {
                made.append(path)
            } else {
                // Taken at once: making the URL below calls the system too, and its errno
                // (ENOENT from a lookup) would stand in for mkdir's (EROFS, EACCES, EPERM).
                let code = errno
                if code != EEXIST { throw failure(URL(fileURLWithPath: path), code) }
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw failure(URL(fileURLWithPath: path), ENOTDIR)
            }
        }
    }

    func syncFolder(_ url: URL) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    func failure(_ url: URL, _ code: Int32) -> Failure {
        Failure(path: url.path, reason: String(cString: strerror(code)), diskFull: code == ENOSPC || code == EDQUOT)
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    static let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE, from <linux/fs.h>

    /// glibc's renameat2, found at run time: Swift's Glibc module leaves it out (_GNU_SOURCE).
    static let renameExchange: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
}
