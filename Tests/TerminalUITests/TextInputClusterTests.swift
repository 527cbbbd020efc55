import Testing
@testable import TerminalUI

/// Terminals deliver a combining mark or a joiner as a key of its own; the field must join
/// it to the character before and keep counting in clusters (issue 16: `a` + U+0301 crashed
/// the desk with an index out of range in the field).
@Suite("TextInput: grapheme clusters")
struct TextInputClusterTests {
    /// Types `text` one Unicode scalar at a time, as ncurses' wget_wch hands them over.
    static func typeScalars(_ text: String, into input: inout TextInput) {
        for scalar in text.unicodeScalars { input.handle(.character(Character(scalar))) }
    }

    static func draw(_ input: TextInput, width: Int) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: 1))
        buffer.textField(input, in: Rect(x: 0, y: 0, width: width, height: 1), style: .plain, focused: true)
        return buffer
    }

    @Test("a + U+0301 typed as two keys is one character, one step left and one backspace")
    func combiningAcute() {
        var input = TextInput()
        Self.typeScalars("a\u{301}", into: &input)
        #expect(input.text == "a\u{301}")
        #expect(input.text.count == 1)
        #expect(input.cursor == 1)
        _ = Self.draw(input, width: 10)
        input.handle(.left)
        #expect(input.cursor == 0)
        input.handle(.end)
        input.handle(.backspace)
        #expect(input.text.isEmpty)
        #expect(input.cursor == 0)
    }

    @Test("A decomposed förskola, a ZWJ family and flags typed scalar by scalar, then edited in the middle")
    func decomposedAndJoined() {
        var input = TextInput()
        Self.typeScalars("fo\u{308}rskola", into: &input)
        #expect(input.text.count == 8)
        #expect(input.cursor == 8)
        #expect(Self.draw(input, width: 20).lines()[0].hasPrefix("fo\u{308}rskola"))
        // A combining mark typed in the middle joins the character left of the cursor.
        input.handle(.home)
        input.handle(.right)
        input.handle(.character("\u{301}"))
        #expect(input.text == "f\u{301}o\u{308}rskola")
        #expect(input.cursor == 1)

        var family = TextInput()
        Self.typeScalars("👨\u{200D}👩\u{200D}👧x", into: &family)
        #expect(family.text.count == 2)
        #expect(family.cursor == 2)
        family.handle(.left)
        family.handle(.backspace)
        #expect(family.text == "x")

        var flags = TextInput()
        Self.typeScalars("🇸🇪🇳🇴", into: &flags)
        #expect(flags.text.count == 2)
        flags.handle(.home)
        flags.handle(.delete)
        #expect(flags.text == "🇳🇴")
    }

    @Test("A lone zero-width joiner, a mark at the very start and control characters never break the cursor")
    func strayScalars() {
        var input = TextInput()
        input.handle(.character("\u{200D}"))
        input.handle(.character("\u{301}"))
        input.handle(.home)
        input.handle(.character("a"))
        #expect((0...input.text.count).contains(input.cursor))
        for control in ["\u{0}", "\u{1B}", "\u{7F}", "\u{9B}", "\t", "\u{301}"] as [Character] { input.handle(.character(control)) }
        #expect((0...input.text.count).contains(input.cursor))
        // Kept, but drawn as placeholders: nothing raw reaches the terminal.
        let buffer = Self.draw(input, width: 20)
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0 } })
    }

    @Test("Removing a character can join its neighbours (Hangul jamo); the cursor stays inside the text")
    func neighboursJoin() {
        var input = TextInput()
        Self.typeScalars("\u{1100}x\u{1161}", into: &input) // ᄀ x ᅡ: three clusters
        #expect(input.text.count == 3)
        input.handle(.left)
        input.handle(.backspace) // removes x: ᄀ and ᅡ become 가
        #expect(input.text.count == 1)
        #expect((0...input.text.count).contains(input.cursor))
        input.handle(.delete)
        input.handle(.control("w"))
        _ = Self.draw(input, width: 4)
    }

    @Test("Combining marks cannot grow a field without end: its scalars are bounded too")
    func markFlood() {
        var input = TextInput(limit: 10)
        input.handle(.character("a"))
        for _ in 0..<10_000 { input.handle(.character("\u{301}")) }
        #expect(input.text.unicodeScalars.count <= 10 * TextInput.scalarsPerCluster)
        #expect(input.text.count == 1)
    }

    @Test("The field scrolls and places the cursor in display cells: wide CJK takes two")
    func cellsNotCharacters() {
        var input = TextInput()
        Self.typeScalars("日本語テキスト", into: &input) // 7 wide characters, 14 cells
        let buffer = Self.draw(input, width: 8)
        // After the … mark, up to 6 cells before the cursor fit: the last three characters show.
        #expect(buffer.lines()[0].hasPrefix("…キスト"))
        #expect(buffer.cursor?.x == 7)
        input.handle(.home)
        #expect(Self.draw(input, width: 8).cursor?.x == 0)
    }
}
