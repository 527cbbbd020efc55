import Foundation
import Testing
import TestSupport

/// A tmpfs of a few megabytes mounted in a sandbox (root only): a disk the full-disk tests can
/// fill. Call `unmount()` in a `defer`, which also keeps it alive to the end of the test.
final class SmallDisk {
    let mount: URL

    init(in sandbox: Sandbox, megabytes: Int) throws {
        mount = sandbox.root.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = try Spawn.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", mount.path])
        try #require(mounted.status == 0, "\(mounted.stderr)")
    }

    func unmount() { _ = try? Spawn.run("/usr/bin/umount", [mount.path]) }
}
