import Foundation
import Testing
import TestSupport

/// `log` on a new database on a full disk exits 80 and leaves nothing it made (it left a 0-byte
/// file and its folders), so the retry after freeing space starts clean and works.
@Suite("log: a new database on a full disk leaves nothing behind", .endsWhatItStarts)
struct NewDatabaseOnFullDiskTests {
    @Test("A full 1 MB tmpfs (as root): exit 80, no file or folder left; space freed, the same command works",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func fullDiskNewDatabase() throws {
        let sandbox = try Sandbox()
        let disk = try SmallDisk(in: sandbox, megabytes: 1)
        defer { disk.unmount() }
        let mount = disk.mount
        let filler = mount.appendingPathComponent("filler").path
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4k"])
        let path = mount.appendingPathComponent("site/db/new.sqlite").path
        let arguments = ["log", "--channel", "phone", "--category", "avfall", "--database", path, "--create"]
        let failed = try sandbox.run(arguments: arguments)
        #expect(failed.status == 80, "\(failed.stderr)")
        #expect(failed.stderr.contains(path) && failed.stderr.contains("Frigör utrymme"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["filler"])
        _ = try Spawn.run("/usr/bin/rm", ["-f", filler])
        let retried = try sandbox.run(arguments: arguments)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("Twelve processes creating one new database on a full disk at once: every one exits 80, no file left",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"), .timeLimit(.minutes(2)))
    func fullDiskConcurrentCreation() throws {
        let sandbox = try Sandbox()
        let disk = try SmallDisk(in: sandbox, megabytes: 1)
        defer { disk.unmount() }
        let mount = disk.mount
        _ = try Spawn.run("/usr/bin/dd", ["if=/dev/zero", "of=\(mount.appendingPathComponent("filler").path)", "bs=4k"])
        for round in 1...3 {
            let path = mount.appendingPathComponent("round-\(round)/db/new.sqlite").path
            let statuses = Statuses()
            // Each failing creator takes back the folder it made; the others, waiting for that
            // folder's lock, must make it again rather than fail with 73 "cannot open".
            DispatchQueue.concurrentPerform(iterations: 12) { _ in
                let outcome = try? sandbox.run(arguments: ["log", "--channel", "phone", "--category", "avfall", "--database", path, "--create"])
                statuses.append(outcome.map { "\($0.status)" + ($0.status == 80 ? "" : " \($0.stderr)") } ?? "not run")
            }
            #expect(statuses.all.filter { $0 != "80" } == [], "round \(round)")
            // Empty folders may stay when two failing creators overlap; a file never does.
            let left = FileManager.default.subpaths(atPath: mount.path)?.filter { $0.contains("sqlite") } ?? []
            #expect(left == [], "round \(round)")
        }
    }
}
