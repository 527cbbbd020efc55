import Foundation
import ServicecenterCore
import TerminalUI

/// Drawing a forwarded contact's own rows (where it goes and by when, the matter, the call-back),
/// the sector search, and the sentence read to the citizen after the save.
extension DeskModel {
    /// Rows a forwarded contact's fields take on the form, below the reason row.
    static let handoverRows = 3

    /// Draws the hand-over rows from `y`; the form keeps them free when it is forwarded.
    func drawHandoverRows(into buffer: inout Buffer, y: Int, inner: Rect, form: ContactForm, _ theme: Theme) {
        let words = text.forwarding
        // Where it goes and by when, with the key that changes it: what the save will make.
        let sector = sectorName(form.handoverSector(in: configuration))
        let today = LocalDay(now, in: zone)
        let due = dueDate(of: form).map { words.dayInWords($0, today: today) } ?? "–"
        let ascii = buffer.glyphs.isASCII
        // The due day is what the guide promises: when the row is short, the key's reminder goes
        // first (the hint bar and F1 name it too), then the sector's name is shortened, never the day.
        var line = words.handoverTo(sector: sector, due: due)
        let key = " " + words.sectorKey
        let showsKey = Buffer.displayWidth(line + key, ascii: ascii) <= inner.width
        var shortened = sector
        while Buffer.displayWidth(line, ascii: ascii) > inner.width, shortened.count > 1 {
            shortened.removeLast()
            line = words.handoverTo(sector: shortened + "…", due: due)
        }
        let written = buffer.write(line, x: inner.x, y: y, style: form.forwardTo == nil ? theme[.normal] : theme[.warning], limit: inner.width)
        if showsKey { buffer.write(key, x: inner.x + written, y: y, style: theme[.muted], limit: inner.maxX - inner.x - written) }

        // The matter, as wide as the form.
        let editing = focus == .forwarding
        func field(_ field: HandoverField, x: Int, y: Int, width: Int) -> Int {
            let label = words.label(field) + " "
            let labelWidth = buffer.write(label, x: x, y: y, style: theme[.label])
            let focused = editing && handover.field == field
            buffer.textField(handover[field], in: Rect(x: x + labelWidth, y: y, width: max(1, width - labelWidth), height: 1),
                             style: focused ? theme[.fieldFocused] : theme[.field], focused: focused)
            return width
        }
        _ = field(.matter, x: inner.x, y: y + 1, width: inner.width)

        // Phone, e-mail and time share a row: the e-mail gets what the other two leave.
        let labels = [HandoverField.phone, .email, .time].map { CharacterWidth.of(words.label($0)) + 1 }.reduce(0, +)
        let room = max(3, inner.width - labels - 4)
        let phoneWidth = min(18, max(8, room * 35 / 100))
        let timeWidth = min(16, max(6, room / 4))
        let emailWidth = max(1, room - phoneWidth - timeWidth)
        var x = inner.x
        x += field(.phone, x: x, y: y + 2, width: CharacterWidth.of(words.label(.phone)) + 1 + phoneWidth) + 2
        x += field(.email, x: x, y: y + 2, width: CharacterWidth.of(words.label(.email)) + 1 + emailWidth) + 2
        _ = field(.time, x: x, y: y + 2, width: min(inner.maxX - x, CharacterWidth.of(words.label(.time)) + 1 + timeWidth))
    }

    /// The sector search over the form, as the repeat picker is drawn.
    func drawSectorChoice(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let words = text.forwarding
        let width = min(area.width - 4, 64)
        let height = min(area.height, max(6, min(handover.sectorMatches.count, 10) + 4))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.normal])
        buffer.frame(box, title: words.sectorPickerTitle, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let label = words.sectorSearchLabel + " "
        let labelWidth = buffer.write(label, x: inner.x, y: inner.y, style: theme[.label])
        buffer.textField(handover.sectorQuery, in: Rect(x: inner.x + labelWidth, y: inner.y, width: min(30, inner.width - labelWidth), height: 1),
                         style: theme[.fieldFocused], focused: true)
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(1, inner.height - 2))
        guard !handover.sectorMatches.isEmpty else {
            buffer.wrappedText(words.noSectorMatches, in: listArea, style: theme[.muted])
            return
        }
        let own = form?.categoryID.flatMap(configuration.category)?.sector
        let rows = handover.sectorMatches.map { sector in
            sector.name + (sector.id == own ? "  " + words.categorysOwnSector : "")
        }
        var scroll = ListScroll()
        scroll.follow(selected: handover.sectorSelection, count: rows.count, visible: listArea.height)
        buffer.list(rows, selected: handover.sectorSelection, scroll: scroll, in: listArea, style: theme[.normal], selectedStyle: theme[.selection])
    }

    /// The sentence for the hand-over just made, in words to read aloud.
    var readAloudSentence: String? {
        readAloudParts.map { text.forwarding.sentence(reference: $0.reference, promise: $0.promise) }
    }

    /// The sentence's two halves: the reference the citizen notes, and who contacts them by when.
    var readAloudParts: (reference: String, promise: String)? {
        guard let made = handover.made else { return nil }
        let due = text.forwarding.dayInWords(made.dueDate, today: LocalDay(now, in: zone))
        return (text.forwarding.reference(handoverID: made.id), text.forwarding.promise(sector: sectorName(made.sector), due: due))
    }

    /// The idle screen's top rows after a hand-over was made: the sentence, whole, on one row
    /// when it fits, else broken after the reference (never inside the date); then how the
    /// sector calls back. Returns the rows used.
    func drawReadAloud(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) -> Int {
        guard let parts = readAloudParts, let sentence = readAloudSentence, area.height >= 3 else { return 0 }
        let ascii = buffer.glyphs.isASCII
        buffer.write(text.forwarding.readAloudLabel, x: area.x, y: area.y, style: theme[.label], limit: area.width)
        var y = area.y + 1
        let lines = Buffer.displayWidth(sentence, ascii: ascii) <= area.width ? [sentence] : [parts.reference, parts.promise]
        for line in lines where y < area.maxY {
            y += buffer.wrappedText(line, in: Rect(x: area.x, y: y, width: area.width, height: min(2, area.maxY - y)), style: theme[.success]).shown
        }
        // The number and address as stored, to read back to the citizen and catch a slip.
        if let callback = handover.made?.callback, !callback.isEmpty, y < area.maxY - 2 {
            let line = text.forwarding.callbackLine(phone: callback.phone, email: callback.email, time: callback.preferredTime)
            y += buffer.wrappedText(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.normal]).shown
        }
        return y - area.y
    }
}
