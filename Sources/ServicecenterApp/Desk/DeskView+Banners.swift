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
        return BannerStack.rows(bannerLines(ascii: ascii), limit: bannerRowLimit)
    }

    func drawBanners(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        BannerStack.draw(bannerLines(ascii: buffer.glyphs.isASCII), into: &buffer, area, style: theme[.error],
                         notShown: text.incidentsNotShownInFull)
    }
}
