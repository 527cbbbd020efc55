/// Which rows of a long list are on screen: keeps the selection visible as it moves.
public struct ListScroll: Hashable, Sendable {
    public var offset: Int = 0

    public init(offset: Int = 0) { self.offset = offset }

    /// The first visible row after moving to `selected` in a list of `count` with `visible` rows.
    public mutating func follow(selected: Int, count: Int, visible: Int) {
        guard visible > 0, count > 0 else { offset = 0; return }
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
    }
}

extension Buffer {
    /// Draws `rows` in `rect`, the selected one highlighted across the full width.
    public mutating func list(
        _ rows: [String], selected: Int?, scroll: ListScroll, in rect: Rect, style: Style, selectedStyle: Style
    ) {
        for line in 0..<rect.height {
            let index = scroll.offset + line
            guard index < rows.count else { break }
            let isSelected = index == selected
            let rowStyle = isSelected ? selectedStyle : style
            fill(rect.row(line), style: rowStyle)
            let marker = isSelected ? String(glyphs.selected) + " " : "  "
            let used = write(marker, x: rect.x, y: rect.y + line, style: rowStyle, limit: rect.width)
            write(rows[index], x: rect.x + used, y: rect.y + line, style: rowStyle, limit: rect.width - used)
        }
    }
}
