/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.
///
/// Swaps count as one edit because they are the commonest typing slip ("förksola").
/// `limit` lets a search stop early once two words are too far apart to matter.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        distance(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value))[...], limit: limit)
    }

    /// The same over scalar values, so a search can convert each word once, not once per comparison.
    ///
    /// Runs once per typed word and category word on every key (2,000 categories make tens of
    /// thousands of calls), so it allocates nothing and fills only the cells within `limit`
    /// of the diagonal: any path outside that band already costs more than `limit` edits.
    /// Returns the distance when it is at most `limit`, otherwise some number above `limit`.
    static func distance(_ s: [UInt32], _ t: ArraySlice<UInt32>, limit: Int) -> Int {
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        if abs(s.count - t.count) > limit { return limit + 1 }
        let n = t.count
        // Stands for "more than limit" outside the band; no sum of it with 1 can overflow.
        let far = limit >= n + s.count ? n + s.count + 1 : limit + 1
        return s.withUnsafeBufferPointer { s in
            t.withUnsafeBufferPointer { t in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 1)) { rows in
                    var beforePrevious = rows.baseAddress!
                    var previous = beforePrevious + (n + 1)
                    var current = previous + (n + 1)
                    for j in 0...n {
                        previous[j] = j
                        beforePrevious[j] = far
                    }
                    for i in 1...s.count {
                        let low = max(1, i - limit)
                        let high = limit >= n ? n : min(n, i + limit)
                        current[low - 1] = low == 1 ? i : far
                        var rowMinimum = current[low - 1]
                        for j in low...high {
                            let cost = s[i - 1] == t[j - 1] ? 0 : 1
                            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                            if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                                value = min(value, beforePrevious[j - 2] + 1)
                            }
                            current[j] = value
                            rowMinimum = min(rowMinimum, value)
                        }
                        if high < n { current[high + 1] = far }
                        if rowMinimum > limit { return limit + 1 }
                        (beforePrevious, previous, current) = (previous, current, beforePrevious)
                    }
                    return previous[n]
                }
            }
        }
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
