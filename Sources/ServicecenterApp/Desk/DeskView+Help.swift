import Foundation
import ServicecenterCore
import TerminalUI

/// One row of the help box: a key on the first row of its entry, and a line of text.
struct HelpRow: Hashable {
    var key: String?
    var text: String
    var role: Role
}

/// The help box laid out for the screen: where it goes, its rows and which of them are shown.
struct HelpLayout {
    var box: Rect
    var content: Rect
    var rows: [HelpRow]
    var window: TextWindow
    var keyWidth: Int
}

/// The help overlay (F1): every key of the screen with what it does, and every incident in
/// progress in full. It takes the width the terminal has (up to a readable 120 columns),
/// wraps every line, and scrolls with ↑↓ PgUp PgDn when it is longer than the screen.
extension DeskModel {
    static let helpMaximumWidth = 120

    var helpActions: [DeskAction] {
        if help?.covering?.focus == .handovers { return DeskAction.handoverActions }
        // The articles' key only where the site has articles: without any it does nothing.
        return configuration.knowledge.isEmpty ? DeskAction.formActions.filter { $0 != .knowledge } : DeskAction.formActions
    }

    func helpLayout(ascii: Bool) -> HelpLayout {
        let area = Rect(size: size)
        let width = min(area.width - 4, Self.helpMaximumWidth)
        let keyWidth = helpActions.map { CharacterWidth.of($0.helpKeyName) }.max() ?? 3
        // The frame, a blank row and the closing line take four rows.
        let most = max(1, area.height - 4)
        var rows = helpRows(width: width - 4, keyWidth: keyWidth, ascii: ascii)
        if rows.count > most { rows = helpRows(width: width - 4 - ScrollingText.gutter, keyWidth: keyWidth, ascii: ascii) }
        let height = min(area.height, rows.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let content = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 4)
        return HelpLayout(box: box, content: content, rows: rows,
                          window: .clamped(total: rows.count, height: content.height, offset: help?.scroll ?? 0), keyWidth: keyWidth)
    }

    func helpRows(width: Int, keyWidth: Int, ascii: Bool) -> [HelpRow] {
        var rows: [HelpRow] = []
        if !incidents.isEmpty {
            rows.append(HelpRow(key: nil, text: text.incidentsHeading, role: .label))
            for incident in incidents {
                for line in WrappedText(text.incidentBanner(title: incident.title, message: incident.message), width: width, ascii: ascii).lines {
                    rows.append(HelpRow(key: nil, text: line, role: .warning))
                }
            }
            rows.append(HelpRow(key: nil, text: "", role: .normal))
        }
        let textWidth = max(1, width - keyWidth - 2)
        for action in helpActions {
            for (index, line) in WrappedText(text.help(action), width: textWidth, ascii: ascii).lines.enumerated() {
                rows.append(HelpRow(key: index == 0 ? action.helpKeyName : nil, text: line, role: .normal))
            }
        }
        return rows
    }

    func drawHelp(into buffer: inout Buffer, _ theme: Theme) {
        let help = helpLayout(ascii: buffer.glyphs.isASCII)
        buffer.fill(help.box, style: theme[.normal])
        buffer.frame(help.box, title: text.helpTitle, style: theme[.frame], titleStyle: theme[.label])
        let visible = help.rows[help.window.first..<help.window.first + help.window.shown]
        for (index, row) in visible.enumerated() {
            let y = help.content.y + index
            if let key = row.key {
                buffer.write(key, x: help.content.x, y: y, style: theme[.keyHint])
                buffer.write(row.text, x: help.content.x + help.keyWidth + 2, y: y, style: theme[row.role], ellipsis: false)
            } else if row.role == .normal {
                buffer.write(row.text, x: help.content.x + help.keyWidth + 2, y: y, style: theme[row.role], ellipsis: false)
            } else {
                buffer.write(row.text, x: help.content.x, y: y, style: theme[row.role], ellipsis: false)
            }
        }
        buffer.moreSigns(help.window, in: help.content, style: theme[.label])
        let close = help.window.scrolls ? text.helpScrollAndClose : text.helpClose
        // The closing line names the keys: on a narrow box it takes the blank row above it.
        let closeRows = min(2, WrappedText(close, width: help.box.width - 4, ascii: buffer.glyphs.isASCII).lines.count)
        buffer.wrappedText(close, in: Rect(x: help.box.x + 2, y: help.box.maxY - 1 - closeRows, width: help.box.width - 4, height: closeRows),
                           style: theme[.muted])
    }
}
