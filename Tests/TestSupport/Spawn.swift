import Foundation

/// Runs a program to completion and returns its exit status and output.
///
/// posix_spawn and a blocking waitpid for that one child, with standard input and output
/// through temporary files: Foundation's Process on Linux can miss a child's exit when
/// other children (such as a tmux server daemon) come and go in the same test process.
public enum Spawn {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: String? = nil, input: Data? = nil
    ) throws -> Result {
        // A working directory through env -C: posix_spawn's chdir action is not in Swift's Glibc.
        let (program, arguments) = directory.map { ("/usr/bin/env", ["-C", $0, executable] + arguments) } ?? (executable, arguments)
        return try Child.launch(program, arguments, environment: environment, input: input).finish()
    }

    public enum SpawnError: Error { case failed(executable: String, code: Int32) }
}

/// A child process started without waiting, for tests that need several at once.
public struct Child: Sendable {
    public let pid: pid_t
    public let outPath: String
    public let errPath: String

    /// Starts `program` with standard input from `input` (empty without) and its output in
    /// temporary files; `environment` nil passes the test process's own.
    ///
    /// The child starts with no signal blocked and every signal at its default action. The
    /// test runner's threads block SIGHUP, SIGINT, SIGTERM and more, and a spawned process
    /// inherits its parent thread's mask: a tmux server then never acted on `kill-server`
    /// (its SIGTERM stayed pending) and a desk never heard its terminal hang up, so both
    /// outlived the suite by hours.
    public static func launch(_ program: String, _ arguments: [String], environment: [String: String]?, input: Data? = nil) throws -> Child {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("proc-\(UUID().uuidString)").path
        let inPath = base + ".in"
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())
        defer { unlink(inPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = envp.map { env in
            env.withUnsafeBufferPointer { posix_spawn(&pid, program, &actions, &attributes, argv, $0.baseAddress) }
        } ?? posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Spawn.SpawnError.failed(executable: program, code: spawned) }
        return Child(pid: pid, outPath: base + ".out", errPath: base + ".err")
    }

    /// Waits for the child and returns its exit status (128 + the signal when killed) and output.
    public func finish() throws -> Spawn.Result {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        defer { unlink(outPath); unlink(errPath) }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (they are macros).
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Spawn.Result(status: code, stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
