import Foundation
@testable import ServicecenterCore
import Testing
import TestSupport

/// A package that cannot be written names the system's own reason. The folder's making read
/// errno after building a URL, whose lookup of the path set it to ENOENT: a read-only or
/// immutable folder said "No such file or directory", and an admin went looking for a folder
/// that was there.
@Suite("PackageWriter: the reason a folder cannot be made is the system's")
struct PackageWriterReasonTests {
    /// Whether `chattr +i` works here (root, and a file system with the flag).
    static let immutableFolders: Bool = {
        let probe = TemporaryFolders.make("sc-chattr")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer {
            _ = try? Spawn.run("/usr/bin/chattr", ["-i", probe.path])
            try? FileManager.default.removeItem(at: probe)
        }
        return (try? Spawn.run("/usr/bin/chattr", ["+i", probe.path]).status) == 0
    }()

    @Test("An immutable parent: the partial folder cannot be made, and the reason is EPERM's, not ENOENT's",
          .enabled(if: immutableFolders, "chattr +i is not available here (not root, or no such flag on this file system)"))
    func immutableParent() throws {
        let parent = TemporaryFolders.make("sc-immutable")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        #expect(try Spawn.run("/usr/bin/chattr", ["+i", parent.path]).status == 0)
        defer {
            _ = try? Spawn.run("/usr/bin/chattr", ["-i", parent.path])
            try? FileManager.default.removeItem(at: parent)
        }
        let writer = PackageWriter(parent: parent, name: "2026-11-23")
        #expect {
            try writer.write([("summary.csv", "date\r\n")])
        } throws: { error in
            guard let failure = error as? PackageWriter.Failure else { return false }
            return failure.reason == String(cString: strerror(EPERM)) && failure.path.hasPrefix(parent.path)
        }
    }
}

/// Which names in an output folder are a dead run's leftovers (`PackageWriter.leftover`).
@Suite("PackageWriter: a run's leftovers by their names, and nothing else")
struct PackageWriterLeftoverNameTests {
    @Test("A day's and a period's partial and old folders are leftovers; someone's own hidden folders are not")
    func names() {
        #expect(PackageWriter.leftover(".2026-11-22.partial-123")! == ("2026-11-22", "partial", 123))
        #expect(PackageWriter.leftover(".2026-11-01_2026-11-30.old-7")! == ("2026-11-01_2026-11-30", "old", 7))
        for other in [".cache.old-1", ".2026-11-22.partial-", ".2026-11-22.partial-x", "2026-11-22.partial-5", ".2026-13-01.old-2",
                      ".2026-11-22_2026-11-30_2026-12-01.old-3", "..partial-4", ".2026-11-22.partial--1"] {
            #expect(PackageWriter.leftover(other) == nil, "\(other)")
        }
    }
}
