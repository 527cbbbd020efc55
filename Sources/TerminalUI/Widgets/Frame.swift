extension Buffer {
    /// Draws a border around `rect` with an optional title in its top edge.
    public mutating func frame(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = glyphs
        for x in rect.x + 1..<rect.maxX - 1 {
            self[x, rect.y] = Cell(text: String(g.horizontal), style: style)
            self[x, rect.maxY - 1] = Cell(text: String(g.horizontal), style: style)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, y] = Cell(text: String(g.vertical), style: style)
            self[rect.maxX - 1, y] = Cell(text: String(g.vertical), style: style)
        }
        self[rect.x, rect.y] = Cell(text: String(g.topLeft), style: style)
        self[rect.maxX - 1, rect.y] = Cell(text: String(g.topRight), style: style)
        self[rect.x, rect.maxY - 1] = Cell(text: String(g.bottomLeft), style: style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(text: String(g.bottomRight), style: style)
        if let title, rect.width > 4 {
            write(" \(title) ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style, limit: rect.width - 2)
        }
    }
}
