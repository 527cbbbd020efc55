import Foundation
import TerminalUI

/// A terminal on a simulated clock: every wait for a key lets its full timeout pass, so a
/// run loop can be left idle for minutes in a moment and its redraws counted.
final class SimulatedClockBackend: TerminalBackend {
    var size: Size
    var supportsUnicode = true
    var supportsColor = true
    private(set) var drawn: Buffer?
    private(set) var drawCount = 0
    var keys: [Key] = []
    private(set) var now: Date
    let end: Date

    init(size: Size, from start: Date, for duration: TimeInterval) {
        self.size = size
        now = start
        end = start.addingTimeInterval(duration)
    }

    func draw(_ buffer: Buffer) {
        drawn = buffer
        drawCount += 1
    }

    func readKey(timeoutMilliseconds: Int) -> Key? {
        if !keys.isEmpty { return keys.removeFirst() }
        now = now.addingTimeInterval(Double(timeoutMilliseconds) / 1000)
        return nil
    }

    /// For the runner's `stopRequested`: a SIGTERM once the simulated time is up.
    var stopWhenDone: Int32 { now >= end ? SIGTERM : 0 }
}
