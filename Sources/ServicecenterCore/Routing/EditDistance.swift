/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.
///
/// Swaps count as one edit because they are the commonest typing slip ("förksola").
/// `limit` lets a search stop early once two words are too far apart to matter.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        distance(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value))[...], limit: limit)
    }

    /// The same over scalar values, so a search can convert each word once, not once per comparison.
    static func distance(_ s: [UInt32], _ t: ArraySlice<UInt32>, limit: Int) -> Int {
        let t = Array(t)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        if abs(s.count - t.count) > limit { return limit + 1 }
        var previousPrevious = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[t.count]
    }

    /// How many slips a word of this length may carry and still be recognised.
    public static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4..<8: 1
        default: 2
        }
    }
}
