/// Something that draws itself into an area of a buffer, as ratatui's `Widget::render(area, buf)`:
/// a screen is a tree of widgets placed by `Layout`, so no view counts x and y by hand.
///
/// A widget draws only inside `area` (the buffer clips to its own edges, the widget to the
/// area), and an empty area draws nothing.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}

extension Buffer {
    /// Draws `widget` in `area`; reads as the view it builds (`buffer.render(title, in: top)`).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(into: &self, area: area)
    }
}

/// An area filled with blanks in one style: a bar's background, a box's inside.
public struct Fill: Widget {
    public var style: Style

    public init(_ style: Style = .plain) { self.style = style }

    public func render(into buffer: inout Buffer, area: Rect) { buffer.fill(area, style: style) }
}
