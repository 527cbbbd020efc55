import Foundation
import Testing
import TestSupport

/// The setgid install (README, "Files and a shared host"), tried as a hostile local user: a copy of
/// the binary setgid to a group the user is not in, run as `nobody`.
@Suite("A setgid install, end to end", .endsWhatItStarts, .enabled(if: getuid() == 0, "needs root to make a setgid copy and switch user"))
struct SetgidInstallTests {
    @Test("A caller's own --config or SERVICECENTER_CONFIG (naming themselves admin) is refused before anything is read")
    func ownConfiguration() throws {
        let sandbox = try Sandbox()
        let root = sandbox.root.path
        chmod(root, 0o755)
        let binary = root + "/servicecenter"
        // Copied by cp, not in this process: a write descriptor open here while another test
        // spawns would be inherited by that child, and exec would fail with "text file busy".
        #expect(try Spawn.run("/bin/cp", [Sandbox.binary.path, binary]).status == 0)
        #expect(chown(binary, 0, 1) == 0 && chmod(binary, 0o2755) == 0) // group daemon, setgid
        // The caller's configuration: the shipped one with nobody as admin.
        let evil = root + "/evil"
        try FileManager.default.copyItem(atPath: Sandbox.repository.appendingPathComponent("Config").path, toPath: evil)
        let operators = evil + "/operators.toml"
        try (try String(contentsOfFile: operators, encoding: .utf8) + "\n[[operator]]\nuser = \"nobody\"\nname = \"Eve\"\nrole = \"admin\"\n")
            .write(toFile: operators, atomically: true, encoding: .utf8)
        _ = try Spawn.run("/bin/chmod", ["-R", "a+rX", evil])

        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]
        let plain = ["PATH": "/usr/bin:/bin", "HOME": root, "LANG": "C.UTF-8"]
        for (arguments, environment, named) in [
            (["stats", "--by", "operator", "--config", evil], plain, "--config"),
            (["stats", "--by", "operator"], plain.merging(["SERVICECENTER_CONFIG": evil]) { $1 }, "SERVICECENTER_CONFIG"),
            (["config", "check", "--config", evil], plain, "--config"),
        ] {
            let outcome = try Spawn.run("/usr/bin/setpriv", nobody + [binary] + arguments, environment: environment)
            #expect(outcome.status == 77, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains(named) && outcome.stderr.contains("/etc/servicecenter"), "\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
        // Not installed setgid, the same user may use a configuration of their own.
        chmod(binary, 0o755)
        let ordinary = try Spawn.run(
            "/usr/bin/setpriv", nobody + [binary, "config", "check", "--config", evil], environment: plain)
        #expect(ordinary.status == 0, "\(ordinary.stderr)")
    }
}
