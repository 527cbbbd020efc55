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
        count = values.count
        guard !values.isEmpty else { return }
        let sorted = values.sorted()
        mean = sorted.reduce(0, +) / Double(sorted.count)
        median = Self.percentile(50, ofSorted: sorted)
        p90 = Self.percentile(90, ofSorted: sorted)
    }

    /// The `p`th percentile (0–100) of already sorted values.
    public static func percentile(_ p: Double, ofSorted sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = p / 100 * Double(sorted.count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = Int(rank.rounded(.up))
        let fraction = rank - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
