import Foundation
import ServicecenterCore
import TerminalUI

/// The contact form's parts, each drawn into the area the form's layout gives it: the search
/// row, the categories found (or the one chosen), the guidance, the outcome with a hand-over's
/// own rows, the flags and the note. Text is measured in display cells, never in characters.

/// The search field and its label, on the form's first row.
struct FormSearchRow: Widget {
    let model: DeskModel
    let theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        let label = model.text.searchLabel
        let labelWidth = buffer.displayWidth(of: label) + 1
        buffer.write(label, x: area.x, y: area.y, style: theme[.label])
        let focused = model.focus == .search
        buffer.textField(model.search, in: Rect(x: area.x + labelWidth, y: area.y, width: min(40, area.width - labelWidth), height: 1),
                         style: focused ? theme[.fieldFocused] : theme[.field], focused: focused)
    }
}

/// While searching: the categories found, each with its sector, and a line saying so when only
/// Övrig fråga is offered. Once chosen: the category and its sector, and the words kept with an
/// Övrig fråga contact.
struct FormCategoryArea: Widget {
    let model: DeskModel
    let form: ContactForm
    let theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        if model.focus == .search {
            renderMatches(into: &buffer, area: area)
        } else if let category = model.highlightedCategory {
            renderChosen(category, into: &buffer, area: area)
        }
    }

    private func renderMatches(into buffer: inout Buffer, area: Rect) {
        let list = model.categoryList
        guard !list.matches.isEmpty else {
            if !model.search.text.isEmpty {
                buffer.write(model.text.noMatches, x: area.x + 2, y: area.y, style: theme[.muted], limit: area.width - 2)
            }
            return
        }
        var area = area
        if model.offersFallback, area.height > 1 {
            // Said, not silent: the guide must know the list holds Övrig fråga because nothing matched.
            buffer.write(model.text.fallbackOffered, x: area.x + 2, y: area.y, style: theme[.warning], limit: area.width - 2)
            area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        }
        var scroll = list.scroll
        scroll.follow(selected: list.selected, count: list.matches.count, visible: area.height)
        let nameWidth = max(12, area.width * 11 / 20)
        let ascii = buffer.glyphs.isASCII
        let rows = list.matches.map { match -> String in
            let sector = model.configuration.sector(match.category.sector)?.name ?? match.category.sector
            return Self.column(match.category.name, width: nameWidth - 2, ascii: ascii) + "→ " + sector
        }
        buffer.list(rows, selected: list.selected, scroll: scroll, in: area, style: theme[.normal], selectedStyle: theme[.selection])
    }

    /// `name` in a column of `width` display cells: padded with spaces when narrower; as wide
    /// or wider, its first `width - 1` cells and "… ", as the list has always shown a long name.
    static func column(_ name: String, width: Int, ascii: Bool) -> String {
        guard DisplayWidth.of(name, ascii: ascii) >= width else { return DisplayWidth.padded(name, to: width, ascii: ascii) }
        return DisplayWidth.truncated(name + " ", to: width, ascii: ascii, ellipsis: "…") + " "
    }

    private func renderChosen(_ category: ServicecenterCore.Category, into buffer: inout Buffer, area: Rect) {
        let sector = model.configuration.sector(category.sector)?.name ?? category.sector
        // The chosen category and the sector it belongs to, whole: the guide may read the sector out.
        let chosen = "\(buffer.glyphs.selected) \(category.name) → \(sector)"
        let shown = buffer.wrappedText(chosen, in: area, style: theme[.selection])
        guard let subject = model.subject(of: form) else { return }
        // The words kept with an Övrig fråga contact, shown before the save: beside the
        // category when they fit there, else whole on the rows below.
        let words = model.text.subjectLabel + " " + subject
        let after = buffer.displayWidth(of: chosen) + 2
        if shown.total == 1, after + buffer.displayWidth(of: words) <= area.width {
            buffer.write(words, x: area.x + after, y: area.y, style: theme[.normal])
        } else if shown.shown < area.height {
            buffer.wrappedText(words, in: Rect(x: area.x + 2, y: area.y + shown.shown, width: area.width - 2, height: area.height - shown.shown),
                               style: theme[.normal])
        }
    }
}

/// The highlighted category's guidance, wrapped in full and scrolled with PgUp/PgDn when
/// longer than its rows, and the e-service to point the citizen to.
struct FormGuidance: Widget {
    let model: DeskModel
    let category: ServicecenterCore.Category
    let form: ContactForm
    let rows: FormLayout
    let theme: Theme

