import TerminalUI

/// Overdue hand-overs per sector: the sector's name, and its count at the right in the overdue
/// colour. While hand-over e-mails fail, the panel's last row says how many, in the warning
/// colour: a sector that gets nothing cannot know it is missing something, so the supervisor
/// must. That line names the command to run; where it would be cut (an 80-column screen gives
/// this panel about 30 cells), the count and what it means stand alone, uncut.
struct OverduePanel: Widget {
    var title: String
    var nothingOverdue: String
    var sectors: [(name: String, overdue: String)]
    /// The failing-delivery line, whole and short; nil while deliveries work.
    var failing: (whole: String, short: String)?
    var titleStyle: Style
    var nameStyle: Style
    var mutedStyle: Style
    var overdueStyle: Style
    var warningStyle: Style

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.render(Label(title, style: titleStyle), in: area.row(0))
        if sectors.isEmpty { buffer.render(Label(nothingOverdue, style: mutedStyle), in: area.row(1)) }
        var listArea = area
        if let failing, area.height >= 2 {
            let parts = area.split(.vertical([.fill, .length(1)]))
            listArea = parts[0]
            let room = parts[1].inset(right: 1)
            let line = buffer.displayWidth(of: failing.whole) <= room.width ? failing.whole : failing.short
            buffer.render(Label(line, style: warningStyle), in: room)
        }
        let rows = listArea.split(.vertical([.length(1)] + sectors.map { _ in .length(1) }))
        for (sector, row) in zip(sectors, rows.dropFirst()) {
            let cells = row.inset(right: 1).split(.horizontal([.fill, .length(buffer.displayWidth(of: sector.overdue))], spacing: 1))
            buffer.render(Label(sector.name, style: nameStyle), in: cells[0])
            buffer.render(Label(sector.overdue, style: overdueStyle), in: cells[1])
        }
    }
}
