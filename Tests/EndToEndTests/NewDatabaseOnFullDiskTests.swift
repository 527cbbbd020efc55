import Foundation
import Testing

/// `log` on a new database on a full disk exits 80 and leaves nothing it made (it left a 0-byte
/// file and its folders), so the retry after freeing space starts clean and works.
@Suite("log: a new database on a full disk leaves nothing behind", .endsWhatItStarts)
struct NewDatabaseOnFullDiskTests {
    @Test("A full 1 MB tmpfs (as root): exit 80, no file or folder left; space freed, the same command works",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func fullDiskNewDatabase() throws {
        let sandbox = try Sandbox()
        let mount = sandbox.root.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = try Spawn.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.path])
        try #require(mounted.status == 0, "\(mounted.stderr)")
        defer { _ = try? Spawn.run("/usr/bin/umount", [mount.path]) }
        let filler = mount.appendingPathComponent("filler").path
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4k"])
        let path = mount.appendingPathComponent("site/db/new.sqlite").path
        let arguments = ["log", "--channel", "phone", "--category", "avfall", "--database", path]
        let failed = try sandbox.run(arguments: arguments)
        #expect(failed.status == 80, "\(failed.stderr)")
        #expect(failed.stderr.contains(path) && failed.stderr.contains("Frigör utrymme"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["filler"])
        _ = try Spawn.run("/usr/bin/rm", ["-f", filler])
        let retried = try sandbox.run(arguments: arguments)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
