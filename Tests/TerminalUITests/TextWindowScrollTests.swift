import Testing
import TerminalUI

/// One rule for the scroll keys, shared by the desk's guidance and help and the dashboard's help.
@Suite("Text window scroll keys")
struct TextWindowScrollTests {
    @Test("↑↓ move a line, a page keeps one line in view, Home and End go to the ends, and nothing leaves the range")
    func keys() {
        let window = TextWindow(total: 20, first: 5, shown: 6)
        #expect(window.offset(after: .up) == 4)
        #expect(window.offset(after: .down) == 6)
        #expect(window.offset(after: .pageDown) == 10)
        #expect(window.offset(after: .pageUp) == 0)
        #expect(window.offset(after: .home) == 0)
        #expect(window.offset(after: .end) == 14)
        #expect(TextWindow(total: 20, first: 14, shown: 6).offset(after: .pageDown) == 14)
        #expect(TextWindow(total: 3, first: 0, shown: 6).offset(after: .end) == 0)
        #expect(window.offset(after: .enter) == nil)
        #expect(window.offset(after: .character("j")) == nil)
    }
}
