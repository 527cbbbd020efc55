import Foundation
import GRDB
import Testing

/// Issue 16: Ctrl-\ (SIGQUIT) and a terminal that disappears while SIGHUP is ignored must
/// both end the desk like SIGTERM does: the draft kept, the terminal restored, the process gone.
@Suite("The desk: SIGQUIT and a vanished terminal, end to end", .enabled(if: Tmux.available, "tmux is not installed (.ci/run installs it)"))
struct QuitSignalAndHangupTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func draftPayloads() throws -> [String] {
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT payload FROM desk_draft") }
    }

    @Test("Ctrl-\\ ends the desk with 131, the terminal back in cooked mode, no crash report, and the draft offered next time",
          arguments: ["enable=no", "enable=yes"])
    func quitKey(backtrace: String) throws {
        do {
            let tmux = try sandbox.desk(extra: ["SWIFT_BACKTRACE": backtrace])
            #expect(try tmux.waitFor("Välj station").found)
            try tmux.keys("1")
            try tmux.type("sopor")
            #expect(try tmux.waitFor("Sök ärendetyp: sopor").found)
            try tmux.keys("C-\\")
            let ended = try tmux.waitFor("EXIT=131")
            #expect(ended.found, "screen:\n\(ended.screen)")
            let modes = try tmux.waitFor("TTY=")
            #expect(modes.screen.contains("TTY=icanon,echo"), "screen:\n\(modes.screen)")
            #expect(!modes.screen.contains("crashed"), "screen:\n\(modes.screen)")
        }
        let next = try sandbox.desk()
        let offer = try next.waitFor("Ett osparat utkast finns")
        #expect(offer.found, "screen:\n\(offer.screen)")
    }

    @Test("Started under a shell that ignores SIGHUP, the tmux server killed: the desk exits within seconds, draft kept")
    func vanishedTerminal() throws {
        let socket = "sc-e2e-hup-\(UUID().uuidString.prefix(8))"
        func tmux(_ arguments: [String]) throws -> String {
            try Spawn.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments).stdout
        }
        defer { _ = try? tmux(["kill-server"]) }
        var environment = sandbox.environment
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "screen"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let exitFile = sandbox.root.appendingPathComponent("exit").path
        let assignments = environment.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // The pane's own shell (the session leader) ignores SIGHUP, as nohup-style wrappers do:
        // when the terminal goes, nobody is sent a hang-up and the desk only sees its reads fail.
        let script = "trap '' HUP; env -i \(assignments) \(Tmux.quote(Sandbox.binary.path)); echo EXIT=$? > \(Tmux.quote(exitFile))"
        _ = try tmux(["new-session", "-d", "-x", "100", "-y", "30", "-s", "desk", "sh", "-c", script])
        func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "desk"])) ?? "" }
        func waitFor(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if screen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
        #expect(waitFor("Välj station"))
        _ = try tmux(["send-keys", "-t", "desk", "1"])
        _ = try tmux(["send-keys", "-t", "desk", "-l", "soptunna"])
        #expect(waitFor("Sök ärendetyp: soptunna"), "screen:\n\(screen())")
        let shell = try tmux(["display-message", "-p", "-t", "desk", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        let desk = try #require(Int32(children.split(separator: " ").first ?? ""))
        Thread.sleep(forTimeInterval: 0.3)

        _ = try tmux(["kill-server"])
        let killed = Date()
        while Date().timeIntervalSince(killed) < 5, kill(desk, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        let alive = kill(desk, 0) == 0
        if alive { kill(desk, SIGKILL) } // never leave a spinning process behind
        #expect(!alive, "the desk still ran 5 s after its terminal went away")
        Thread.sleep(forTimeInterval: 0.2)
        let status = try? String(contentsOfFile: exitFile, encoding: .utf8)
        #expect(status == "EXIT=129\n")
        #expect(try draftPayloads().contains { $0.contains("soptunna") })
        FileHandle.standardError.write(Data("hang-up: desk gone \(String(format: "%.2f", Date().timeIntervalSince(killed))) s after the terminal\n".utf8))
    }
}
