import Foundation
import ServicecenterCore
import TerminalUI

/// Drawing a forwarded contact's own rows (where it goes and by when, the matter, the call-back),
/// the sector search, and the sentence read to the citizen after the save.
extension DeskModel {
    /// Rows a forwarded contact's fields take on the form, below the reason row: where it goes,
    /// the matter, and the call-back fields (one row when they fit side by side, else their own).
    func handoverRows(innerWidth: Int, spareRows: Int = 0) -> Int {
        2 + CallbackFieldsLayout(self, innerWidth: innerWidth, spareRows: spareRows).rows
    }

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

        // The call-back fields, each wide enough for the longest plausible value, so the number
        // read back to the citizen is the number typed (see CallbackFieldsLayout).
        let fields = CallbackFieldsLayout(self, innerWidth: inner.width, spareRows: callbackSpareRows(inner: inner, ascii: buffer.glyphs.isASCII))
        let row = y + 2
        let labelWidth = { (field: HandoverField) in CharacterWidth.of(words.label(field)) + 1 }
        var x = inner.x
        x += field(.phone, x: x, y: row, width: min(inner.width, labelWidth(.phone) + fields.phoneWidth)) + 2
        if fields.sideBySide {
            x += field(.email, x: x, y: row, width: labelWidth(.email) + fields.emailWidth) + 2
            _ = field(.time, x: x, y: row, width: max(1, min(inner.maxX - x, labelWidth(.time) + fields.timeWidth)))
            return
        }
        if x < inner.maxX - labelWidth(.time) { _ = field(.time, x: x, y: row, width: min(inner.maxX - x, labelWidth(.time) + fields.timeWidth)) }
        // The e-mail on its own row; an address longer than the row, not being typed, goes on
        // to a second row whole rather than be cut (while typing, the field marks what is hidden).
        let focused = editing && handover.field == .email
        guard fields.emailRows == 2, !focused else {
            _ = field(.email, x: inner.x, y: row + 1, width: inner.width)
            return
        }
        let start = inner.x + buffer.write(words.label(.email) + " ", x: inner.x, y: row + 1, style: theme[.label])
        let width = max(1, inner.maxX - start)
        var first = ""
        var rest = Substring(handover.email.text)
        while let next = rest.first, Buffer.displayWidth(first + String(next), ascii: ascii) <= width {
            first.append(next)
            rest = rest.dropFirst()
        }
        for (offset, part) in [first, String(rest)].enumerated() {
            buffer.fill(Rect(x: start, y: row + 1 + offset, width: width, height: 1), style: theme[.field])
            buffer.write(part, x: start, y: row + 1 + offset, style: theme[.field], limit: width)
        }
    }

    /// The sector search over the form, as the repeat picker is drawn.
    func drawSectorChoice(_ choice: SectorChoice, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let words = text.forwarding
        let width = min(area.width - 4, 64)
        // As tall as the list needs and the screen gives: rows hidden below are marked (▼), not cut off.
        let height = min(area.height, max(6, choice.matches.count + 4))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.normal])
        buffer.frame(box, title: words.sectorPickerTitle, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let label = words.sectorSearchLabel + " "
        let labelWidth = buffer.write(label, x: inner.x, y: inner.y, style: theme[.label])
        buffer.textField(choice.query, in: Rect(x: inner.x + labelWidth, y: inner.y, width: min(30, inner.width - labelWidth), height: 1),
                         style: theme[.fieldFocused], focused: true)
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(1, inner.height - 2))
        guard !choice.matches.isEmpty else {
            buffer.wrappedText(words.noSectorMatches, in: listArea, style: theme[.muted])
            return
        }
        let own = form?.categoryID.flatMap(configuration.category)?.sector
        let rows = choice.matches.map { sector in
            sector.name + (sector.id == own ? "  " + words.categorysOwnSector : "")
        }
        buffer.markedList(rows, selected: choice.selection, in: listArea, style: theme[.normal], selectedStyle: theme[.selection], signStyle: theme[.muted])
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
        // Everything read aloud wraps onto the rows it needs (the idle hint below gives way):
        // a cut word here is a wrong promise or a lost call-back time.
        for line in lines where y < area.maxY {
            y += buffer.wrappedText(line, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: theme[.success]).shown
        }
        // The number and address as stored, to read back to the citizen and catch a slip.
        if let callback = handover.made?.callback, !callback.isEmpty, y < area.maxY {
            let line = text.forwarding.callbackLine(phone: callback.phone, email: callback.email, time: callback.preferredTime)
            y += buffer.wrappedText(line, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: theme[.normal]).shown
        }
        return y - area.y
    }
}
