/// Rows of labels in columns of set widths, `spacing` cells apart, one row per line from the
/// top of the area, as many as its height allows. Each cell is a `Label`, so it carries its
/// own style and alignment (figures `.trailing`); a cell wider than its column is cut there.
/// Choosing the widths (what fits, what is left out) is the screen's business.
public struct Table: Widget {
    public var rows: [[Label]]
    public var widths: [Int]
    public var spacing: Int

    public init(rows: [[Label]], widths: [Int], spacing: Int = 1) {
        self.rows = rows
        self.widths = widths
        self.spacing = spacing
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let columns = Layout.horizontal(widths.map { .length($0) }, spacing: spacing)
        for (row, line) in zip(rows, area.split(.vertical(rows.map { _ in .length(1) }))) {
            for (cell, place) in zip(row, line.split(columns)) { buffer.render(cell, in: place) }
        }
    }
}
