import TerminalUI

/// A screen's top row: its title from the left (a margin before it) and the clock at the right,
/// one column from the edge, on the title colour across the row. The title gives way to the
/// clock: it is cut where it would reach it.
struct TitleBar: Widget {
    var title: String
    var clock: String
    var style: Style

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.render(Fill(style), in: area)
        let parts = area.split(.horizontal([.length(1), .fill, .length(1), .length(buffer.displayWidth(of: clock)), .length(1)]))
        buffer.render(Label(title, style: style), in: parts[1])
        buffer.render(Label(clock, style: style), in: parts[3])
    }
}
