import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// A screen whose terminal is gone (SIGHUP ignored, then the SSH session or tmux ended) must
/// end with the draft kept, not poll the dead terminal forever (issue 16: a full core, for days).
@Suite("Screens: a lost terminal")
struct TerminalLostTests {
    /// Fails the run rather than hanging the test when the loop does not notice.
    static func bounded(_ backend: TestBackend) -> () -> Int32 {
        var waits = 0
        backend.waited = { _ in
            waits += 1
            backend.isLost = true
        }
        return { waits > 1_000 ? SIGUSR1 : 0 }
    }

    @Test("The desk: the keys typed so far are kept as a draft and the run ends as a hang-up (129)")
    func desk() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let backend = TestBackend(size: Size(width: 80, height: 24))
        backend.keys = "förs".map { .character($0) } + [.character("k"), .character("o\u{308}")]
        let runner = ProgramFixtures.desk(store: store, backend: backend, signals: ProgramSignals(stop: Self.bounded(backend)))
        #expect(runner.run() == 128 + SIGHUP)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.search == "förskö")
        #expect(try store.presence().allSatisfy { $0.user != "anna" }, "the guide is logged out on the staff list")
    }

    @Test("The dashboard ends the same way")
    func dashboard() throws {
        let store = try ScriptedStore()
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let runner = ProgramFixtures.dashboard(store: store, backend: backend, signals: ProgramSignals(stop: Self.bounded(backend)))
        #expect(runner.run() == 128 + SIGHUP)
    }
}
