/// A one-cell border around its area with an optional title in the top edge: a box drawn over
/// a screen (help, a form) or around a panel.
public struct Frame: Widget {
    public var title: String?
    public var style: Style
    public var titleStyle: Style?

    public init(title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
    }

    public func render(into buffer: inout Buffer, area rect: Rect) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = buffer.glyphs
        for x in rect.x + 1..<rect.maxX - 1 {
            buffer[x, rect.y] = Cell(text: String(g.horizontal), style: style)
            buffer[x, rect.maxY - 1] = Cell(text: String(g.horizontal), style: style)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            buffer[rect.x, y] = Cell(text: String(g.vertical), style: style)
            buffer[rect.maxX - 1, y] = Cell(text: String(g.vertical), style: style)
        }
        buffer[rect.x, rect.y] = Cell(text: String(g.topLeft), style: style)
        buffer[rect.maxX - 1, rect.y] = Cell(text: String(g.topRight), style: style)
        buffer[rect.x, rect.maxY - 1] = Cell(text: String(g.bottomLeft), style: style)
        buffer[rect.maxX - 1, rect.maxY - 1] = Cell(text: String(g.bottomRight), style: style)
        if let title, rect.width > 4 {
            buffer.write(" \(title) ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style, limit: rect.width - 2)
        }
    }
}

extension Buffer {
    /// Draws a border around `rect` with an optional title in its top edge (see `Frame`).
    public mutating func frame(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        render(Frame(title: title, style: style, titleStyle: titleStyle), in: rect)
    }
}
