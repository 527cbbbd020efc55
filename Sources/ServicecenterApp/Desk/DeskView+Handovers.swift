import Foundation
import ServicecenterCore
import TerminalUI

/// Drawing the hand-over list and the repeat-contact picker.
extension DeskModel {
    func drawHandoverBoard(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let title = text.handoverBoardTitle(
            mineOnly: board.mineOnly, sector: board.sector.map { configuration.sector($0)?.name ?? $0 },
            status: text.statusFilter(board.status), overdueOnly: board.overdueOnly)
        buffer.frame(area, title: title, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        // Below 90 columns the day it was made gives way to the names.
        let wide = inner.width >= 90
        let columns = text.handoverBoardColumns
        func row(_ marker: String, _ cells: [String]) -> String {
            let widths = [4, 10, 10, 11, 4]
            var line = marker + " "
            for (index, cell) in cells.prefix(5).enumerated() where wide || index != 1 {
                let pad = String(repeating: " ", count: max(0, widths[index] - CharacterWidth.of(cell)))
                line += (index == 0 || index == 4 ? pad + cell : cell + pad) + "  "
            }
            return line + (cells.last ?? "")
        }
        buffer.write(row(" ", columns), x: inner.x, y: inner.y, style: theme[.label], limit: inner.width)
        // The selected hand-over's detail takes the rows it needs below the list: the list keeps
        // a few rows (the selection follows), the detail what is left, its newest steps first to stay.
        let listKeeps = min(max(1, board.items.count), Self.boardRowsKept)
        let detailRoom = max(2, inner.height - 1 - listKeeps)
        let details = board.selectedHandover.map { handoverDetailRows($0, width: inner.width - 2, ascii: buffer.glyphs.isASCII, room: detailRoom) } ?? []
        let detailRows = min(details.count, detailRoom)
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(1, inner.height - 1 - max(2, detailRows)))
        guard !board.items.isEmpty else {
            let message = board.loading ? text.loading : text.noHandoversHere
            // Wrapped, not clipped: it names the keys that widen the filter.
            buffer.wrappedText(message, in: Rect(x: listArea.x + 2, y: listArea.y, width: listArea.width - 2, height: listArea.height),
                               style: theme[.muted])
            return
        }
        // The view is pure: the first visible row follows from the selection alone.
        var scroll = ListScroll()
        scroll.follow(selected: board.selected, count: board.items.count, visible: listArea.height)
        let today = LocalDay(now, in: zone)
        for line in 0..<listArea.height {
            let index = scroll.offset + line
            guard index < board.items.count else { break }
            let handover = board.items[index]
            let late = handover.workingDaysOverdue(on: today, calendar: configuration.workingDays)
            let selected = index == board.selected
            let role: Role = selected ? .selection : (late > 0 ? .overdue : .normal)
            buffer.fill(listArea.row(line), style: theme[role])
            let names = (configuration.sector(handover.sector)?.name ?? handover.sector) + " · "
                + (configuration.category(handover.category)?.name ?? handover.category)
            let cells = [
                String(handover.id), LocalDay(handover.createdAt, in: zone).description, handover.dueDate.description,
                text.core.handoverStatus(handover.status), late > 0 ? "+\(late)" : "", names,
            ]
            buffer.write(row(selected ? String(buffer.glyphs.selected) : " ", cells), x: listArea.x, y: listArea.y + line,
                         style: theme[role], limit: listArea.width)
        }
        for (index, line) in details.prefix(detailRows).enumerated() {
            buffer.write(line.text, x: inner.x + 2, y: inner.maxY - detailRows + index, style: theme[line.role], limit: inner.width - 2)
        }
    }

    /// The selected hand-over's detail, wrapped: who changed it last (whole), the matter, how
    /// the sector calls back (the guide made it, so the guide sees it), and the sector's steps
    /// since with their notes (a closing note, a call-back), the latest last.
    /// Rows the hand-over list keeps above the selected hand-over's detail (when it has them).
    static let boardRowsKept = 5

