import Testing
@testable import TerminalUI

@Suite("ASCII folding")
struct ASCIIFoldingTests {
    @Test("The screens' glyphs and Swedish letters read right in ASCII; nothing becomes ? that has an ASCII form")
    func glyphsAndLetters() {
        #expect(ASCIIFolding.fold("Servicecenter – Erik Johansson – Telefon · I kontakt") == "Servicecenter - Erik Johansson - Telefon | I kontakt")
        #expect(ASCIIFolding.fold("Överlämnat → Stadsbyggnad") == "Overlamnat -> Stadsbyggnad")
        #expect(ASCIIFolding.fold("↑↓ Enter · besök ⇄ teckenspråk … ✓ ✗ 80×24") == "^v Enter | besok <-> teckensprak ... + x 80x24")
        #expect(ASCIIFolding.fold("Åsa Ängel Öberg é ü ß æ ø") == "Asa Angel Oberg e u ss ae o")
        #expect(ASCIIFolding.fold("┌─┐│└┘▶▼▲█▁") == "+-+|++>v^@.")
    }

    @Test("Drawn in ASCII mode, every cell holds one printable ASCII character")
    func cells() {
        var buffer = Buffer(size: Size(width: 60, height: 1), glyphs: .ascii)
        buffer.write("Hämtning … 日本 😀 e\u{0301} \u{1B}x", x: 0, y: 0)
        for x in 0..<60 {
            let text = buffer[x, 0].text
            #expect(text.count == 1 && text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }, "cell \(x): \(text.debugDescription)")
        }
        let line = buffer.lines()[0]
        #expect(line.hasPrefix("Hamtning ... ") && line.hasSuffix(" ? e ^[x"), "\(line)")
    }
}
