/// Labels one under another from the top of the area, one row each, as many as fit: a panel's
/// lines, or the rows of a box's text.
public struct LabelColumn: Widget {
    public var labels: [Label]

    public init(_ labels: [Label]) { self.labels = labels }

    public func render(into buffer: inout Buffer, area: Rect) {
        for (label, row) in zip(labels, area.split(.vertical(labels.map { _ in .length(1) }))) { buffer.render(label, in: row) }
    }
}
