import Foundation
import TestSupport

/// Runs the built `servicecenter` binary as a user would, in a sandbox of its own:
/// a temporary HOME, database and (when asked) configuration directory.
struct Sandbox {
    let root: URL
    var environment: [String: String]
    /// A command that runs the binary as another user, e.g. `setpriv --reuid=65534 …`.
    var wrapper: [String] = []

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary SwiftPM built beside the test bundle.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("servicecenter")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repository.appendingPathComponent(".build/debug/servicecenter")
    }()

    init() throws {
        // The test's tag (when it has one) in the path, so its processes can be found afterwards.
        let prefix = EndsWhatItStarts.tag ?? "sc-e2e"
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": root.appendingPathComponent("home").path,
            "USER": "anna",
            "SERVICECENTER_CONFIG": Self.repository.appendingPathComponent("Config").path,
            "SERVICECENTER_DATABASE": root.appendingPathComponent("servicecenter.sqlite").path,
        ]
    }

    var databasePath: String { environment["SERVICECENTER_DATABASE"]! }

    /// Makes the sandbox's database, empty, as a new site does (`import --create` of nothing):
    /// only the desk, demo, log and import make one; every other command meets a missing one
    /// with exit 69.
    func startSite() throws {
        let outcome = try run("import", "--create", "-", input: Data())
        precondition(outcome.status == 0 && (databasePath.hasPrefix("postgresql://") || FileManager.default.fileExists(atPath: databasePath)), "\(outcome.status) \(outcome.stderr)")
    }

    /// A copy of the shipped configuration that a test may break.
    mutating func copyConfiguration() throws -> URL {
        let copy = root.appendingPathComponent("Config")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Config"), to: copy)
        environment["SERVICECENTER_CONFIG"] = copy.path
        return copy
    }

    func file(_ name: String, _ text: String) throws -> String {
        let path = root.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A script to run, written through a close-on-exec descriptor: a process another test
    /// spawned meanwhile would otherwise keep it open for writing, and running it failed with
    /// "Text file busy" now and then.
    func executable(_ name: String, _ text: String) throws -> String {
        try Self.writeExecutable(root.appendingPathComponent(name).path, text)
    }

    /// Writes the script `text` at `path` as `executable` does, anywhere.
    @discardableResult
    static func writeExecutable(_ path: String, _ text: String) throws -> String {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw POSIXError(.EIO) }
        chmod(path, 0o755)
        return path
    }

    @discardableResult
    func run(_ arguments: String..., input: Data? = nil, in directory: URL? = nil) throws -> Outcome {
        try run(arguments: arguments, input: input, in: directory)
    }

    @discardableResult
    func run(arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Outcome {
        let program = wrapper.first ?? Self.binary.path
        let rest = wrapper.isEmpty ? arguments : Array(wrapper.dropFirst()) + [Self.binary.path] + arguments
        let result = try Spawn.run(program, rest, environment: environment, directory: (directory ?? root).path, input: input)
        return Outcome(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// Runs as another login user (`USER`), e.g. "admin" for the commands only an admin may run.
    @discardableResult
    func run(as user: String, _ arguments: String..., input: Data? = nil) throws -> Outcome {
        var other = self
        other.environment["USER"] = user
        return try other.run(arguments: arguments, input: input)
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }
}
