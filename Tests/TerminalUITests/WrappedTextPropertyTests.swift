import Testing
@testable import TerminalUI

/// Random prose at random widths: what a guide reads aloud must wrap, never be cut.
@Suite("Wrapped text: property test")
struct WrappedTextPropertyTests {
    static let swedish = [
        "bygglov", "ansökan", "förskoleplats", "hämtning", "ärendet", "överlämnas", "Örebro", "vägledning", "tillbyggnad",
        "e-tjänsten", "och", "i", "på", "frågor", "om", "ett", "pågående", "handläggare", "bostadsanpassningsbidrag",
        "skilsmässa", "å", "ö", "2026-11-26", "(F7)", "·", "→", "–",
    ]
    static let odd = [
        "日本語の案内", "한국어", "👩‍👩‍👧", "e\u{0301}tude", "Ångström\u{0308}", "a\u{200B}b", "Straße",
        "Donaudampfschifffahrtsgesellschaftskapitänswitwe", String(repeating: "x", count: 230), String(repeating: "日", count: 130),
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        var text = ""
        let words = Int.random(in: 0...60, using: &random)
        for index in 0..<words {
            let roll = Int.random(in: 0..<100, using: &random)
            let word = roll < 75 ? swedish.randomElement(using: &random)! : odd.randomElement(using: &random)!
            if index > 0 {
                let gap = Int.random(in: 0..<100, using: &random)
                text += gap < 85 ? " " : (gap < 92 ? "\n" : (gap < 96 ? "  " : "\t"))
            }
            text += word
        }
        return text
    }

    @Test("10,000 texts at widths 20…200: lines fit, the words come back in order, nothing ends in …")
    func wrapping() {
        var random = SeededRandom(seed: 0x5EC7_17)
        var problems: [String] = []
        var hardBreaks = 0
        for run in 0..<10_000 {
            let text = Self.randomText(&random)
            let width = Int.random(in: 20...200, using: &random)
            let ascii = run % 10 == 0
            let lines = WrappedText(text, width: width, ascii: ascii).lines
            for line in lines where Buffer.displayWidth(line, ascii: ascii) > width {
                problems.append("run \(run): line of \(Buffer.displayWidth(line, ascii: ascii)) cells at width \(width): \(line)")
            }
            for line in lines where line.hasSuffix("…") && !text.contains("…") { problems.append("run \(run): ends in …: \(line)") }
            // Joined back: the same characters in the same order, only the breaks differ.
            let before = WrappedText.words(text).joined()
            let after = lines.flatMap { WrappedText.words($0) }.joined()
            if before != after { problems.append("run \(run): words changed at width \(width)") }
            // A word that fits a line is never broken.
            let unbroken = Set(lines.flatMap { WrappedText.words($0).map(String.init) })
            for word in WrappedText.words(text) where Buffer.displayWidth(word, ascii: ascii) <= width {
                if !unbroken.contains(String(word)) { problems.append("run \(run): \(word) was broken at width \(width)") }
            }
            if WrappedText.words(text).contains(where: { Buffer.displayWidth($0, ascii: ascii) > width }) { hardBreaks += 1 }
            // Explicit line breaks are kept: at least one line per paragraph.
            let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            if lines.count < paragraphs { problems.append("run \(run): \(paragraphs) paragraphs gave \(lines.count) lines") }
            if problems.count > 10 { break }
        }
        #expect(problems == [])
        #expect(hardBreaks > 50, "the texts must include words longer than the width")
    }

    @Test("3,000 texts drawn into random areas: every cell inside, no …, a sign exactly when text is hidden")
    func drawing() {
        var random = SeededRandom(seed: 0xD2A7)
        var problems: [String] = []
        var scrolled = 0
        for run in 0..<3_000 {
            let text = Self.randomText(&random).replacingOccurrences(of: "…", with: "")
            let width = Int.random(in: 20...200, using: &random)
            let height = Int.random(in: 1...12, using: &random)
            let offset = Int.random(in: -3...40, using: &random)
            var buffer = Buffer(size: Size(width: width + 4, height: height + 2), glyphs: run % 4 == 0 ? .ascii : .unicode)
            let area = Rect(x: 2, y: 1, width: width, height: height)
            let window = buffer.wrappedText(text, in: area, offset: offset)
            let lines = buffer.lines()
            if lines.contains(where: { $0.contains(buffer.glyphs.ellipsis) }) { problems.append("run \(run): an ellipsis") }
            // Nothing outside the area.
            for y in 0..<buffer.size.height {
                for x in 0..<buffer.size.width where !(area.x..<area.maxX).contains(x) || !(area.y..<area.maxY).contains(y) {
                    if buffer[x, y] != .blank { problems.append("run \(run): drew at \(x),\(y)") }
                }
            }
            if window.shown > height || window.first < 0 || window.first + window.shown > window.total {
                problems.append("run \(run): window \(window) for height \(height)")
            }
            let signBelow = buffer[area.maxX - 1, area.y + max(0, window.shown - 1)].text == String(buffer.glyphs.moreBelow)
            if (window.hiddenBelow > 0) != signBelow, window.shown > 0 { problems.append("run \(run): sign below \(signBelow) for \(window)") }
            if window.scrolls { scrolled += 1 }
            if problems.count > 10 { break }
        }
        #expect(problems == [])
        #expect(scrolled > 300, "many texts must be longer than their area")
    }
}

/// A small, fast, seeded generator, so a failing run can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
