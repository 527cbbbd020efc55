import Testing
@testable import TerminalUI

/// Random text with wide, combining, control and bidirectional characters: the display-width
/// helpers measure, cut and pad exactly as `Buffer.write` draws.
@Suite("Display width: property test")
struct DisplayWidthPropertyTests {
    static let pieces = [
        "a", "Ö", "å", "ß", " ", "  ", "2026", "日本", "한", "👩‍👩‍👧", "🙂", "e\u{0301}", "\u{0308}", "\u{200B}", "\u{00AD}",
        "\u{1B}[31m", "\t", "\u{7F}", "\u{85}", "\u{202E}evil", "→", "–", "…", "ﾊ", "Ａ", "✓", "bostadsanpassning",
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// The cells `write` leaves in a buffer wide enough for anything here.
    static func written(_ text: String, glyphs: Glyphs, limit: Int? = nil) -> (cells: [Cell], columns: Int) {
        var buffer = Buffer(size: Size(width: 200, height: 1), glyphs: glyphs)
        let columns = buffer.write(text, x: 0, y: 0, limit: limit)
        return (buffer.cells, columns)
    }

    @Test("5,000 texts: width, cut and padding agree with Buffer.write, in Unicode and ASCII")
    func agreement() {
        var random = SeededRandom(seed: 0xD15_9A7)
        var problems: [String] = []
        for run in 0..<5_000 {
            let text = Self.randomText(&random)
            let ascii = run % 3 == 0
            let glyphs = Glyphs.for(unicode: !ascii)
            let buffer = Buffer(size: Size(width: 1, height: 1), glyphs: glyphs)
            let cells = Int.random(in: 0...30, using: &random)
            let width = buffer.displayWidth(of: text)
            if width != Self.written(text, glyphs: glyphs).columns { problems.append("run \(run): width \(width) of \(text.debugDescription)") }
            if !ascii, CharacterWidth.of(text) != width { problems.append("run \(run): CharacterWidth disagrees on \(text.debugDescription)") }
            let cut = buffer.truncated(text, to: cells)
            if buffer.displayWidth(of: cut) > cells { problems.append("run \(run): cut to \(cells) is wider: \(cut.debugDescription)") }
            if width <= cells, cut != text { problems.append("run \(run): a text that fits was changed") }
            // One piece per character in Unicode mode: the cut draws the very cells a limited write does.
            if !ascii, Self.written(cut, glyphs: glyphs).cells != Self.written(text, glyphs: glyphs, limit: cells).cells {
                problems.append("run \(run): cut to \(cells) draws differently from write: \(text.debugDescription)")
            }
            for alignment in [Alignment.leading, .center, .trailing] {
                let padded = buffer.padded(text, to: cells, alignment: alignment)
                if buffer.displayWidth(of: padded) != cells { problems.append("run \(run): \(alignment) padding is not \(cells) wide") }
                if Array(padded.unicodeScalars).firstRange(of: Array(cut.unicodeScalars)) == nil { problems.append("run \(run): \(alignment) padding lost the text") }
            }
            if problems.count > 10 { break }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("Wide characters are cut whole; figures line up on the right by cells, not characters")
    func examples() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.truncated("日本語", to: 4) == "日…")
        #expect(DisplayWidth.truncated("日本語", to: 1) == "…")
        #expect(DisplayWidth.truncated("abc", to: 0) == "")
        #expect(DisplayWidth.padded("e\u{0301}", to: 3, alignment: .trailing) == "  e\u{0301}")
        #expect(DisplayWidth.padded("日", to: 5, alignment: .center) == " 日  ")
        #expect(DisplayWidth.padded("→", to: 3, ascii: true) == "→ ")
        #expect(DisplayWidth.truncated("abcdef", to: 4, ascii: true, ellipsis: "~") == "abc~")
    }

    @Test("A label right-aligned in its area ends at the area's last column, whatever its characters")
    func label() {
        var buffer = Buffer(size: Size(width: 12, height: 2))
        buffer.render(Label("日本", alignment: .trailing), in: Rect(x: 2, y: 0, width: 8, height: 1))
        buffer.render(Label("för långt namn", alignment: .trailing), in: Rect(x: 2, y: 1, width: 8, height: 1))
        #expect(buffer.lines() == ["      日本", "  för lån…"])
    }
}
