import Foundation
import Testing
import TestSupport

/// A `stats dump` that fails after it began writing leaves nothing of its own behind: no
/// `.DATE.partial-PID` folder (it used to stay with an empty datapackage.json until the next
/// run for that date) and no output folder it made; the previous package stays as it was.
@Suite("stats dump: a failed run leaves no partial behind", .endsWhatItStarts)
struct FailedDumpCleanupTests {
    static let logArguments = ["log", "--channel", "phone", "--category", "avfall"]

    /// Every file under `url` with its contents, by path relative to `url`.
    func snapshot(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = FileManager.default.subpaths(atPath: url.path) ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let full = url.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = try Data(contentsOf: full)
        }
        return files
    }

    @Test("A full disk (a 2 MB tmpfs, as root): exit 80, no partial left, the old package byte for byte, a new output folder removed",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func diskFullLeavesNoPartial() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        let disk = try SmallDisk(in: sandbox, megabytes: 2)
        defer { disk.unmount() }
        let mount = disk.mount
        let out = mount.appendingPathComponent("out")
        let first = try sandbox.run("stats", "dump", "--date", "today", "--out", out.path)
        try #require(first.status == 0, "\(first.stderr)")
        let package = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { !$0.hasPrefix(".") })
        let before = try snapshot(out.appendingPathComponent(package))
        #expect(before["datapackage.json"]?.isEmpty == false)
        // A second contact makes the new package differ, so "unchanged" means the old one stayed.
        #expect(try sandbox.run(arguments: Self.logArguments).status == 0)
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(mount.appendingPathComponent("filler").path)", "bs=4k"])

        let failed = try sandbox.run("stats", "dump", "--date", "today", "--out", out.path)
        #expect(failed.status == 80, "\(failed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [package])
        #expect(try snapshot(out.appendingPathComponent(package)) == before)

        // An output folder the failed run made itself is gone too, and so is its parent it made.
        let fresh = mount.appendingPathComponent("new/stats")
        let failedFresh = try sandbox.run("stats", "dump", "--date", "today", "--out", fresh.path)
        #expect(failedFresh.status == 80, "\(failedFresh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: mount.appendingPathComponent("new").path))

        // Space freed: the next run writes the new package, with nothing to clear first.
        _ = try Spawn.run("/usr/bin/rm", ["-f", mount.appendingPathComponent("filler").path])
        let retried = try sandbox.run("stats", "dump", "--date", "today", "--out", out.path)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [package])
        #expect(try snapshot(out.appendingPathComponent(package)) != before)
    }
}
