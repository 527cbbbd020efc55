import Foundation
import Testing
@testable import NcursesTerminal

@Suite("Signals")
struct SignalsTests {
    // The handlers themselves are not installed here: in the test process they would swallow
    // Ctrl-C and the runtime's crash reports. `install` calls this first.
    @Test("The screen unblocks the stop signals a parent may have blocked, so a hang-up reaches it")
    func unblocksStopSignals() async throws {
        // On a thread of its own, as the screen's main thread would be, with the mask a test
        // runner's worker thread hands its children.
        let blockedAfter = await withCheckedContinuation { continuation in
            Thread {
                var all = sigset_t()
                sigfillset(&all)
                pthread_sigmask(SIG_BLOCK, &all, nil)
                Signals.unblockStopSignals()
                var now = sigset_t()
                pthread_sigmask(SIG_BLOCK, nil, &now)
                continuation.resume(returning: Signals.stopSignals.filter { sigismember(&now, $0) == 1 })
            }.start()
        }
        #expect(blockedAfter.isEmpty, "still blocked: \(blockedAfter)")
    }
}
