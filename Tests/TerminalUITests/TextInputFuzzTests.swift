import Testing
@testable import TerminalUI

/// Random Unicode, scalar by scalar as a terminal delivers it, interleaved with every editing
/// key, at field widths from 1 to 120 and in both glyph sets: the field must never trap, keep
/// its cursor inside its text and its text inside its limits, and draw within its row.
@Suite("TextInput: fuzz")
struct TextInputFuzzTests {
    static let keyCount = 300_000

    /// SplitMix64: reproducible without depending on the core's generator.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Scalars from the families that break naive text code.
    static let families: [ClosedRange<UInt32>] = [
        0x61...0x7A, 0xC5...0xF6, // ASCII and Latin-1 letters
        0x0300...0x036F, 0x20D0...0x20FF, // combining marks
        0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, // zero-width, joiners, bidi controls
        0xFE00...0xFE0F, // variation selectors
        0x1F1E6...0x1F1FF, 0x1F300...0x1F64F, 0x1F3FB...0x1F3FF, // flags, emoji, skin tones
        0x0590...0x05FF, 0x0600...0x06FF, // Hebrew, Arabic (RTL)
        0x4E00...0x4E80, 0xAC00...0xAC40, 0x1100...0x1175, // CJK, Hangul syllables and jamo
        0x00...0x1F, 0x7F...0x9F, // control characters
        0x0E00...0x0E7F, 0x0900...0x097F, // Thai, Devanagari (spacing and non-spacing marks)
    ]

    static func randomScalar(_ random: inout Generator) -> Character {
        let family = families.randomElement(using: &random)!
        var value = UInt32.random(in: family, using: &random)
        if (0xD800...0xDFFF).contains(value) { value = 0x61 }
        return Character(UnicodeScalar(value)!)
    }

    static let editingKeys: [Key] = [
        .left, .right, .home, .end, .backspace, .delete, .enter, .escape, .tab, .backTab, .up, .down,
        .pageUp, .pageDown, .function(1), .function(10), .control("a"), .control("e"), .control("u"), .control("w"), .resize,
    ]

    @Test("300,000 random scalars and editing keys: no trap, cursor and text stay in bounds, every frame fits")
    func fuzz() {
        var random = Generator(state: 2026_11_25)
        var input = TextInput(limit: 40)
        var broken: [String] = []
        var frames = 0
        for step in 0..<Self.keyCount {
            let key: Key = Int.random(in: 0..<100, using: &random) < 70
                ? .character(Self.randomScalar(&random)) : Self.editingKeys.randomElement(using: &random)!
            input.handle(key)
            if Int.random(in: 0..<5_000, using: &random) == 0 { input = TextInput(limit: Int.random(in: 1...80, using: &random)) }
            if !(0...input.text.count).contains(input.cursor) || input.text.count > input.limit
                || input.text.unicodeScalars.count > input.limit * TextInput.scalarsPerCluster {
                if broken.count < 10 { broken.append("step \(step) after \(key): cursor \(input.cursor) of \(input.text.count)") }
            }
            if step % 10 == 0 {
                let width = Int.random(in: 1...120, using: &random)
                var buffer = Buffer(size: Size(width: width, height: 2))
                buffer.glyphs = step % 20 == 0 ? .ascii : .unicode
                buffer.textField(input, in: Rect(x: 0, y: 1, width: width, height: 1), style: .plain, focused: true)
                frames += 1
                if let cursor = buffer.cursor, !(0..<width).contains(cursor.x) || cursor.y != 1, broken.count < 10 {
                    broken.append("step \(step): cursor \(cursor) outside a \(width)-wide field")
                }
                if buffer.lines().count != 2, broken.count < 10 { broken.append("step \(step): frame of \(buffer.lines().count) rows") }
            }
        }
        #expect(broken == [])
        #expect(frames == Self.keyCount / 10)
    }
}
