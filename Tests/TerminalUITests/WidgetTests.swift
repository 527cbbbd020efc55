import Testing
@testable import TerminalUI

/// The widgets a screen composes: each draws inside the area it is given and nowhere else.
@Suite("Widgets")
struct WidgetTests {
    @Test("A table puts labels in columns a gap apart, figures on the right, and stops at the area's last row")
    func table() {
        var buffer = Buffer(size: Size(width: 20, height: 4))
        let table = Table(rows: [
            [Label("Kanal"), Label("Kö", alignment: .trailing), Label("SL", alignment: .trailing)],
            [Label("Telefon"), Label("12", alignment: .trailing), Label("60 %", alignment: .trailing)],
            [Label("日本"), Label("3", alignment: .trailing), Label("100 %", alignment: .trailing)],
        ], widths: [7, 3, 5], spacing: 2)
        buffer.render(table, in: Rect(x: 1, y: 1, width: 19, height: 2))
        #expect(buffer.lines() == ["", " Kanal     Kö     SL", " Telefon   12   60 %", ""])
    }

    @Test("A bar fills from the bottom in eighths; an empty bar is blanks; every row is drawn in its style")
    func bar() {
        var buffer = Buffer(size: Size(width: 3, height: 2))
        buffer.render(VerticalBar(fraction: 0.5, style: Style(bold: true)), in: Rect(x: 0, y: 0, width: 1, height: 2))
        buffer.render(VerticalBar(fraction: 0.01), in: Rect(x: 1, y: 0, width: 1, height: 2))
        buffer.render(VerticalBar(fraction: 0, style: Style(dim: true)), in: Rect(x: 2, y: 0, width: 1, height: 2))
        #expect(buffer[0, 0].text == " " && buffer[0, 1].text == "█")
        #expect(buffer[1, 1].text == "▁")
        #expect(buffer[0, 0].style.bold && buffer[2, 0].style.dim && buffer[2, 1].style.dim)
        var ascii = Buffer(size: Size(width: 1, height: 1), glyphs: .ascii)
        ascii.render(VerticalBar(fraction: 1), in: ascii.area)
        #expect(ascii.lines() == ["@"])
    }

    @Test("The buffer's own calls draw what their widgets draw")
    func sameAsBufferCalls() {
        var called = Buffer(size: Size(width: 12, height: 5))
        called.frame(called.area, title: "Hjälp")
        called.keyHints([KeyHint("F1", "Hjälp")], in: Rect(x: 1, y: 4, width: 10, height: 1), keyStyle: .plain, labelStyle: .plain)
        var rendered = Buffer(size: Size(width: 12, height: 5))
        rendered.render(Frame(title: "Hjälp"), in: rendered.area)
        rendered.render(KeyHintBar([KeyHint("F1", "Hjälp")], keyStyle: .plain, labelStyle: .plain), in: Rect(x: 1, y: 4, width: 10, height: 1))
        #expect(called == rendered)
        #expect(called.lines()[0] == "┌ Hjälp ───┐")
    }

    @Test("Prose wraps, scrolls and signs what is hidden; Fill paints only its area")
    func prose() {
        var buffer = Buffer(size: Size(width: 10, height: 3))
        buffer.render(Fill(Style(reverse: true)), in: Rect(x: 0, y: 2, width: 10, height: 1))
        buffer.render(Prose("ett två tre fyra fem sex"), in: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(buffer.lines() == ["ett två", "tre fyra ▼", ""])
        #expect(buffer[9, 2].style.reverse && !buffer[9, 1].style.reverse)
    }
}

/// Labels stacked in a column stop at the area's last row.
@Suite("Widgets: label column")
struct LabelColumnTests {
    @Test("Three labels in two rows: the third is not drawn")
    func column() {
        var buffer = Buffer(size: Size(width: 6, height: 3))
        buffer.render(LabelColumn([Label("ett"), Label("två", alignment: .trailing), Label("tre")]), in: Rect(x: 0, y: 0, width: 6, height: 2))
        #expect(buffer.lines() == ["ett", "   två", ""])
    }
}
