import Testing
@testable import TerminalUI

@Suite("Buffer")
struct BufferTests {
    @Test("Text is clipped to its area with an ellipsis, never past the edge")
    func clipping() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        #expect(buffer.write("Förskoleplats", x: 0, y: 0, limit: 8) == 8)
        #expect(buffer.lines()[0] == "Förskol…")
        buffer.write("Bygglov", x: 6, y: 1)
        #expect(buffer.lines()[1] == "      Byg…")
        #expect(buffer.write("x", x: 0, y: 5) == 0)
    }

    @Test("Wide characters take two cells and combining marks none, so columns stay aligned")
    func widths() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        buffer.write("日本|", x: 0, y: 0)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].text == "|")
        buffer.write("e\u{0301}é|", x: 0, y: 1) // decomposed and composed é
        #expect(buffer[2, 1].text == "|")
        // A wide character that does not fit in the last column is not half-drawn.
        buffer.write("ab日", x: 0, y: 2, limit: 3)
        #expect(buffer.lines()[2] == "ab…")
        #expect(CharacterWidth.of("Åäö") == 3)
    }

    @Test("Escape sequences and control characters are shown as placeholders, never sent raw")
    func hostileText() {
        var buffer = Buffer(size: Size(width: 30, height: 2))
        buffer.write("a\u{1B}[2Jb\u{07}c\u{202E}d", x: 0, y: 0)
        let line = buffer.lines()[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(line == "a␛[2Jb␇c�d")
        #expect(buffer[1, 0].style.reverse)

        var ascii = Buffer(size: Size(width: 30, height: 1), glyphs: .ascii)
        ascii.write("x\u{1B}y", x: 0, y: 0)
        #expect(ascii.lines()[0] == "x^[y")
    }

    @Test("In ASCII mode Swedish letters are folded, not dropped")
    func asciiFallback() {
        var buffer = Buffer(size: Size(width: 30, height: 1), glyphs: .ascii)
        buffer.write("Förskola i Örebro, årskurs", x: 0, y: 0)
        #expect(buffer.lines()[0] == "Forskola i Orebro, arskurs")
    }

    @Test("Frames draw their edges and a clipped title; ASCII frames use + - |")
    func frames() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        buffer.frame(buffer.area, title: "Kontakt")
        #expect(buffer.lines() == ["┌ Kontakt ─┐", "│          │", "└──────────┘"])
        var ascii = Buffer(size: Size(width: 6, height: 3), glyphs: .ascii)
        ascii.frame(ascii.area)
        #expect(ascii.lines() == ["+----+", "|    |", "+----+"])
    }

    @Test("Key hints that do not fit are left out whole")
    func keyHints() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        buffer.keyHints([KeyHint("F1", "Hjälp"), KeyHint("F2", "Ny"), KeyHint("F10", "Avsluta")], in: buffer.area,
                        keyStyle: Style(reverse: true), labelStyle: .plain)
        #expect(buffer.lines()[0] == "F1Hjälp F2Ny")
        #expect(buffer[0, 0].style.reverse && !buffer[2, 0].style.reverse)
    }

    @Test("Paragraphs wrap at words inside their area")
    func paragraphs() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        let rows = buffer.paragraph("Ansökan görs i e-tjänsten senast fyra månader innan", in: buffer.area)
        #expect(rows == 3)
        #expect(buffer.lines() == ["Ansökan görs", "i e-tjänsten", "senast fyra…"])
    }

    @Test("The list keeps its selection in view")
    func listScroll() {
        var scroll = ListScroll()
        scroll.follow(selected: 7, count: 20, visible: 5)
        #expect(scroll.offset == 3)
        scroll.follow(selected: 2, count: 20, visible: 5)
        #expect(scroll.offset == 2)
        scroll.follow(selected: 0, count: 3, visible: 5)
        #expect(scroll.offset == 0)
        var buffer = Buffer(size: Size(width: 10, height: 2))
        buffer.list(["a", "b", "c"], selected: 2, scroll: ListScroll(offset: 1), in: buffer.area, style: .plain, selectedStyle: Style(reverse: true))
        #expect(buffer.lines() == ["  b", "▶ c"])
        #expect(buffer[5, 1].style.reverse)
    }
}

@Suite("Text input")
struct TextInputTests {
    func typed(_ text: String, _ keys: [Key] = []) -> TextInput {
        var input = TextInput()
        for character in text { input.handle(.character(character)) }
        for key in keys { input.handle(key) }
        return input
    }

    @Test("Typing, moving and deleting by grapheme, å and é included")
    func editing() {
        #expect(typed("förskla", [.left, .left, .character("o")]).text == "förskola")
        #expect(typed("ö", [.backspace]).text == "")
        #expect(typed("café", [.home, .delete]).text == "afé")
        #expect(typed("bygg lov", [.control("w")]).text == "bygg ")
        #expect(typed("x", [.control("u")]).text == "")
        #expect(typed("abc", [.home, .right]).cursor == 1)
        #expect(TextInput("", limit: 3).text.isEmpty)
        var limited = TextInput(limit: 3)
        for character in "abcdef" { limited.handle(.character(character)) }
        #expect(limited.text == "abc")
        var other = typed("a")
        #expect(other.handle(.up) == false)
    }

    @Test("A long field scrolls to keep the cursor visible, marks the hidden start with …, and places the terminal cursor")
    func fieldScroll() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.textField(typed("abcdefghij"), in: buffer.area, style: .plain, focused: true)
        #expect(buffer.lines()[0] == "…ghij")
        #expect(buffer.cursor?.x == 5)
        // Not being typed in, a field shows its start and marks the hidden end.
        var resting = Buffer(size: Size(width: 6, height: 1))
        resting.textField(typed("abcdefghij"), in: resting.area, style: .plain, focused: false)
        #expect(resting.lines()[0] == "abcde…")
    }
}

@Suite("Themes")
struct ThemeTests {
    @Test("NO_COLOR or a terminal without colours gives the monochrome theme")
    func choice() {
        #expect(Theme.choose(terminalHasColors: true, environment: [:]).name == "color")
        #expect(Theme.choose(terminalHasColors: true, environment: ["NO_COLOR": "1"]).name == "monochrome")
        #expect(Theme.choose(terminalHasColors: true, environment: ["NO_COLOR": ""]).name == "color")
        #expect(Theme.choose(terminalHasColors: false, environment: [:]).name == "monochrome")
        #expect(Role.allCases.allSatisfy { Theme.monochrome[$0].foreground == nil && Theme.monochrome[$0].background == nil })
    }
}
