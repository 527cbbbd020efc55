import Foundation
import ServicecenterCore
import TerminalUI

/// The incident banners at the top of the desk: every active incident, since the guide reads
/// them to citizens. All whole while they fit; else each of the first three keeps at least its
/// title (see `BannerStack`), and F1 shows every one in full.
extension DeskModel {
    /// Rows the banners may take: what the screen has beyond its minimum once the notice has its
    /// rows, and at most a third of it; never fewer than one row for each of three incidents.
    func bannerRowLimit(noticeRows: Int) -> Int { max(1, min(spareRows + 1 - (noticeRows - 1), size.height / 3)) }

    /// Each active incident's banner, wrapped to the screen's width less a margin each side.
    func bannerStack(ascii: Bool) -> BannerStack {
        let sign = "\(Glyphs.for(unicode: !ascii).moreBelow) \(DeskAction.help.keyName)"
        return BannerStack(incidents.map { text.incidentBanner(title: $0.title, message: $0.message) },
                           width: size.width - 2, ascii: ascii, cutSign: sign)
    }

    /// Rows the banners take: none without an incident.
    func bannerRows(ascii: Bool, noticeRows: Int) -> Int {
        guard !incidents.isEmpty else { return 0 }
        return bannerStack(ascii: ascii).rows(limit: bannerRowLimit(noticeRows: noticeRows))
    }

    func drawBanners(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        bannerStack(ascii: buffer.glyphs.isASCII).draw(into: &buffer, area, style: theme[.error], notShown: text.incidentsNotShown)
    }
}
