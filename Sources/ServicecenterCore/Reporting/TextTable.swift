/// A plain-text table for the terminal: a header, a rule, and columns aligned by what they hold.
public struct TextTable: Sendable {
    /// How a column's cells sit in its width: words to the left, figures to the right.
    public enum Alignment: Sendable {
        case left
        case right
    }

    public var header: [String]
    public var rows: [[String]]
    /// One per column; by default the first column is left-aligned and the rest (figures) right-aligned.
    public var alignments: [Alignment]

    public init(header: [String], rows: [[String]] = [], alignments: [Alignment]? = nil) {
        self.header = header
        self.rows = rows
        self.alignments = alignments ?? header.indices.map { $0 == 0 ? .left : .right }
    }

    /// The table's lines. Every cell is shown inert (`InertText.shown`): a cell may hold a
    /// name or a note someone typed, and a line break in it could forge a row.
    public func render() -> [String] {
        let all = ([header] + rows).map { $0.map(InertText.shown) }
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                let alignment = alignments.indices.contains(column) ? alignments[column] : .right
                return alignment == .left ? cell + padding : padding + cell
            }
            let joined = padded.joined(separator: "  ")
            // Trailing blanks from a left-aligned last column only make diffs and terminals noisier.
            return String(joined.reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return [line(all[0]), rule] + all.dropFirst().map(line)
    }
}
