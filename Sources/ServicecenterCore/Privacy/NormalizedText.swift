import Foundation

/// Free text as a reader sees it, for finding personal data however it was typed: each
/// scalar in Unicode compatibility form (NFKC: fullwidth `８` is `8`, `＠` is `@`), a digit of
/// any script by its value, every dash (Pd, and the minus sign U+2212) one dash, every space
/// or line break (no-break space included) one space, and invisible format characters (soft
/// hyphen, zero-width space) and combining marks left out. Each unit remembers the scalar of
/// the original text it came from, so a match is replaced there and the rest stays as typed.
struct NormalizedText {
    /// One character after normalising.
    enum Unit: Equatable {
        case digit(Int)
        case space
        case dash
        case other(Unicode.Scalar)
    }

    var units: [Unit] = []
    /// For each unit, the index of the original scalar it came from.
    var origins: [Int] = []

    init(_ scalars: [Unicode.Scalar]) {
        units.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isASCII || (0xC0...0xFF).contains(scalar.value) {
                // ASCII and the Latin-1 letters (å, ä, ö, é …) have no compatibility mapping.
                append(scalar, from: index)
            } else {
                for mapped in String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars {
                    append(mapped, from: index)
                }
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, from index: Int) {
        let unit: Unit
        if scalar.value >= 0x30, scalar.value <= 0x39 {
            unit = .digit(Int(scalar.value) - 0x30)
        } else if scalar.isASCII {
            unit = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
                ? .space : scalar == "-" ? .dash : .other(scalar)
        } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
            unit = .digit(Int(value))
        } else if scalar.properties.isWhitespace {
            unit = .space
        } else if scalar.properties.generalCategory == .dashPunctuation || scalar == "\u{2212}" {
            unit = .dash
        } else if [.format, .nonspacingMark, .enclosingMark].contains(scalar.properties.generalCategory) {
            // Invisible (a zero-width space, a soft hyphen) or a mark on the character before
            // (an underline, a keycap): inside a number, it must not hide it.
            return
        } else {
            unit = .other(scalar)
        }
        units.append(unit)
        origins.append(index)
    }

    var count: Int { units.count }

    func digit(at index: Int) -> Int? {
        guard index >= 0, index < units.count, case .digit(let value) = units[index] else { return nil }
        return value
    }

    func isDigit(_ index: Int) -> Bool { digit(at: index) != nil }

    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index >= 0, index < units.count else { return nil }
        switch units[index] {
        case .digit(let value): return Unicode.Scalar(UInt8(0x30 + value))
        case .space: return " "
        case .dash: return "-"
        case .other(let scalar): return scalar
        }
    }

    /// The original scalars that units `range` came from.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
    }
}

/// Replacements of ranges of original scalars, applied from the last so earlier ranges stay put.
struct ScalarEdits {
    private var edits: [(range: Range<Int>, replacement: [Unicode.Scalar])] = []

    var isEmpty: Bool { edits.isEmpty }

    mutating func replace(_ range: Range<Int>, with replacement: String) {
        edits.append((range, Array(replacement.unicodeScalars)))
    }

    func apply(to scalars: inout [Unicode.Scalar]) {
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            scalars.replaceSubrange(edit.range, with: edit.replacement)
        }
    }
}
