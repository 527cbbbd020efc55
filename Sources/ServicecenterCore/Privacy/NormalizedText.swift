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
            if let unit = Self.plainUnit(scalar) {
                units.append(unit)
                origins.append(index)
                continue
            }
            // One Unicode property lookup costs more than the rest of a character's work, and
            // asking Foundation for NFKC microseconds: the general category settles digits of
            // any script and width, dashes, spaces and invisible marks; only what is left and
            // changes under NFKC (fullwidth `＠` and letters, superscript digits) is mapped.
            let unit = Self.unit(scalar, category: scalar.properties.generalCategory)
            if unit == .other(scalar), scalar.properties.changesWhenNFKCCaseFolded {
                for mapped in String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars {
                    if let unit = Self.plainUnit(mapped) ?? Self.unit(mapped, category: mapped.properties.generalCategory) {
                        units.append(unit)
                        origins.append(index)
                    }
                }
            } else if let unit {
                units.append(unit)
                origins.append(index)
            }
        }
    }

    /// ASCII and the Latin-1 letters (å, ä, ö, é …), which need no property lookup; nil otherwise.
    private static func plainUnit(_ scalar: Unicode.Scalar) -> Unit? {
        switch scalar.value {
        case 0x30...0x39: return .digit(Int(scalar.value) - 0x30)
        case 0x20, 0x09...0x0D: return .space
        case 0x2D: return .dash
        case 0x00...0x7F, 0xC0...0xFF: return .other(scalar)
        default: return nil
        }
    }

    /// Any other character by its general category; nil for one that is left out.
    private static func unit(_ scalar: Unicode.Scalar, category: Unicode.GeneralCategory) -> Unit? {
        switch category {
        case .decimalNumber: return .digit(Int(scalar.properties.numericValue ?? 0))
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .dashPunctuation: return .dash
        // Invisible (a zero-width space, a soft hyphen) or a mark on the character before (an
        // underline, a keycap): inside a number, it must not hide it.
        case .format, .nonspacingMark, .enclosingMark: return nil
        case .control where scalar == "\u{85}": return .space // next line
        default: return scalar == "\u{2212}" ? .dash : .other(scalar) // the minus sign is a math symbol
        }
    }

    var count: Int { units.count }

    func digit(at index: Int) -> Int? {
        guard index >= 0, index < units.count, case .digit(let value) = units[index] else { return nil }
        return value
    }

    func isDigit(_ index: Int) -> Bool { digit(at: index) != nil }

    /// The unit at `index`, nil past either end.
    func unit(at index: Int) -> Unit? { units.indices.contains(index) ? units[index] : nil }

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
