/// A list in a box too short for it says so: ▲ on its first row when rows are hidden above,
/// ▼ on its last when rows are hidden below, as scrolled text does (`moreSigns`), so a picker
/// never hides a choice without a mark.
extension Buffer {
    /// Draws `rows` in `rect` scrolled to keep `selected` in view, with the scroll signs in the
    /// right-hand column when not all rows fit. Returns the rows' window.
    @discardableResult
    public mutating func markedList(
        _ rows: [String], selected: Int, in rect: Rect, style: Style, selectedStyle: Style, signStyle: Style
    ) -> TextWindow {
        var scroll = ListScroll()
        scroll.follow(selected: selected, count: rows.count, visible: rect.height)
        let window = TextWindow.clamped(total: rows.count, height: rect.height, offset: scroll.offset)
        // The rows leave the sign's column free when there is a sign to draw.
        let rowsRect = window.scrolls && rect.width > ScrollingText.gutter
            ? Rect(x: rect.x, y: rect.y, width: rect.width - ScrollingText.gutter, height: rect.height) : rect
        list(rows, selected: selected, scroll: scroll, in: rowsRect, style: style, selectedStyle: selectedStyle)
        moreSigns(window, in: rect, style: signStyle)
        return window
    }
}
