import Foundation
import Testing
@testable import NcursesTerminal
import TerminalUI

/// Real ncurses reading keys from a pipe: what a terminal sends goes in one end, `Key`s come
/// out. Closing the writing end is what a vanished terminal looks like to a reader.
extension CursesTests {
    @Suite("ncurses backend, piped input")
    struct PipedInputTests {
        /// A headless terminal reading from a pipe; `write` feeds it, `hangUp` closes the pipe.
        final class Piped {
            let terminal: NcursesTerminal
            let input: UnsafeMutablePointer<FILE>
            let output: UnsafeMutablePointer<FILE>
            var writer: Int32

            init() throws {
                setenv("LC_ALL", "C.UTF-8", 1)
                var ends: [Int32] = [0, 0]
                #expect(pipe(&ends) == 0)
                writer = ends[1]
                input = try #require(fdopen(ends[0], "r"))
                output = try #require(fopen("/dev/null", "w"))
                terminal = try NcursesTerminal(headless: (input, output, "xterm-256color"))
            }

            func write(_ text: String) {
                let bytes = Array(text.utf8)
                _ = bytes.withUnsafeBytes { Foundation.write(writer, $0.baseAddress, $0.count) }
            }

            func hangUp() {
                if writer >= 0 { Foundation.close(writer) }
                writer = -1
            }

            deinit {
                terminal.close()
                hangUp()
                fclose(input)
                fclose(output)
            }
        }

        @Test("A combining mark or a joiner that follows a character arrives with it as one Key")
        func joinsClusters() throws {
            let piped = try Piped()
            piped.write("a\u{301}bfo\u{308}👨\u{200D}👩x")
            let keys = (0..<6).compactMap { _ in piped.terminal.readKey(timeoutMilliseconds: 200) }
            #expect(keys == [.character("a\u{301}"), .character("b"), .character("f"), .character("o\u{308}"),
                             .character("👨\u{200D}👩"), .character("x")])
            #expect(!piped.terminal.isLost)
        }

        @Test("A function key right after a character is not swallowed by the joining")
        func keepsFollowingKeys() throws {
            let piped = try Piped()
            piped.write("é\u{1B}[A\u{1B}OPz")
            let keys = (0..<4).compactMap { _ in piped.terminal.readKey(timeoutMilliseconds: 200) }
            #expect(keys == [.character("é"), .up, .function(1), .character("z")])
        }

        @Test("Timeouts with the terminal still there are not a lost terminal")
        func timeoutsAreNotLoss() throws {
            let piped = try Piped()
            for _ in 0..<5 { #expect(piped.terminal.readKey(timeoutMilliseconds: 20) == nil) }
            // A read that does not wait finds nothing at once, again and again: not an error either.
            for _ in 0..<(2 * NcursesTerminal.failuresBeforeLost) { #expect(piped.terminal.readKey(timeoutMilliseconds: 0) == nil) }
            #expect(!piped.terminal.isLost)
        }

        @Test("When the terminal's other end is gone, reading says so within a few reads instead of failing silently forever")
        func hangUpIsNoticed() throws {
            let piped = try Piped()
            piped.write("q")
            #expect(piped.terminal.readKey(timeoutMilliseconds: 200) == .character("q"))
            piped.hangUp()
            let started = Date()
            var reads = 0
            while !piped.terminal.isLost, reads < 1_000 {
                _ = piped.terminal.readKey(timeoutMilliseconds: 500)
                reads += 1
            }
            #expect(piped.terminal.isLost)
            #expect(reads <= NcursesTerminal.failuresBeforeLost)
            #expect(Date().timeIntervalSince(started) < 2)
        }
    }
}
