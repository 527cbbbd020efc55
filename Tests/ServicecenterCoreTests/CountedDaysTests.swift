import Testing
@testable import ServicecenterCore

/// What a store that keeps counted days has left to count, and in which parts: a first report
/// of a long period counts its days a quarter at a time.
@Suite("Counted days: the missing runs, in parts of at most a quarter")
struct CountedDaysTests {
    let day = { (offset: Int) in LocalDay(year: 2026, month: 1, day: 1).adding(days: offset) }

    @Test("The days not kept, as runs of consecutive days, across a month's and a year's end")
    func runs() {
        let kept = Dictionary(uniqueKeysWithValues: [3, 4, 30, 31, 400].map { (day($0), true) })
        let runs = CountedDays.runs(from: day(0), through: day(401), missingFrom: kept)
        #expect(runs.map { [$0.first, $0.last] } == [[day(0), day(2)], [day(5), day(29)], [day(32), day(399)], [day(401), day(401)]])
        #expect(CountedDays.runs(from: day(3), through: day(4), missingFrom: kept).isEmpty)
    }

    @Test("Runs are kept whole and in order, cut where one is longer than a part, and no part spans more")
    func parts() {
        let runs = [(day(0), day(9)), (day(20), day(20)), (day(50), day(300)), (day(400), day(401))]
        let parts = CountedDays.parts(of: runs.map { (first: $0.0, last: $0.1) }, spanning: 92)
        let flattened = parts.flatMap { $0 }
        // Every day once, in order.
        var days: [LocalDay] = []
        for piece in flattened { for offset in 0...piece.last.daysSince(piece.first) { days.append(piece.first.adding(days: offset)) } }
        var expected: [LocalDay] = []
        for run in runs { for offset in 0...run.1.daysSince(run.0) { expected.append(run.0.adding(days: offset)) } }
        #expect(days == expected)
        #expect(parts.allSatisfy { $0.last!.last.daysSince($0.first!.first) < 92 })
        #expect(parts.count == 5)
    }
}
