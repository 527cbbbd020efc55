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
struct PackageWriter {
    let parent: URL
    let name: String

    struct Failure: Error {
        var path: String
        var reason: String
    }

    var target: URL { parent.appendingPathComponent(name) }

    func write(_ files: [(path: String, contents: String)]) throws(Failure) {
        try ensureFolder(parent)
        clearLeftovers()
        let pid = getpid()
        let partial = parent.appendingPathComponent(".\(name).partial-\(pid)")
        try? FileManager.default.removeItem(at: partial)
        try ensureFolder(partial)
        for (path, contents) in files {
            let url = partial.appendingPathComponent(path)
            try ensureFolder(url.deletingLastPathComponent())
            try writeDurably(Data(contents.utf8), to: url)
        }
        syncFolder(partial)
        try replace(target, with: partial, pid: pid)
        syncFolder(parent)
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

    /// Removes partial folders of runs that are no longer alive, and puts back an old
    /// package a crashed run had moved aside without putting the new one in its place.
    func clearLeftovers() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            for kind in ["partial", "old"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !Self.isAlive(pid) else { continue }
                let url = parent.appendingPathComponent(entry)
                if kind == "old", !FileManager.default.fileExists(atPath: target.path) {
                    _ = rename(url.path, target.path)
                } else {
                    try? FileManager.default.removeItem(at: url)
                }
            }
        }
    }

    /// Creates `url` and any missing folders above it. With mkdir itself, so a failure says
    /// what the system said ("Not a directory", "Permission denied") about the folder that
    /// could not be made, where Foundation says "The operation could not be completed".
    func ensureFolder(_ url: URL) throws(Failure) {
        var path = ""
        for component in url.standardizedFileURL.pathComponents {
            path = component == "/" ? "/" : (path.hasSuffix("/") ? path : path + "/") + component
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(URL(fileURLWithPath: path), errno) }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw failure(URL(fileURLWithPath: path), ENOTDIR)
            }
        }
    }

    func writeDurably(_ data: Data, to url: URL) throws(Failure) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(url, errno) }
        defer { close(descriptor) }
        var written = 0
        let result: Int32 = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return fsync(descriptor) == 0 ? 0 : errno
        }
        guard result == 0 else { throw failure(url, result) }
    }

    func syncFolder(_ url: URL) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    func failure(_ url: URL, _ code: Int32) -> Failure {
        Failure(path: url.path, reason: String(cString: strerror(code)))
    }

    static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    static let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE, from <linux/fs.h>

    /// glibc's renameat2, found at run time: Swift's Glibc module leaves it out (_GNU_SOURCE).
    static let renameExchange: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
}
