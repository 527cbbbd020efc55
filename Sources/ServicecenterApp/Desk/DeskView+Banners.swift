import Foundation
import ServicecenterCore
import TerminalUI

/// The incident banners at the top of the desk: every active incident, each wrapped in full,
/// since the guide reads them to citizens; when they need more rows than the screen can
/// spare, the last row says how many are not shown in full and that F1 shows them all.
extension DeskModel {
    /// Rows the banners may take: what the screen has beyond its minimum, and at most a third of it.
    var bannerRowLimit: Int { max(1, min(spareRows + 1, size.height / 3)) }

    /// Each active incident's banner, wrapped to the screen's width less a margin each side.
    func bannerLines(ascii: Bool) -> [[String]] {
        incidents.map { WrappedText(text.incidentBanner(title: $0.title, message: $0.message), width: size.width - 2, ascii: ascii).lines }
    }

    /// Rows the banners take: none without an incident.
    func bannerRows(ascii: Bool) -> Int {
        guard !incidents.isEmpty else { return 0 }
        return min(bannerLines(ascii: ascii).reduce(0) { $0 + $1.count }, bannerRowLimit)
    }

    func drawBanners(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme[.error])
        let groups = bannerLines(ascii: buffer.glyphs.isASCII)
        let total = groups.reduce(0) { $0 + $1.count }
        let cut = total > area.height
        // When they do not all fit, the last row says so instead of showing a line of text.
        let room = cut ? area.height - 1 : area.height
        for (row, line) in groups.joined().prefix(room).enumerated() {
            buffer.write(line, x: area.x + 1, y: area.y + row, style: theme[.error], limit: area.width - 2, ellipsis: false)
        }
        var used = 0
        let shownInFull = groups.filter { lines in
            used += lines.count
            return used <= room
        }.count
        if cut {
            let more = "\(buffer.glyphs.moreBelow) " + text.incidentsNotShownInFull(groups.count - shownInFull)
            buffer.write(more, x: area.x + 1, y: area.maxY - 1, style: theme[.error], limit: area.width - 2, ellipsis: false)
        }
    }
}
