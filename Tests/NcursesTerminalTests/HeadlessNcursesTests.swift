import Foundation
import Testing
@testable import NcursesTerminal
import TerminalUI

/// Real ncurses, headless: `newterm` on /dev/null, then the cells are read back from curses.
extension CursesTests {
    @Suite("ncurses backend, headless")
    struct HeadlessNcursesTests {
        static func withTerminal(_ body: (NcursesTerminal) throws -> Void) throws {
            setenv("LC_ALL", "C.UTF-8", 1)
            let output = try #require(fopen("/dev/null", "w"))
            let input = try #require(fopen("/dev/null", "r"))
            defer { fclose(output); fclose(input) }
            let terminal = try NcursesTerminal(headless: (input, output, "xterm-256color"))
            defer { terminal.close() }
            try body(terminal)
        }

        @Test("Wide characters, å/ä/ö and styles reach curses cell for cell")
        func cells() throws {
            try Self.withTerminal { terminal in
                #expect(terminal.supportsUnicode)
                var buffer = Buffer(size: terminal.size)
                buffer.write("Förskola 日本", x: 0, y: 0, style: Style(bold: true))
                buffer.write("Å", x: 2, y: 1, style: Style(foreground: .white, background: .blue))
                buffer.write("esc\u{1B}", x: 0, y: 2)
                terminal.draw(buffer)

                #expect(terminal.cell(x: 1, y: 0)?.text == "ö")
                #expect(terminal.cell(x: 1, y: 0)?.bold == true)
                #expect(terminal.cell(x: 9, y: 0)?.text == "日")
                #expect(terminal.cell(x: 11, y: 0)?.text == "本")
                let colored = try #require(terminal.cell(x: 2, y: 1))
                #expect(colored.text == "Å")
                #expect(colored.pair != 0)
                #expect(terminal.cell(x: 3, y: 2)?.text == "␛")
                #expect(terminal.cell(x: 3, y: 2)?.reverse == true)
            }
        }

        @Test("Only changed rows are rewritten, and a later frame replaces an earlier one")
        func redraw() throws {
            try Self.withTerminal { terminal in
                var first = Buffer(size: terminal.size)
                first.write("Första", x: 0, y: 0)
                first.write("Oförändrad", x: 0, y: 1)
                terminal.draw(first)
                var second = first
                second.fill(Rect(x: 0, y: 0, width: terminal.size.width, height: 1))
                second.write("Andra", x: 0, y: 0)
                terminal.draw(second)
                #expect(terminal.cell(x: 0, y: 0)?.text == "A")
                #expect(terminal.cell(x: 5, y: 0)?.text == " ")
                #expect(terminal.cell(x: 0, y: 1)?.text == "O")
            }
        }

        @Test("Keys decode: control letters, Enter, Escape, Backspace, F-keys, arrows, resize")
        func decoding() {
            #expect(NcursesTerminal.decode(character: 19) == .control("s"))
            #expect(NcursesTerminal.decode(character: 13) == .enter)
            #expect(NcursesTerminal.decode(character: 27) == .escape)
            #expect(NcursesTerminal.decode(character: 127) == .backspace)
            #expect(NcursesTerminal.decode(character: 0xE5) == .character("å"))
            #expect(NcursesTerminal.decode(functionKey: KEY_UP) == .up)
            #expect(NcursesTerminal.decode(functionKey: KEY_RESIZE) == .resize)
            #expect(NcursesTerminal.decode(functionKey: sc_key_f(10)) == .function(10))
        }
    }
}

import CNcursesw
