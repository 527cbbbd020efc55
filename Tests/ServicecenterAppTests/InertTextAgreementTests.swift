import Testing
import ServicecenterCore
import TerminalUI

/// The screens (TerminalUI's `Buffer`) and the command line (Core's `InertText`) must show a
/// control character the same way. TerminalUI may import nothing but Foundation, so it keeps
/// its own copy of the rule; this test, in the one module that sees both, keeps them equal.
@Suite("InertText and the screen buffer agree")
struct InertTextAgreementTests {
    @Test("Every scalar either rule treats as unsafe gets the same placeholder from both, and safe text passes both unchanged")
    func agree() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var buffer = Buffer(size: Size(width: 4, height: 1))
            buffer.write("a" + String(scalar) + "b", x: 0, y: 0)
            let screen = buffer.lines()[0]
            let line = "a" + InertText.shown(String(scalar)) + "b"
            // Only where either side changed something: a combining mark or a wide character
            // is drawn by the buffer in its own way, and that is not this rule.
            guard InertText.isUnsafe(scalar) || screen.unicodeScalars.contains(where: { $0 == "�" || (0x2400...0x2421).contains($0.value) }) else { continue }
            if screen != line { disagreements.append("U+\(String(value, radix: 16)): screen \(screen.debugDescription), line \(line.debugDescription)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
