import Foundation
import GRDB
import Testing
import TestSupport

/// Issue 16: Ctrl-\ (SIGQUIT) and a terminal that disappears while SIGHUP is ignored must
/// both end the desk like SIGTERM does: the draft kept, the terminal restored, the process gone.
@Suite("The desk: SIGQUIT and a vanished terminal, end to end", .endsWhatItStarts, .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct QuitSignalAndHangupTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// The desk in a tmux pane whose shell runs `prelude` first (a trap, as a login shell or a
    /// wrapper would set), then records the desk's exit status and the tty modes in files.
    final class Pane {
        let socket = "sc-e2e-quit-\(UUID().uuidString.prefix(8))"
        let exitFile: String
        let modesFile: String

        init(sandbox: Sandbox, prelude: String, extra: [String: String] = [:]) throws {
            var environment = sandbox.environment
            environment["LANG"] = "C.UTF-8"
            environment["TERM"] = "screen"
            environment["SWIFT_BACKTRACE"] = "enable=no"
            environment.merge(extra) { $1 }
            let tag = UUID().uuidString.prefix(8)
            exitFile = sandbox.root.appendingPathComponent("exit-\(tag)").path
            modesFile = sandbox.root.appendingPathComponent("modes-\(tag)").path
            let assignments = environment.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
            let modes = "TTY=$(stty -a | grep -o -- '-*icanon' | head -1),$(stty -a | grep -o -- ' -*echo ' | head -1 | tr -d ' ')"
            let script = "\(prelude); env -i \(assignments) \(Tmux.quote(Sandbox.binary.path)); echo EXIT=$? > \(Tmux.quote(exitFile));"
                + " echo \(modes) > \(Tmux.quote(modesFile)); sleep 600"
            try run(["new-session", "-d", "-x", "100", "-y", "30", "-s", "desk", "sh", "-c", script])
            shell = Int32(try run(["display-message", "-p", "-t", "desk", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        /// The pane's shell, the leader of the pane's process group.
        private(set) var shell: pid_t = 0

        /// Ends the server the hard way: `kill-server` asks it, and a server busy elsewhere may
        /// not answer; SIGKILL closes every pane's terminal at once, as a crash or OOM kill does.
        func killServer() throws {
            if let pid = Int32(try run(["display-message", "-p", "-t", "desk", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) {
                kill(pid, SIGKILL)
            }
        }

        /// The server, and the pane's shell with its `sleep`: a shell that ignores SIGHUP
        /// outlives its terminal otherwise.
        deinit {
            try? killServer()
            if shell > 0 { kill(-shell, SIGKILL) }
        }

        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            try Spawn.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments).stdout
        }

        func keys(_ keys: String...) throws { try run(["send-keys", "-t", "desk"] + keys) }
        func type(_ text: String) throws { try run(["send-keys", "-t", "desk", "-l", text]) }
        func screen() -> String { (try? run(["capture-pane", "-p", "-t", "desk"])) ?? "" }

        /// The desk's pid: the child of the pane's shell (env execs the program).
        func deskPID() throws -> Int32 {
            let shell = try run(["display-message", "-p", "-t", "desk", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            return Int32(children.split(separator: " ").first ?? "") ?? 0
        }

        func waitFor(_ text: String, seconds: Double = 10) -> (found: Bool, screen: String) {
            let deadline = Date().addingTimeInterval(seconds)
            var last = ""
            while Date() < deadline {
                last = screen()
                if last.contains(text) { return (true, last) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return (false, last)
        }

        func file(_ path: String, seconds: Double = 10) -> String? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }
    }

    func draftPayloads() throws -> [String] {
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT payload FROM desk_draft") }
    }

    @Test("Ctrl-\\ ends the desk with 131, the terminal back in cooked mode, no crash report over the screen, the draft kept",
          arguments: ["enable=no", "enable=yes"])
    func quitKey(backtrace: String) throws {
        // A login shell ignores SIGQUIT itself; the key then reaches only the desk.
        let pane = try Pane(sandbox: sandbox, prelude: "trap '' QUIT", extra: ["SWIFT_BACKTRACE": backtrace])
        #expect(pane.waitFor("Välj station").found)
        try pane.keys("1")
        try pane.type("sopor")
        #expect(pane.waitFor("Sök ärendetyp: sopor").found)
        try pane.keys("C-\\")
        let status = pane.file(pane.exitFile)
        #expect(status == "EXIT=131\n", "screen:\n\(pane.screen())")
        #expect(pane.file(pane.modesFile) == "TTY=icanon,echo\n")
        #expect(!pane.screen().contains("crashed"), "screen:\n\(pane.screen())")
        #expect(try draftPayloads().contains { $0.contains("sopor") })
    }

    @Test("Started under a shell that ignores SIGHUP, the tmux server killed: the desk exits within seconds, draft kept")
    func vanishedTerminal() throws {
        // The pane's own shell (the session leader) ignores SIGHUP, as nohup-style wrappers do:
        // when the terminal goes, nobody is sent a hang-up and the desk only sees its reads fail.
        let pane = try Pane(sandbox: sandbox, prelude: "trap '' HUP")
        #expect(pane.waitFor("Välj station").found)
        try pane.keys("1")
        try pane.type("soptunna")
        #expect(pane.waitFor("Sök ärendetyp: soptunna").found, "screen:\n\(pane.screen())")
        let desk = try pane.deskPID()
        #expect(desk > 0)
        Thread.sleep(forTimeInterval: 0.3)

        try pane.killServer()
        let killed = Date()
        while Date().timeIntervalSince(killed) < 5, kill(desk, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        let took = Date().timeIntervalSince(killed)
        let alive = kill(desk, 0) == 0
        if alive { kill(desk, SIGKILL) } // never leave a spinning process behind
        #expect(!alive, "the desk still ran 5 s after its terminal went away")
        #expect(pane.file(pane.exitFile, seconds: 2) == "EXIT=129\n")
        #expect(try draftPayloads().contains { $0.contains("soptunna") })
        FileHandle.standardError.write(Data("hang-up: desk gone \(String(format: "%.2f", took)) s after its terminal\n".utf8))
    }
}
