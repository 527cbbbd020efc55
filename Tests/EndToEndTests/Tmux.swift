import Foundation
import TestSupport

/// A tmux server of the test's own (its own socket), running the built binary in a pane,
/// so a test can type keys and read the screen back as a person would see it.
final class Tmux {
    let socket = "\(EndsWhatItStarts.tag ?? "sc-e2e")-\(UUID().uuidString.prefix(8))"
    let session = "desk"

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` (an argument list) in a width×height pane with `environment`.
    /// The pane stays open after the program ends, printing its exit status and the tty modes.
    init(_ command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        let assignments = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let program = command.map(Self.quote).joined(separator: " ")
        // After the program: its exit status, and whether the terminal is back in cooked mode.
        let modes = "TTY=$(stty -a | grep -o -- '-*icanon' | head -1),$(stty -a | grep -o -- ' -*echo ' | head -1 | tr -d ' ')"
        let script = "env -i \(assignments) \(program); echo EXIT=$?; echo \(modes); sleep 600"
        // The server this starts outlives the call: it must not inherit a pipe we read to its end.
        try run(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", session, "sh", "-c", script])
    }

    deinit { close() }

    /// Ends the server and waits for the program in the pane to go: `kill-server` hangs up
    /// the pane, which a desk answers by saving its draft and exiting. A program still
    /// there after five seconds is killed, so a test never leaves one behind.
    func close() {
        let program = (try? programPID()) ?? 0
        let server = (try? run(["display-message", "-p", "#{pid}"]))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        _ = try? run(["kill-server"])
        for pid in [program, server] where pid > 0 {
            let deadline = Date().addingTimeInterval(5)
            while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        }
    }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Types text literally (no key-name lookup), å, ä, ö included.
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program in the pane: the child of the pane's shell (env execs the program).
    func programPID() throws -> Int32 {
        let shell = try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return Int32(children.split(separator: " ").first ?? "") ?? 0
    }

    /// Waits until the screen shows `text`; returns the screen either way, for the failure message.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> (found: Bool, screen: String) {
        try waitUntil(seconds: seconds) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `check`, reading it every 50 ms.
    func waitUntil(seconds: Double = 10, _ check: (String) -> Bool) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if check(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (false, last)
    }

    /// Runs a tmux client command and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try Spawn.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments).stdout
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

extension Sandbox {
    /// The desk in a tmux pane of its own, with a UTF-8 locale and `TERM=screen` unless `extra` says otherwise.
    func desk(width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws -> Tmux {
        try screen([], width: width, height: height, extra: extra)
    }

    /// The binary with `arguments` (the desk when empty) in a tmux pane, as `desk` sets it up.
    func screen(_ arguments: [String], width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws -> Tmux {
        var environment = self.environment
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "screen"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        return try Tmux([Sandbox.binary.path] + arguments, environment: environment, width: width, height: height)
    }
}
