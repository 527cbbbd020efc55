import ServicecenterCore
import Testing

/// `stats` over years counts durations by value instead of holding them (`DurationCounts`);
/// its mean, median and 90th percentile must be those of the values held and sorted, to the
/// last bit, or a figure could move by a second between a short and a long period.
@Suite("Distribution: durations counted by value give the figures of the values held")
struct DistributionCountsTests {
    /// The figures as they were made before counting by value: the values sorted, added in
    /// that order, and the percentile interpolated between two ranks.
    static func reference(_ values: [Double]) -> (mean: Double, median: Double, p90: Double) {
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double {
            let rank = p / 100 * Double(sorted.count - 1)
            let lower = Int(rank.rounded(.down)), upper = Int(rank.rounded(.up))
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - Double(lower))
        }
        return (sorted.reduce(0, +) / Double(sorted.count), percentile(50), percentile(90))
    }

    @Test("2,000 random sets: whole seconds, fractions, one value, many repeats; and counts merged from parts")
    func sameToTheBit() {
        var random = SeededGenerator(seed: 24)
        for round in 0..<2_000 {
            let count = round % 7 == 0 ? 1 : Int.random(in: 1...400, using: &random)
            let distinct = Int.random(in: 1...max(1, count), using: &random)
            let pool = (0..<distinct).map { _ in
                round % 3 == 0 ? Double(Int.random(in: 0...900, using: &random)) : Double.random(in: 0...5_000, using: &random)
            }
            let values = (0..<count).map { _ in pool.randomElement(using: &random)! }
            let expected = Self.reference(values)
            var counts = DurationCounts(), left = DurationCounts(), right = DurationCounts()
            for (index, value) in values.enumerated() {
                counts.add(value)
                if index % 2 == 0 { left.add(value) } else { right.add(value) }
            }
            left.add(right)
            for distribution in [Distribution(values), Distribution(counts), Distribution(left)] {
                #expect(distribution.count == values.count)
                #expect(distribution.mean == expected.mean && distribution.median == expected.median && distribution.p90 == expected.p90,
                        "round \(round): \(values.count) values")
            }
        }
        #expect(Distribution(DurationCounts()) == Distribution([]))
        #expect(Distribution([]).median == nil)
    }
}
