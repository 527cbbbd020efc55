import Foundation
import Testing
import TestSupport

/// Issue 17: `.ci/run` called apt-get without sudo, though the README says the packages are
/// installed "as root or through sudo" (as ./run does): as an ordinary user it failed.
/// The script runs here with stand-ins for id, sudo, apt-get, frictionless and swift on its
/// PATH, so nothing is installed or built; the stand-ins say how they were called.
@Suite("The CI script installs through sudo when not root", .endsWhatItStarts)
struct CIScriptSudoTests {
    func run(uid: Int) throws -> String {
        let stand = FileManager.default.temporaryDirectory.appendingPathComponent("sc-ci-\(UUID().uuidString)")
        let bin = stand.appendingPathComponent("bin"), repository = stand.appendingPathComponent("repo/.ci")
        defer { try? FileManager.default.removeItem(at: stand) }
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Sandbox.repository.appendingPathComponent(".ci/run"), to: repository.appendingPathComponent("run"))
        let stubs = [
            "id": "echo \(uid)", "sudo": "echo \"sudo $*\" >&2", "apt-get": "echo \"apt-get $*\" >&2",
            "frictionless": "true", "swift": "true", "mktemp": "echo \(stand.path)/pg",
        ]
        // Written close-on-exec: a process another test starts meanwhile must not hold them open
        // for writing, or running one fails with "Text file busy".
        for (name, body) in stubs {
            try Sandbox.writeExecutable(bin.appendingPathComponent(name).path, "#!/bin/sh\n\(body)\n")
        }
        // The throwaway PostgreSQL cluster's script, as a stand-in that starts nothing.
        let scripts = stand.appendingPathComponent("repo/scripts")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        try Sandbox.writeExecutable(
            scripts.appendingPathComponent("postgres-test-cluster").path,
            "#!/bin/sh\n[ \"$1\" = start ] && echo postgresql://postgres@127.0.0.1:1/postgres\nexit 0\n")
        // Only the stand-ins and the shell's own tools: tmux is then missing, so it installs.
        for tool in ["dirname", "python3"] {
            try FileManager.default.createSymbolicLink(
                atPath: bin.appendingPathComponent(tool).path, withDestinationPath: "/usr/bin/\(tool)")
        }
        let result = try Spawn.run(
            "/bin/bash", [repository.appendingPathComponent("run").path], environment: ["PATH": bin.path, "HOME": stand.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stderr
    }

    @Test("As an ordinary user apt-get runs through sudo; as root directly")
    func sudoWhenNotRoot() throws {
        let user = try run(uid: 1000)
        #expect(user.contains("sudo apt-get update") && user.contains("sudo apt-get install"), "\(user)")
        #expect(!user.split(separator: "\n").contains { $0.hasPrefix("apt-get") }, "\(user)")
        let root = try run(uid: 0)
        #expect(root.contains("apt-get update") && !root.contains("sudo"), "\(root)")
    }
}
