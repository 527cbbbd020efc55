import TerminalUI

/// The wallboard's channel figures: a header row, then one row per channel (its name, then
/// figures right-aligned). When the columns do not fit the width, the gaps narrow, then the
/// shorter headers are used, and only then are columns left out, least needed first; spare
/// room is spread between the columns (up to six cells each) so a wall screen does not bunch
/// them at the left.
struct ChannelTable: Widget {
    /// A figure and the style it is drawn in.
    typealias Figure = (text: String, style: Style)

    var headers: [String]
    var shortHeaders: [String]
    var headerStyle: Style
    var rows: [[Figure]]
    /// Columns that may be left out when even short headers do not fit, in that order.
    var droppable: [Int]

    /// Rows the table takes: the header, the channels and a blank row under them.
    var height: Int { rows.count + 2 }

    func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        let (headers, widths, shown, gap) = columns(width: area.width, buffer)
        let labels = ([headers.map { (text: $0, style: headerStyle) }] + rows).map { row in
            shown.enumerated().map { position, column in
                Label(row[column].text, style: row[column].style, alignment: position == 0 ? .leading : .trailing)
            }
        }
        buffer.render(Table(rows: labels, widths: shown.map { widths[$0] }, spacing: gap), in: area)
    }

    /// The headers, each column's width, the columns shown and the gap between them, for `width` cells.
    func columns(width: Int, _ buffer: Buffer) -> (headers: [String], widths: [Int], shown: [Int], gap: Int) {
        func widths(_ headers: [String]) -> [Int] {
            headers.indices.map { column in
                max(buffer.displayWidth(of: headers[column]), rows.map { buffer.displayWidth(of: $0[column].text) }.max() ?? 0)
            }
        }
        func total(_ widths: [Int], _ shown: [Int], gap: Int) -> Int { shown.map { widths[$0] }.reduce(0, +) + gap * (shown.count - 1) }
        var headers = headers
        var columnWidths = widths(headers)
        var shown = Array(headers.indices)
        var gap = 2
        if total(columnWidths, shown, gap: gap) > width { gap = 1 }
        if total(columnWidths, shown, gap: gap) > width {
            headers = shortHeaders
            columnWidths = widths(headers)
        }
        for column in droppable where total(columnWidths, shown, gap: gap) > width { shown.removeAll { $0 == column } }
        let spare = max(0, width - total(columnWidths, shown, gap: gap))
        if shown.count > 1 { for column in shown.dropFirst() { columnWidths[column] += min(spare / (shown.count - 1), 6) } }
        return (headers, columnWidths, shown, gap)
    }
}
