import Foundation

/// Where the program loop learns of signals: the executable reads them from its handlers,
/// a test plays them.
public struct ProgramSignals {
    /// A non-zero signal number once the process was asked to stop (SIGTERM, SIGHUP …).
    public var stop: () -> Int32
    /// How many Ctrl-Cs (SIGINT) arrived so far, for a screen that asks before it quits: each
    /// new one reaches the screen as `.interrupted`.
    public var interrupts: () -> Int32

    public init(stop: @escaping () -> Int32 = { 0 }, interrupts: @escaping () -> Int32 = { 0 }) {
        self.stop = stop
        self.interrupts = interrupts
    }
}
