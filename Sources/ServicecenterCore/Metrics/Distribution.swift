/// Mean, median and 90th percentile of a set of durations in seconds.
///
/// Percentiles interpolate linearly between ranks (numpy's default, Excel's PERCENTILE.INC),
/// so figures match what a supervisor gets from the same numbers in a spreadsheet.
public struct Distribution: Hashable, Sendable {
    public var count: Int
    public var mean: Double?
    public var median: Double?
    public var p90: Double?

    public init(_ values: [Double]) {
        var runs: [(value: Double, count: Int)] = []
        for value in values.sorted() {
            if let last = runs.last, last.value == value { runs[runs.count - 1].count += 1 } else { runs.append((value, 1)) }
        }
        self.init(sortedRuns: runs, count: values.count)
    }

    /// The same figures from durations counted by value, to the last bit: a period of years
    /// is summed in the memory of its distinct durations, not of its contacts.
    public init(_ counts: DurationCounts) {
        self.init(sortedRuns: counts.counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, count: counts.total)
    }

    /// From each distinct value with how often it came, in ascending order. The mean adds the
    /// values one at a time in that order, as a sum over the sorted list does.
    init(sortedRuns runs: [(value: Double, count: Int)], count: Int) {
        self.count = count
        guard count > 0 else { return }
        var sum = 0.0
        for run in runs {
            for _ in 0..<run.count { sum += run.value }
        }
        mean = sum / Double(count)
        median = Self.percentile(50, ofRuns: runs, count: count)
        p90 = Self.percentile(90, ofRuns: runs, count: count)
    }

    /// The `p`th percentile (0–100) of already sorted values.
    public static func percentile(_ p: Double, ofSorted sorted: [Double]) -> Double? {
        sorted.isEmpty ? nil : percentile(p, ofRuns: sorted.map { ($0, 1) }, count: sorted.count)
    }

    /// The `p`th percentile (0–100) of `count` values given as ascending runs of equal values.
    static func percentile(_ p: Double, ofRuns runs: [(value: Double, count: Int)], count: Int) -> Double {
        let rank = p / 100 * Double(count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = Int(rank.rounded(.up))
        let fraction = rank - Double(lower)
        var low: Double?, high = 0.0
        var seen = 0
        for run in runs {
            seen += run.count
            if low == nil, lower < seen { low = run.value }
            if upper < seen {
                high = run.value
                break
            }
        }
        return low! + (high - low!) * fraction
    }
}

/// Durations counted by value (a handling time of 312 s, 41 times): what `Distribution`
/// needs, kept in memory that grows with the distinct values, not with the contacts.
public struct DurationCounts: Hashable, Sendable {
    public private(set) var counts: [Double: Int] = [:]
    /// How many durations were added.
    public private(set) var total = 0

    public init() {}

    public mutating func add(_ value: Double) {
        counts[value, default: 0] += 1
        total += 1
    }

    public mutating func add(_ other: DurationCounts) {
        counts.merge(other.counts, uniquingKeysWith: +)
        total += other.total
    }
}