    /// `area`: the form's inside; the guidance and e-service rows are the layout's.
    func render(into buffer: inout Buffer, area: Rect) {
        buffer.write(model.text.guidanceLabel + " ", x: area.x, y: rows.guidance.y, style: theme[.label])
        let offset = model.guidanceScroll.offset(for: category.id, in: form.startedAt)
        buffer.wrappedText(model.guidanceShown(for: category), in: rows.guidance, style: theme[.guidance], offset: offset, signStyle: theme[.label])
        guard let eservice = category.eservice else { return }
        buffer.write(model.text.eserviceLabel + " ", x: area.x, y: rows.eservice.y, style: theme[.label])
        buffer.wrappedText(eservice, in: rows.eservice, style: theme[.guidance])
    }
}

/// The outcome's three choices (and where a referral went); for a forwarded contact, the
/// reason's choices and the hand-over's own rows below.
struct FormOutcomeRows: Widget {
    let model: DeskModel
    let form: ContactForm
    /// The form's inside: the hand-over's rows size their call-back fields by the rows it has.
    let formInner: Rect
    let theme: Theme

    /// `area`: from the outcome row down, as wide as the form's inside.
    func render(into buffer: inout Buffer, area: Rect) {
        let text = model.text
        var x = area.x
        x += buffer.write(text.outcomeLabel + " ", x: x, y: area.y, style: theme[.label])
        for (index, kind) in Resolution.Kind.allCases.enumerated() {
            let chosen = form.resolution == kind
            let style = chosen ? (model.focus == .outcome ? theme[.selection] : theme[.fieldFocused]) : theme[.normal]
            x += buffer.write("\(index + 1) \(text.outcome(kind))", x: x, y: area.y, style: style, limit: area.maxX - x) + 2
        }
        if let referral = model.chosenReferral {
            buffer.write("→ " + referral, x: x, y: area.y, style: theme[.fieldFocused], limit: area.maxX - x)
        }
        guard form.resolution == .forwarded else { return }
        let reasonY = area.y + 1
        x = area.x
        x += buffer.write(text.reasonLabel + " ", x: x, y: reasonY, style: theme[.label])
        for (index, reason) in ForwardReason.allCases.enumerated() {
            let chosen = form.reason == reason
            let style = chosen ? theme[.selection] : (model.focus == .reason ? theme[.warning] : theme[.normal])
            x += buffer.write("\(index + 1) \(text.reason(reason))", x: x, y: reasonY, style: style, limit: area.maxX - x) + 2
        }
        model.drawHandoverRows(into: &buffer, y: reasonY + 1, inner: formInner, form: form, theme)
    }
}

/// Digital help (F4), the digital medium (F5) and the repeat link, on one row.
struct FormFlagsRow: Widget {
    let model: DeskModel
    let form: ContactForm
    let theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        let text = model.text
        let check = form.digitalHelp ? buffer.glyphs.checked : buffer.glyphs.unchecked
        var x = area.x
        x += buffer.write("\(check) \(text.digitalHelpLabel) (F4)", x: x, y: area.y, style: form.digitalHelp ? theme[.success] : theme[.normal])
        if form.channel == .digital, let medium = form.medium {
            x += buffer.write("   \(text.mediumLabel): \(text.medium(medium)) (F5)", x: x, y: area.y, style: theme[.normal], limit: area.maxX - x)
        }
        if let earlier = form.repeatOf {
            buffer.write("   " + text.repeatLabel(contactID: earlier), x: x, y: area.y, style: theme[.warning], limit: area.maxX - x)
        }
    }
}

/// The note field and its label.
struct FormNoteRow: Widget {
    let model: DeskModel
    let theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        let label = model.text.noteLabel + " "
        buffer.write(label, x: area.x, y: area.y, style: theme[.label])
        let fieldX = area.x + buffer.displayWidth(of: label)
        let focused = model.focus == .note
        buffer.textField(model.note, in: Rect(x: fieldX, y: area.y, width: area.maxX - fieldX, height: 1),
                         style: focused ? theme[.fieldFocused] : theme[.field], focused: focused)
    }
}

/// The form with no contact open: the hand-over just made to read aloud, how to start, and a
/// draft put aside waiting.
struct IdleForm: Widget {
    let model: DeskModel
    let theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        // The hand-over just made comes first: the guide reads it to the citizen.
        let top = area.y + model.drawReadAloud(into: &buffer, area, theme)
        if area.maxY > top + 1 {
            buffer.paragraph(model.text.idleHint, in: Rect(x: area.x, y: top + 1, width: area.width, height: min(2, area.maxY - top - 1)),
                             style: theme[.muted])
        }
        // A draft put aside at the offer is not forgotten: it says how to bring it back.
        guard let waiting = model.laterDrafts.last, area.maxY - top > 4 else { return }
        let category = waiting.categoryID.flatMap(model.configuration.category)?.name ?? (waiting.search.isEmpty ? nil : "\"\(waiting.search)\"")
        buffer.wrappedText(model.text.safety.draftsWaiting(model.laterDrafts.count, category: category, started: model.clock(waiting.startedAt)),
                           in: Rect(x: area.x, y: top + 3, width: area.width, height: area.maxY - top - 3), style: theme[.warning])
    }
}
