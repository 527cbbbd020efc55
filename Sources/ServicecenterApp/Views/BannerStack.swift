import TerminalUI

/// Incident banners stacked in an area, on the desk and the dashboard alike: each incident
/// whole while they fit; when they do not, the last row says how many are not shown in full
/// rather than showing half a sentence of the next one.
enum BannerStack {
    /// Rows the banners take in at most `limit` rows: all of them, or those shown plus the row
    /// that says how many more there are.
    static func rows(_ groups: [[String]], limit: Int) -> Int {
        let total = groups.reduce(0) { $0 + $1.count }
        guard total > limit else { return total }
        return shown(groups, room: limit - 1).lines.count + 1
    }

    /// The lines shown in `room` rows, and how many incidents they show whole.
    static func shown(_ groups: [[String]], room: Int) -> (lines: [String], whole: Int) {
        var lines: [String] = []
        var whole = 0
        for group in groups where lines.count + group.count <= room {
            lines += group
            whole += 1
        }
        // The first incident is always shown, as far as it goes, even when it alone is too long.
        if whole == 0, let first = groups.first { lines = Array(first.prefix(room)) }
        return (lines, whole)
    }

    /// - Parameters:
    ///   - groups: each incident's banner, already wrapped to the area less a margin each side.
    ///   - notShown: the words for "this many incidents are not shown in full".
    static func draw(_ groups: [[String]], into buffer: inout Buffer, _ area: Rect, style: Style, notShown: (Int) -> String) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        let total = groups.reduce(0) { $0 + $1.count }
        let cut = total > area.height
        let room = cut ? area.height - 1 : area.height
        let (lines, whole) = shown(groups, room: room)
        for (row, line) in lines.enumerated() {
            buffer.write(line, x: area.x + 1, y: area.y + row, style: style, limit: area.width - 2, ellipsis: false)
        }
        if cut {
            let more = "\(buffer.glyphs.moreBelow) " + notShown(groups.count - whole)
            buffer.write(more, x: area.x + 1, y: area.maxY - 1, style: style, limit: area.width - 2, ellipsis: false)
        }
    }
}
