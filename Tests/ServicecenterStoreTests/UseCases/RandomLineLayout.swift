import ServicecenterCore

/// How long a random test input is, and where its troublesome lines go: lengths at a batch's
/// edges (a store gets a thousand at a time), and in two rounds of three up to four lines at
/// the edges or anywhere (`ContactImportOnePassTests`, `QueueEventOnePassTests`).
enum RandomLineLayout {
    static func layout(_ random: inout SeededGenerator, round: Int) -> (count: Int, trouble: [Int]) {
        let count = [1, 999, 1_000, 1_001, 2_345][round % 5]
        let trouble = round % 3 == 0 ? 0 : Int.random(in: 1...4, using: &random)
        return (count, (0..<trouble).map { _ in
            [0, 999, 1_000, count - 1, Int.random(in: 0..<count, using: &random)].randomElement(using: &random)! % count
        })
    }
}
