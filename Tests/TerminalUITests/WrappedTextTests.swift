import Testing
@testable import TerminalUI

@Suite("Wrapped text")
struct WrappedTextTests {
    @Test("Breaks at spaces, keeps explicit line breaks, hard-breaks only a word longer than the width")
    func breaks() {
        #expect(WrappedText("frågor om ett pågående ärende", width: 12).lines == ["frågor om", "ett pågående", "ärende"])
        #expect(WrappedText("rad ett\nrad två\n\nslut", width: 40).lines == ["rad ett", "rad två", "", "slut"])
        #expect(WrappedText("bostadsanpassningsbidrag ok", width: 10).lines == ["bostadsanp", "assningsbi", "drag ok"])
    }

    @Test("Measures display cells: a wide character is two, a combining mark none, and a wide one is never split")
    func cells() {
        #expect(WrappedText("日本語 日本語", width: 6).lines == ["日本語", "日本語"])
        #expect(WrappedText("日本語日本語", width: 5).lines == ["日本", "語日", "本語"])
        #expect(WrappedText("e\u{0301}e\u{0301}e\u{0301} ab", width: 6).lines == ["e\u{0301}e\u{0301}e\u{0301} ab"])
        // In ASCII mode a character takes the width of its transliteration: … is three dots.
        #expect(WrappedText("a … b", width: 5, ascii: true).lines == ["a …", "b"])
        #expect(WrappedText("a … b", width: 5, ascii: false).lines == ["a … b"])
    }

    @Test("Longer than its area: the last column shows ▼ (or ▲ when scrolled), nothing is cut with …")
    func scrolling() {
        let text = "Förklara när bygglov krävs och vad en komplett ansökan innehåller. Hänvisa till e-tjänsten; frågor om ett pågående ärende lämnas till bygglovshandläggare."
        var buffer = Buffer(size: Size(width: 40, height: 2))
        let window = buffer.wrappedText(text, in: buffer.area)
        #expect(window.scrolls && window.first == 0 && window.hiddenBelow > 0)
        #expect(buffer[39, 1].text == "▼" && buffer[39, 0].text == " ")
        #expect(!buffer.lines().joined().contains("…"))
        var end = Buffer(size: Size(width: 40, height: 2))
        let last = end.wrappedText(text, in: end.area, offset: 99)
        #expect(last.first == last.lastOffset && last.hiddenBelow == 0)
        #expect(end[39, 0].text == "▲" && end.lines()[1].hasSuffix("bygglovshandläggare."))
        var ascii = Buffer(size: Size(width: 40, height: 2), glyphs: .ascii)
        ascii.wrappedText(text, in: ascii.area)
        #expect(ascii[39, 1].text == "v")
    }
}