    func handoverDetailRows(_ selected: Handover, width: Int, ascii: Bool, room: Int = .max) -> [(text: String, role: Role)] {
        let today = LocalDay(now, in: zone)
        let at = Timestamp.localMinute(selected.statusAt, in: zone)
        let late = selected.workingDaysOverdue(on: today, calendar: configuration.workingDays)
        let detail = "#\(selected.id): " + (late > 0 ? text.core.overdue(byWorkingDays: late) + " · " : "")
            + text.handoverDetail(
                reason: text.reason(selected.reason), status: text.core.handoverStatus(selected.status).lowercased(),
                by: selected.statusBy, at: at)
        var rows: [(String, Role)] = []
        func wrapped(_ line: String, _ role: Role, most: Int) -> [(String, Role)] {
            let lines = WrappedText(line, width: max(1, width), ascii: ascii).lines
            return lines.prefix(most).enumerated().map { index, text in
                // A cut line says so: the rest is in `handovers show`.
                (index == most - 1 && lines.count > most ? String(text.dropLast(min(2, text.count))) + " …" : text, role)
            }
        }
        func add(_ line: String, _ role: Role, most: Int) { rows += wrapped(line, role, most: most) }
        add(detail, late > 0 ? .overdue : .muted, most: 2)
        if let matter = selected.matter { add(text.forwarding.matterLine(matter), .normal, most: 2) }
        if let callback = selected.callback, !callback.isEmpty {
            add(text.forwarding.callbackLine(phone: callback.phone, email: callback.email, time: callback.preferredTime), .normal, most: 1)
        }
        // Every step that fits, in order; when they do not all fit, the newest (the closing and
        // call-back notes) stay and a line says how many earlier ones `handovers show` has.
        let steps = board.selectedSteps.map {
            wrapped(text.forwarding.eventLine($0.event, by: $0.by, at: Timestamp.localMinute($0.at, in: zone), note: $0.note), .success, most: 2)
        }
        var shown: [[(String, Role)]] = []
        var left = room - rows.count
        for step in steps.reversed() {
            // Room kept for the line naming the earlier steps, unless this is the earliest.
            let needs = step.count + (shown.count + 1 < steps.count ? 1 : 0)
            guard needs <= left || shown.count < 2 else { break }
            shown.insert(step, at: 0)
            left -= step.count
        }
        if shown.count < steps.count {
            rows += wrapped(text.forwarding.earlierSteps(steps.count - shown.count, handoverID: selected.id), .muted, most: 1)
        }
        rows += shown.joined()
        return rows
    }

    func drawRepeatPicker(_ picker: RepeatPicker, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let width = min(area.width - 4, 76)
        let height = min(area.height, max(7, min(picker.candidates.count, 8) + 5))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.normal])
        buffer.frame(box, title: text.repeatTitle, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        buffer.write(text.repeatHint, x: inner.x, y: inner.y, style: theme[.muted], limit: inner.width)
        let label = text.handoverIDLabel + " "
        buffer.write(label, x: inner.x, y: inner.y + 1, style: theme[.label])
        buffer.textField(picker.input, in: Rect(x: inner.x + CharacterWidth.of(label), y: inner.y + 1, width: min(14, inner.width - CharacterWidth.of(label)), height: 1),
                         style: theme[.fieldFocused], focused: true)
        let listArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        // The list holds contacts, the field above takes a hand-over: say which number is which.
        if !picker.candidates.isEmpty {
            buffer.write(text.repeatListHeading, x: inner.x, y: inner.y + 2, style: theme[.label], limit: inner.width)
        }
        guard !picker.candidates.isEmpty else {
            buffer.wrappedText(text.repeatNoCandidates, in: listArea, style: theme[.muted])
            return
        }
        let rows = picker.candidates.map { contact -> String in
            let day = LocalDay(contact.startedAt, in: zone) == LocalDay(now, in: zone)
                ? clock(contact.startedAt) : String(Timestamp.localText(contact.startedAt, in: zone).dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ")
            let category = configuration.category(contact.category)?.name ?? contact.category
            return "\(contact.id.map(String.init) ?? "")  \(day)  \(category) · \(text.core.resolution(contact.resolution.kind))"
        }
        var scroll = ListScroll()
        scroll.follow(selected: picker.selection, count: rows.count, visible: listArea.height)
        buffer.list(rows, selected: picker.selection, scroll: scroll, in: listArea, style: theme[.normal], selectedStyle: theme[.selection])
    }
}
