import Foundation
import TerminalUI

/// What the program loop learns outside the screen's own effects, handed to the screen as one
/// of its messages: keys, time, the terminal's size, the store, signals, the end.
public enum ProgramEvent: Sendable, Equatable {
    case key(Key)
    /// The time, after every wait for a key: a screen always knows it (a contact starts now,
    /// not at the last redraw), though the loop redraws only when its clock would show it.
    case tick(Date)
    case resized(Size)
    /// Another process committed to the store since the last look.
    case storeChanged
    /// Ctrl-C arrived as a signal (SIGINT) rather than a key.
    case interrupted
    /// The program is ending, and why: the screen's last word (keep a draft, sign out).
    case ending(ProgramEnd)
}

/// Why a program ended, and the exit status that says so to a script or service manager.
public enum ProgramEnd: Sendable, Equatable {
    /// The screen asked to end (F10, Q).
    case quit
    /// Ctrl-C ended it (the desk asks first while a contact is open).
    case interrupted
    /// A stop signal (SIGTERM, SIGHUP) arrived.
    case signal(Int32)
    /// The terminal went away while SIGHUP was ignored: ended as the hang-up it amounts to.
    case terminalLost

    /// 0 for a quit, otherwise 128 + the signal, as a shell reports a process a signal ended.
    public var exitStatus: Int32 {
        switch self {
        case .quit: 0
        case .interrupted: 128 + SIGINT
        case .signal(let signal): 128 + signal
        case .terminalLost: terminalLostStatus
        }
    }
}
