/// Röjandekontroll: which rows of an open table to withhold so that no single citizen's
/// matter in a sensitive category can be read out, from the row or from the totals.
///
/// - **Primary**: a row of a sensitive sector or category with from 1 to `threshold − 1`
///   contacts is withheld: its figures are left empty and it is flagged.
/// - **Secondary**: published totals (a day's contacts per channel) would give a lone
///   withheld row back by subtraction. So within each group that adds up to a published
///   total, further rows are withheld, smallest first and sensitive ones before others,
///   until the group's withheld rows are at least two and hold at least `threshold` contacts
///   together, or the group has no rows left.
public struct SmallCountSuppression: Sendable {
    public var threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    /// One row as the rule sees it: the total it adds up to, its count, its sensitivity.
    public struct Row: Sendable {
        public var group: Int
        public var count: Int
        public var sensitive: Bool

        public init(group: Int, count: Int, sensitive: Bool) {
            self.group = group
            self.count = count
            self.sensitive = sensitive
        }
    }

    /// The indices of the rows to withhold.
    public func withheld(_ rows: [Row]) -> Set<Int> {
        var withheld = Set(rows.indices.filter { rows[$0].sensitive && rows[$0].count > 0 && rows[$0].count < threshold })
        guard !withheld.isEmpty else { return [] }
        let groups = Dictionary(grouping: rows.indices, by: { rows[$0].group })
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            var hidden = members.filter(withheld.contains)
            guard !hidden.isEmpty else { continue }
            // Smallest first, sensitive before others, then in table order: the cheapest
            // figures to give up, chosen the same way on every run.
            var candidates = members.filter { !withheld.contains($0) }.sorted {
                (rows[$0].count, rows[$0].sensitive ? 0 : 1, $0) < (rows[$1].count, rows[$1].sensitive ? 0 : 1, $1)
            }[...]
            while hidden.count < 2 || hidden.reduce(0, { $0 + rows[$1].count }) < threshold, let next = candidates.popFirst() {
                hidden.append(next)
                withheld.insert(next)
            }
        }
        return withheld
    }
}
