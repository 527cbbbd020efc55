import Foundation

/// Runs a program to completion and returns its exit status and output.
///
/// posix_spawn and a blocking waitpid for that one child, with standard input and output
/// through temporary files: Foundation's Process on Linux can miss a child's exit when
/// other children (such as a tmux server daemon) come and go in the same test process.
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: String? = nil, input: Data? = nil
    ) throws -> Result {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)").path
        let (inPath, outPath, errPath) = (base + ".in", base + ".out", base + ".err")
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())
        defer { for path in [inPath, outPath, errPath] { unlink(path) } }
        // A working directory through env -C: posix_spawn's chdir action is not in Swift's Glibc.
        let (program, arguments) = directory.map { ("/usr/bin/env", ["-C", $0, executable] + arguments) } ?? (executable, arguments)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = envp.map { env in
            env.withUnsafeBufferPointer { posix_spawn(&pid, program, &actions, nil, argv, $0.baseAddress) }
        } ?? posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError.failed(executable: executable, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (they are macros).
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: code,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    enum SpawnError: Error { case failed(executable: String, code: Int32) }
}
