import ArgumentParser
import Foundation
import NcursesTerminal
import TerminalUI

/// How a full-screen command starts and dresses its terminal: signal handlers before curses
/// (DESIGN.md says why), a clear refusal without a terminal, colours and glyphs it can show.
struct Screen {
    let terminal: NcursesTerminal

    /// - Parameter needsTerminal: the screen's own words for "run me in a terminal".
    init(needsTerminal: String) throws {
        Signals.install()
        do {
            terminal = try NcursesTerminal()
        } catch {
            printError(needsTerminal)
            throw ExitStatus.usage
        }
    }

    var theme: Theme {
        Theme.choose(terminalHasColors: terminal.supportsColor, environment: ProcessInfo.processInfo.environment)
    }

    /// The one choice of glyphs for every screen, from the terminal's locale.
    var glyphs: Glyphs { .for(unicode: terminal.supportsUnicode) }

    /// Restores the terminal and turns a runner's result (0, or 128 + a signal) into the exit.
    func finish(_ status: Int32) throws {
        terminal.close()
        if status != 0 { throw ExitCode(status) }
    }
}
