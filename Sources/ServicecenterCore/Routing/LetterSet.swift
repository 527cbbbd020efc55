/// The letters of a folded word as a set of 64 bits: a–z and 0–9 each their own bit, anything
/// else sharing the rest by its value. Two sets compare in one instruction, which lets a search
/// pass over most words before measuring an edit distance.
struct LetterSet: Hashable, Sendable {
    let bits: UInt64

    init(_ scalars: [UInt32]) {
        var bits: UInt64 = 0
        for scalar in scalars { bits |= 1 << Self.bit(scalar) }
        self.bits = bits
    }

    static func bit(_ scalar: UInt32) -> UInt64 {
        switch scalar {
        case 97...122: UInt64(scalar - 97)
        case 48...57: UInt64(26 + scalar - 48)
        default: UInt64(36 + scalar % 28)
        }
    }

    /// How many of these letters `other` lacks. Never more than the distinct letters a word with
    /// `other`'s letters would have to change (shared bits only make it smaller), so "more than
    /// the tolerance" safely rules a match out.
    func missing(from other: LetterSet) -> Int { (bits & ~other.bits).nonzeroBitCount }
}
