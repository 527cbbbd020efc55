import Foundation

/// The signal that asked the program to stop (SIGTERM, SIGINT, SIGHUP, SIGQUIT), or 0.
///
/// Set from a signal handler, read by the event loop; a plain word-sized store is all a
/// handler may safely do.
nonisolated(unsafe) var pendingSignal: Int32 = 0

/// How many SIGINTs (Ctrl-C) arrived. Counted apart from `pendingSignal`: a screen with work
/// open (the desk) treats Ctrl-C as a question, not an order, and needs each one; only the
/// handler writes it, so the reader compares it with the last count it saw.
nonisolated(unsafe) var interruptCount: Int32 = 0

/// Whether curses is active, so the crash handler knows whether to restore the terminal.
nonisolated(unsafe) var cursesActive = false

public enum Signals {
    /// Installs handlers before `initscr`, so ncurses does not take them: SIGTERM, SIGINT,
    /// SIGHUP and SIGQUIT end the event loop cleanly (no SA_RESTART, so a blocked read
    /// returns); crash signals restore the terminal and then die as they would have.
    ///
    /// SIGQUIT (Ctrl-\) is a stop request here, not a crash: left to the Swift runtime, its
    /// backtrace is printed over the screen, which then runs on garbled; where the runtime's
    /// backtracer is off (setgid, SWIFT_BACKTRACE=enable=no) the default action kills the
    /// process with the terminal still raw.
    public static func install() {
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                if received == SIGINT { interruptCount &+= 1 } else { pendingSignal = received }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        unblockStopSignals()
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                if cursesActive { restoreTerminalAfterCrash() }
                var reset = sigaction()
                reset.__sigaction_handler.sa_handler = SIG_DFL
                sigaction(received, &reset, nil)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // the handler resets itself to the default before re-raising
            sigaction(signal, &action, nil)
        }
    }

    /// Unblocks the stop signals on the calling thread. A blocked mask is inherited across
    /// exec: a parent that blocks these (a test runner's worker thread, some wrappers) would
    /// keep a hang-up from ever reaching the screen, which then outlives its terminal.
    static func unblockStopSignals() {
        var stops = sigset_t()
        sigemptyset(&stops)
        for signal in stopSignals { sigaddset(&stops, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
    }

    /// The signals that end a screen as the guide's own quit would, keeping the draft.
    public static let stopSignals = [SIGTERM, SIGINT, SIGHUP, SIGQUIT]

    /// The stop signal received so far, if any; Ctrl-C counts as one here (the dashboard and
    /// the other screens have nothing open to lose).
    public static var pending: Int32 { pendingSignal != 0 ? pendingSignal : (interruptCount != 0 ? SIGINT : 0) }

    /// The stop signals other than SIGINT: for a screen that asks before Ctrl-C ends it.
    public static var pendingExceptInterrupt: Int32 { pendingSignal }

    /// How many Ctrl-Cs (SIGINT) arrived so far; a screen that asks compares it with the count it saw.
    public static var interrupts: Int32 { interruptCount }
}
