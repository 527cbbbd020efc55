import TerminalUI

/// Contacts per hour as bars: a title row, then per channel a band of bars (today's count,
/// then the same weekday's average as a dim bar beside it, for each hour column) with the
/// channel's name at its foot and its summary after the bars, and under all of them the hour
/// scale, every other hour. The bars are scaled per channel, so a quiet channel still shows.
struct HourlyChart: Widget {
    /// One channel's band.
    struct Band {
        var name: String
        /// Per hour column: today's and the average's share of the channel's highest bar.
        var bars: [(today: Double, average: Double)]
        var summary: String
    }

    var title: String
    var bands: [Band]
    /// Per hour column, the label under it (every other hour), nil for none.
    var scale: [String?]
    /// The label under a last column that counts the hours outside opening, when there is one.
    var otherLabel: String?
    /// Rows each band's bars take: more on a tall wall screen, so they read from across the room.
    var barRows: Int
    var nameWidth: Int
    var labelStyle: Style
    var todayStyle: Style
    var averageStyle: Style

    /// Rows the chart takes: the title, the bands, the scale and a blank row.
    var height: Int { bands.count * barRows + 3 }

    /// Whether a chart fits at all in `rows` rows (one bar row per channel and the rest).
    static func fits(available rows: Int) -> Bool { rows >= 6 }

    func render(into buffer: inout Buffer, area: Rect) {
        let columns = bands.first?.bars.count ?? 0
        // Three cells per hour (a gap after the pair of bars) when they leave room for the summary.
        let cell = area.width - nameWidth - 1 >= columns * 3 + 16 ? 3 : 2
        let rows = area.split(.vertical([.length(1)] + bands.map { _ in .length(barRows) } + [.length(1)]))
        buffer.render(Label(title, style: labelStyle), in: rows[0])
        for (band, place) in zip(bands, rows.dropFirst()) {
            let parts = place.split(.horizontal([.length(nameWidth), .length(1), .length(columns * cell), .length(1), .fill]))
            buffer.render(Label(band.name, style: labelStyle), in: parts[0].splitBottom(1).bottom)
            let hourColumns = parts[2].split(.horizontal(band.bars.map { _ in .length(cell) }))
            for (bar, column) in zip(band.bars, hourColumns) {
                let pair = column.split(.horizontal([.length(1), .length(1)]))
                buffer.render(VerticalBar(fraction: bar.today, style: todayStyle), in: pair[0])
                buffer.render(VerticalBar(fraction: bar.average, style: averageStyle), in: pair[1])
            }
            buffer.render(Label(band.summary, style: averageStyle), in: parts[4].splitBottom(1).bottom)
        }
        let scaleRow = rows[rows.count - 1].split(.horizontal([.length(nameWidth), .length(1), .length(scale.count * cell), .fill]))
        for (label, column) in zip(scale, scaleRow[2].split(.horizontal(scale.map { _ in .length(cell) }))) {
            if let label { buffer.render(Label(label, style: averageStyle), in: column) }
        }
        if let otherLabel { buffer.render(Label(otherLabel, style: averageStyle), in: scaleRow[3]) }
    }
}
