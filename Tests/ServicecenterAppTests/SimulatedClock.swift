import Foundation
import TerminalUI

/// Time for a run loop under test: a `TestBackend`'s every wait for a key lets its full
/// timeout pass, and the loop is asked to stop once the span is over.
final class SimulatedClock {
    private(set) var now: Date
    let end: Date

    init(from start: Date, for duration: TimeInterval) {
        now = start
        end = start.addingTimeInterval(duration)
    }

    /// A backend whose idle waits advance this clock.
    func backend(size: Size) -> TestBackend {
        let backend = TestBackend(size: size)
        backend.waited = { [weak self] milliseconds in self?.advance(milliseconds) }
        return backend
    }

    func advance(_ milliseconds: Int) { now = now.addingTimeInterval(Double(milliseconds) / 1000) }

    /// For the runner's `stopRequested`: a SIGTERM once the span is over.
    var stopWhenDone: Int32 { now >= end ? SIGTERM : 0 }
}
