import Foundation
import ServicecenterCore
import TerminalUI

/// The wallboard's prose: the incident banners (every incident, each wrapped) and the help
/// (wrapped to the width it has, scrolled with ↑↓ PgUp PgDn when longer than the screen).
extension DashboardModel {
    /// The area between the title row and the notice and key rows.
    var bodyArea: Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }

    func bannerTexts() -> [String] {
        (live?.incidents ?? []).map { incident in
            text.incidentBanner(title: incident.title, message: incident.message, contacts: live?.incidentContacts[incident.tag] ?? 0)
        }
    }

    /// Every incident's banner for an area `width` wide, a margin each side.
    func bannerStack(width: Int, ascii: Bool) -> BannerStack {
        BannerStack(bannerTexts(), width: width - 2, ascii: ascii,
                    cutSign: "\(Glyphs.for(unicode: !ascii).moreBelow) \(DashboardAction.help.keyName)")
    }

    /// Rows the banners take: all they need, up to a quarter of the body (never fewer than a row
    /// for each of three incidents), and none when the body has no more than the figures need
    /// (12 rows) to spare.
    func bannerRows(in body: Rect, ascii: Bool) -> Int {
        let stack = bannerStack(width: body.width, ascii: ascii)
        let limit = min(body.height - 12, max(stack.minimumRows, body.height / 4))
        guard limit > 0 else { return 0 }
        return min(limit, stack.rows(limit: limit))
    }

    // MARK: - Help

    /// The help box: as wide as the body allows (up to 120 columns), as tall as its text.
    func helpLayout(ascii: Bool) -> HelpLayout {
        let area = bodyArea
        let width = min(area.width - 4, 120)
        let most = max(1, area.height - 4)
        var rows = helpRows(width: width - 4, ascii: ascii)
        if rows.count > most { rows = helpRows(width: width - 4 - ScrollingText.gutter, ascii: ascii) }
        let height = min(area.height, rows.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let content = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 4)
        return HelpLayout(box: box, content: content, rows: rows,
                          window: .clamped(total: rows.count, height: content.height, offset: helpScroll), keyWidth: 0)
    }

    func helpRows(width: Int, ascii: Bool) -> [HelpRow] {
        var rows: [HelpRow] = []
        if let incidents = live?.incidents, !incidents.isEmpty {
            rows.append(HelpRow(key: nil, text: text.incidentsHeading, role: .label))
            for lines in bannerStack(width: width + 2, ascii: ascii).wrapped {
                rows += lines.map { HelpRow(key: nil, text: $0, role: .warning) }
            }
            rows.append(HelpRow(key: nil, text: "", role: .normal))
        }
        for line in text.helpLines {
            rows += WrappedText(line, width: width, ascii: ascii).lines.map { HelpRow(key: nil, text: $0, role: .normal) }
        }
        return rows
    }

    /// The help box over the body: its rows from the scroll offset on, a sign where rows are
    /// hidden, and the closing line (which names the keys) at its foot.
    func renderHelp(into buffer: inout Buffer, _ theme: Theme) {
        let help = helpLayout(ascii: buffer.glyphs.isASCII)
        buffer.render(Fill(theme[.normal]), in: help.box)
        buffer.render(Frame(title: text.helpTitle, style: theme[.frame], titleStyle: theme[.label]), in: help.box)
        let shown = help.rows[help.window.first..<help.window.first + help.window.shown]
        buffer.render(LabelColumn(shown.map { Label($0.text, style: theme[$0.role]) }), in: help.content)
        buffer.moreSigns(help.window, in: help.content, style: theme[.label])
        let close = help.window.scrolls ? text.helpScrollAndClose : text.helpClose
        // The closing line names the keys: on a narrow box it takes the blank row above it.
        let closeRows = min(2, WrappedText(close, width: help.box.width - 4, ascii: buffer.glyphs.isASCII).lines.count)
        let foot = help.box.split(.vertical([.fill, .length(closeRows), .length(1)]))[1]
        buffer.render(Prose(close, style: theme[.muted]), in: foot.inset(horizontal: 2))
    }

    /// Scrolls the help for ↑↓ PgUp PgDn Home End; false for any other key, which closes it.
    mutating func scrollHelp(_ key: Key) -> Bool {
        guard let offset = helpLayout(ascii: glyphs.isASCII).window.offset(after: key) else { return false }
        helpScroll = offset
        return true
    }
}
