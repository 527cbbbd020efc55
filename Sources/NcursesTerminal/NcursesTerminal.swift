import CNcursesw
import Foundation
import TerminalUI

/// Leaves curses mode from a crash handler: best effort, the process is dying anyway.
func restoreTerminalAfterCrash() {
    endwin()
}

/// The one terminal backend: draws a `Buffer` with ncurses and decodes its input into `Key`s.
///
/// Writes only rows that changed since the last frame and lets ncurses work out the bytes
/// (`wnoutrefresh` + `doupdate`). Colours are allocated as pairs on first use.
public final class NcursesTerminal: TerminalBackend {
    public private(set) var supportsUnicode: Bool
    public private(set) var supportsColor: Bool
    let window: UnsafeMutablePointer<WINDOW>
    let screen: OpaquePointer?
    var previous: Buffer?
    var pairs: [PairKey: Int16] = [:]
    /// The descriptor keys are read from, to tell a hang-up from a timeout.
    let inputDescriptor: Int32

    struct PairKey: Hashable {
        var foreground: Color?
        var background: Color?
    }

    /// Starts curses on the controlling terminal, or headless on the given streams (tests).
    /// - Parameter headless: `(input, output, term)` for `newterm`, e.g. /dev/null and "xterm-256color".
    public init(headless: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, term: String)? = nil) throws {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        supportsUnicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        if let headless {
            guard let screen = newterm(headless.term, headless.output, headless.input) else {
                throw TerminalError.cannotStart(term: headless.term)
            }
            self.screen = screen
            inputDescriptor = fileno(headless.input)
            set_term(screen)
        } else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
            // newterm rather than initscr: initscr exits the process on an unknown TERM.
            guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
                  let screen = newterm(nil, output, input)
            else { throw TerminalError.cannotStart(term: term) }
            self.screen = screen
            inputDescriptor = STDIN_FILENO
            set_term(screen)
        }
        cursesActive = true
        window = sc_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        // Ctrl-S and Ctrl-Q are keys here, not flow control.
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        }
        supportsColor = has_colors()
        if supportsColor {
            start_color()
            use_default_colors()
        }
        Self.defineXtermKeys()
    }

    deinit { close() }

    /// Leaves curses mode and restores the terminal. Safe to call more than once.
    public func close() {
        guard cursesActive else { return }
        endwin()
        cursesActive = false
        if let screen { delscreen(screen) }
    }

    public var size: Size { Size(width: Int(sc_getmaxx(window)), height: Int(sc_getmaxy(window))) }

    public func draw(_ buffer: Buffer) {
        let fresh = previous == nil || previous!.size != buffer.size
        if fresh { werase(window) }
        for y in 0..<buffer.size.height {
            if !fresh, let previous, (0..<buffer.size.width).allSatisfy({ previous[$0, y] == buffer[$0, y] }) { continue }
            drawRow(y, of: buffer)
        }
        if let cursor = buffer.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    /// The audible bell (or the visible one where the terminal has no sound), through curses.
    public func bell() {
        guard cursesActive else { return }
        beep()
    }

    func drawRow(_ y: Int, of buffer: Buffer) {
        var x = 0
        while x < buffer.size.width {
            let cell = buffer[x, y]
            if cell.isContinuation { x += 1; continue }
            // The bottom-right cell cannot be written without scrolling on some terminals.
            if y == buffer.size.height - 1, x == buffer.size.width - 1 { break }
            apply(cell.style)
            var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            _ = mvwaddnwstr(window, Int32(y), Int32(x), characters, Int32(characters.count - 1))
            x += 1
        }
    }

    func apply(_ style: Style) {
        var attributes = sc_attr_normal()
        if style.bold { attributes |= sc_attr_bold() }
        if style.reverse { attributes |= sc_attr_reverse() }
        if style.underline { attributes |= sc_attr_underline() }
        if style.dim { attributes |= sc_attr_dim() }
        let pair = supportsColor ? pairNumber(foreground: style.foreground, background: style.background) : 0
        wattr_set(window, attributes, pair, nil)
    }

    func pairNumber(foreground: Color?, background: Color?) -> Int16 {
        if foreground == nil, background == nil { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < sc_color_pairs() else { return 0 }
        init_pair(next, Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
        pairs[key] = next
        return next
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = wget_wch(window, &character)
        if result == KEY_CODE_YES {
            readFailures = 0
            return Self.decode(functionKey: Int32(character))
        }
        if result == OK {
            readFailures = 0
            guard case .character(let first)? = Self.decode(character: character) else { return Self.decode(character: character) }
            return .character(joiningFollowingScalars(to: first))
        }
        noteFailedRead(waitedNanoseconds: DispatchTime.now().uptimeNanoseconds - started, timeoutMilliseconds: timeoutMilliseconds)
        return nil
    }

    /// wget_wch hands over one scalar at a time, so `a` + U+0301, a decomposed `ö` or an emoji
    /// joined by U+200D arrive as several reads. The scalars already waiting that extend the
    /// cluster are read now and delivered as one `Character`; the first one that does not is
    /// pushed back for the next read.
    func joiningFollowingScalars(to first: Character) -> Character {
        var cluster = String(first)
        wtimeout(window, 0)
        while cluster.unicodeScalars.count < Self.longestCluster {
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == KEY_CODE_YES {
                ungetch(Int32(next))
                break
            }
            guard result == OK else { break }
            guard let scalar = UnicodeScalar(UInt32(next)), Self.extends(cluster, with: scalar) else {
                unget_wch(wchar_t(bitPattern: UInt32(next)))
                break
            }
            cluster.unicodeScalars.append(scalar)
        }
        return Character(cluster)
    }

    /// Scalars one typed cluster may join: a bound on a flood of combining marks.
    static let longestCluster = 32

    /// Whether `scalar` belongs to the cluster `cluster` ends with (Unicode's grapheme rules, as
    /// Swift's `String` applies them), rather than starting a new character.
    static func extends(_ cluster: String, with scalar: UnicodeScalar) -> Bool {
        guard scalar.value >= 0x20, scalar.properties.generalCategory != .control else { return false }
        var joined = cluster
        joined.unicodeScalars.append(scalar)
        return joined.count == cluster.count
    }

    /// Whether reading the terminal has failed for good: its tty is gone (the SSH session or
    /// the tmux server ended while SIGHUP was ignored, e.g. under `nohup`). A screen that keeps
    /// reading then gets an error at once, every time, and would spin a core forever.
    public private(set) var isLost = false
    /// Reads in a row that failed well before their timeout: end of file or EIO.
    var readFailures = 0
    /// Failed reads in a row after which the terminal counts as gone. A timeout waits its full
    /// time and a signal or resize interrupts a read only now and then, so this many in a row
    /// only happens when every read fails at once (a few milliseconds' worth).
    static let failuresBeforeLost = 50

    func noteFailedRead(waitedNanoseconds: UInt64, timeoutMilliseconds: Int) {
        if inputHungUp() {
            isLost = true
            return
        }
        // A read that waits for ever only comes back empty on an error; one that does not wait
        // at all comes back empty whenever no key is queued; in between, an error comes back
        // well before the timeout.
        let failedEarly = timeoutMilliseconds < 0
            || (timeoutMilliseconds > 0 && waitedNanoseconds < UInt64(timeoutMilliseconds) * 500_000)
        readFailures = failedEarly ? readFailures + 1 : 0
        if readFailures >= Self.failuresBeforeLost { isLost = true }
    }

    /// Asks the kernel, without waiting, whether the input's other end hung up or the
    /// descriptor went bad.
    func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    static func decode(functionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            for number in 1...12 where code == sc_key_f(Int32(number)) { return .function(number) }
            return nil
        }
    }

    static func decode(character: wint_t) -> Key? {
        switch character {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .control(Character(UnicodeScalar(UInt8(character) + 96)))
        default:
            guard let scalar = UnicodeScalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// tmux and many emulators send xterm sequences whatever TERM says: teach ncurses them
    /// where the terminfo entry lacks them, so F-keys and arrows work everywhere.
    static func defineXtermKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}OP", sc_key_f(1)), ("\u{1B}OQ", sc_key_f(2)), ("\u{1B}OR", sc_key_f(3)), ("\u{1B}OS", sc_key_f(4)),
            ("\u{1B}[11~", sc_key_f(1)), ("\u{1B}[12~", sc_key_f(2)), ("\u{1B}[13~", sc_key_f(3)), ("\u{1B}[14~", sc_key_f(4)),
            ("\u{1B}[15~", sc_key_f(5)), ("\u{1B}[17~", sc_key_f(6)), ("\u{1B}[18~", sc_key_f(7)), ("\u{1B}[19~", sc_key_f(8)),
            ("\u{1B}[20~", sc_key_f(9)), ("\u{1B}[21~", sc_key_f(10)), ("\u{1B}[23~", sc_key_f(11)), ("\u{1B}[24~", sc_key_f(12)),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END),
            ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE),
            ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// The text and attributes ncurses holds at a cell, for the headless smoke test.
    public func cell(x: Int, y: Int) -> (text: String, bold: Bool, reverse: Bool, pair: Int16)? {
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard sc_cell_at(window, Int32(y), Int32(x), &characters, 8, &attributes, &pair) == OK else { return nil }
        let text = String(String.UnicodeScalarView(characters.prefix { $0 != 0 }.compactMap { UnicodeScalar(UInt32(bitPattern: $0)) }))
        return (text, attributes & sc_attr_bold() != 0, attributes & sc_attr_reverse() != 0, pair)
    }
}

/// Why the terminal could not be started.
public enum TerminalError: Error, Equatable {
    case notATerminal
    case cannotStart(term: String)
}
