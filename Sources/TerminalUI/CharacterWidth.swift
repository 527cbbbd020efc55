/// How many terminal columns a character takes: 0, 1 or 2.
///
/// Our own table rather than libc's `wcwidth`, so the answer does not depend on the
/// process locale and the in-memory buffer agrees with every terminal we draw to.
public enum CharacterWidth {
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 1 } // shown as a placeholder
        if isZeroWidth(value) { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 } // emoji presentation
        return isWide(value) ? 2 : 1
    }

    /// Columns a whole string takes in Unicode mode: `DisplayWidth.of(text)`, the one measure.
    public static func of(_ text: some StringProtocol) -> Int {
        DisplayWidth.of(text)
    }

    static func isZeroWidth(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE00...0xFE0F).contains(value) || value == 0x00AD
    }

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
