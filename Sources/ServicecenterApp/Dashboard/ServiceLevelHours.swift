import TerminalUI

/// The service level per hour today as a row of symbols per channel (on target, at risk,
/// missed, nothing to measure; blank for hours still to come), aligned over an hour scale: the
/// evenness of the day at a glance, readable at 80×24 without colour. The title row carries
/// the legend (the whole one where it fits, else the short one); after each row, where there
/// is room, how many of the measured hours met the target.
struct ServiceLevelHours: Widget {
    /// One channel's row.
    struct Band {
        var name: String
        /// Per hour column: the symbol and its style.
        var cells: [(symbol: String, style: Style)]
        var summary: String
        var shortSummary: String
    }

    var title: String
    var legend: String
    var shortLegend: String
    var bands: [Band]
    /// Per hour column, its hour ("08").
    var scale: [String]
    /// The label under a last column that stands for the hours outside opening, if there is one.
    var otherLabel: String?
    var nameWidth: Int
    var labelStyle: Style
    var mutedStyle: Style

    /// Rows it takes: the title, a row per channel, the scale and a blank row.
    var height: Int { bands.count + 3 }

    func render(into buffer: inout Buffer, area: Rect) {
        let columns = scale.count + (otherLabel == nil ? 0 : 1)
        // Three cells an hour label every hour; two (on a narrow screen) every other hour.
        let cell = area.width - nameWidth - 1 >= columns * 3 + 12 ? 3 : 2
        let rows = area.split(.vertical([.length(1)] + bands.map { _ in .length(1) } + [.length(1)]))
        let titleWidth = buffer.displayWidth(of: title)
        let room = area.width - titleWidth - 2
        let shownLegend = buffer.displayWidth(of: legend) <= room ? legend : shortLegend
        let titleParts = rows[0].split(.horizontal([.length(titleWidth), .length(2), .fill]))
        buffer.render(Label(title, style: labelStyle), in: titleParts[0])
        buffer.render(Label(shownLegend, style: mutedStyle), in: titleParts[2])
        for (band, row) in zip(bands, rows.dropFirst()) {
            let parts = row.split(.horizontal([.length(nameWidth), .length(1), .length(columns * cell), .length(1), .fill]))
            buffer.render(Label(band.name, style: labelStyle), in: parts[0])
            for (content, place) in zip(band.cells, parts[2].split(.horizontal(band.cells.map { _ in .length(cell) }))) {
                buffer.render(Label(content.symbol, style: content.style), in: place)
            }
            if let summary = [band.summary, band.shortSummary].first(where: { buffer.displayWidth(of: $0) <= parts[4].width }) {
                buffer.render(Label(summary, style: mutedStyle), in: parts[4])
            }
        }
        let scaleParts = rows[rows.count - 1].split(.horizontal([.length(nameWidth), .length(1), .length(columns * cell), .fill]))
        let labels = scale.enumerated().map { cell == 3 || $0.offset % 2 == 0 ? $0.element : "" } + (otherLabel.map { [$0] } ?? [])
        for (label, place) in zip(labels, scaleParts[2].split(.horizontal(labels.map { _ in .length(cell) }))) {
            // The label for the hours outside opening may be longer than a column: it runs on.
            let wide = Rect(x: place.x, y: place.y, width: max(place.width, scaleParts[2].x + scaleParts[2].width + scaleParts[3].width - place.x), height: 1)
            buffer.render(Label(label, style: mutedStyle), in: label == otherLabel ? wide : place)
        }
    }
}
