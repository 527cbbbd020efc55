import Foundation
import ServicecenterCore
import TerminalUI

extension DeskModel {
    /// The smallest terminal the desk draws in; below it, a clear message instead of garbage.
    public static let minimumSize = Size(width: 70, height: 18)

    /// Renders the whole screen into a buffer of the model's size.
    public func view(theme: Theme, glyphs: Glyphs? = nil) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs ?? self.glyphs)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            buffer.paragraph(text.tooSmall(need: Self.minimumSize, have: size), in: buffer.area, style: theme[.warning])
            return buffer
        }
        let screen = layout(ascii: buffer.glyphs.isASCII)
        // Incidents in progress: every guide must see what to tell citizens, all of it.
        drawBanners(into: &buffer, screen.banners, theme)
        drawTitle(into: &buffer, screen.title, theme)
        buffer.write(todayLine, x: screen.today.x + 1, y: screen.today.y, style: theme[.muted], limit: screen.today.width - 2)
        drawNotice(into: &buffer, screen.notice, theme)
        buffer.keyHints(hints, in: screen.keyHints, keyStyle: theme[.keyHint], labelStyle: theme[.keyHintLabel])
        let middle = screen.middle

        // The station picker, the draft offer and the hand-over list take the middle; the
        // pickers are drawn over the form.
        switch working {
        case .station(let picker)?: drawStations(picker, into: &buffer, middle, theme)
        case .draftOffer(let offer)?: drawResumeOffer(offer, into: &buffer, middle, theme)
        case .handovers?: drawHandoverBoard(into: &buffer, middle, theme)
        case .knowledge(let panel)?: drawKnowledge(panel, into: &buffer, middle, theme)
        case .sectorChoice?, .repeatLink?, .queueList?, .help?, nil:
            drawForm(into: &buffer, screen.form, theme)
            drawRecent(into: &buffer, screen.recent, theme)
        }
        if focus == .referral { drawReferralPicker(into: &buffer, middle, theme) }
        switch working {
        case .repeatLink(let picker)?: drawRepeatPicker(picker, into: &buffer, middle, theme)
        case .queueList(let list)?: drawQueueList(list, into: &buffer, middle, theme)
        // Over the form it belongs to, not the recent list beside it.
        case .sectorChoice(let choice)?: drawSectorChoice(choice, into: &buffer, screen.form, theme)
        default: break
        }
        // The help may cover the whole screen: it lists every key.
        if helpVisible { drawHelp(into: &buffer, theme) }
        return buffer
    }

    var zone: TimeZone { configuration.timeZone }

    func clock(_ date: Date) -> String {
        String(Timestamp.localText(date, in: zone).dropFirst(11).prefix(5))
    }

    var todayLine: String {
        let summary = ContactSummary(recent)
        return text.today(
            contacts: summary.contacts, fcr: Formatting.percent(summary.firstContactResolution, text.core.language),
            queue: waiting.map(String.init) ?? "–", channel: station.map { text.core.channel($0.channel) } ?? "–")
    }

    var hints: [KeyHint] {
        var actions: [DeskAction] = [.help]
        switch focus {
        case .station, .resumeOffer: actions += [.quit]
        case .idle:
            actions += [.newContact] + (station.map { QueueTicket.hallChannels.contains($0.channel) } == true ? [.callNext, .queueList] : [])
                + [.operatorStatus, .station, .handovers, .editLast, .quit]
        case .search: actions += ticketActions + [.digitalHelp, .note, .save, .quit] + articlesKey
        case .outcome, .reason, .note:
            actions += ticketActions + [.digitalHelp] + (form?.channel == .digital ? [.medium] : []) + [.note, .repeatLink, .save, .quit] + articlesKey
                + (forwarding ? [.nextField, .chooseSector] : [])
        case .forwarding: actions += [.nextField, .chooseSector, .save, .back, .quit]
        case .sectorChoice: actions += [.choose, .back]
        case .repeatLink, .queueList, .referral: actions += [.choose, .back]
        case .knowledge: actions += knowledgePanel?.reading == nil ? [.choose, .back] : [.scrollText, .back]
        case .handovers:
            actions += [.callback, .filterSector, .filterStatus, .filterOverdue]
                + (seesAllSectors ? [.mineOrAll] : []) + [.quit]
        }
        // The articles' key is named after saving and quitting, so on a narrow screen it gives way
        // to them: the line under the guidance names it too (`Artiklar (^L): …`).
        // When the guidance is longer than its area, the keys that scroll it are named too: last,
        // so on a narrow screen they give way to saving and quitting (the ▼ and F1 still tell).
        if guidanceScrolls { actions.append(.scrollText) }
        let waiting = focus == .idle && !laterDrafts.isEmpty ? [KeyHint("^O", text.safety.draftHint)] : []
        return actions.prefix(1).map { KeyHint($0.keyName, text.hint($0)) } + waiting + actions.dropFirst().map { KeyHint($0.keyName, text.hint($0)) }
    }

    /// The articles' key, where the site has articles (without any, ^L does nothing).
    var articlesKey: [DeskAction] { configuration.knowledge.isEmpty ? [] : [.knowledge] }

    /// The keys for the open contact's ticket and the incident in progress, when there are any.
    var ticketActions: [DeskAction] {
        (incidents.isEmpty && form?.incident == nil ? [] : [.tagIncident]) + (form?.ticket == nil ? [] : [.noShow, .transferTicket])
    }

    func drawTitle(into buffer: inout Buffer, _ row: Rect, _ theme: Theme) {
        buffer.fill(row, style: theme[.title])
        let title = text.title(guide: guide.name, station: station.map(text.station)) + " · " + text.queue.status(status)
        let time = clock(now)
        buffer.write(title, x: row.x + 1, y: row.y, style: theme[.title], limit: row.width - time.count - 3)
        buffer.write(time, x: row.maxX - time.count - 1, y: row.y, style: theme[.title])
    }

    func drawNotice(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        guard let notice else { return }
        buffer.wrappedText(notice.text, in: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height), style: theme[notice.role])
    }

    func drawStations(_ picker: StationPicker, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        buffer.frame(area, title: text.chooseStation.components(separatedBy: " (").first, style: theme[.frame], titleStyle: theme[.label])
        let inner = area.inner
        // Prompts wrap (up to two rows) rather than end in "…": they name the keys.
        let prompt = buffer.wrappedText(text.chooseStation, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 2),
                                        style: theme[.normal]).shown
        let rows = stations.enumerated().map { "\($0.offset + 1)  \(text.station($0.element))" }
        var scroll = ListScroll()
        scroll.follow(selected: picker.selection, count: rows.count, visible: inner.height - prompt - 1)
        buffer.list(rows, selected: picker.selection, scroll: scroll,
                    in: Rect(x: inner.x + 1, y: inner.y + prompt + 1, width: min(40, inner.width - 2), height: inner.height - prompt - 1),
                    style: theme[.normal], selectedStyle: theme[.selection])
    }

    func drawResumeOffer(_ offer: DraftOffer, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        buffer.frame(area, style: theme[.frame])
        let inner = area.inner
        let draft = offer.draft
        let category = draft.categoryID.flatMap(configuration.category)?.name ?? (draft.search.isEmpty ? nil : "\"\(draft.search)\"")
        let started = clock(draft.startedAt)
        let offer = buffer.wrappedText(text.resumeOffer(category: category, started: started),
                                       in: Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: 2), style: theme[.warning]).shown
        buffer.wrappedText(text.resumeHint, in: Rect(x: inner.x + 1, y: inner.y + 2 + offer, width: inner.width - 2, height: 2), style: theme[.normal])
    }

    func drawForm(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        buffer.frame(area, title: formTitle, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        guard let form else {
            buffer.render(IdleForm(model: self, theme: theme), in: inner)
            return
        }
        // The guidance takes the rows it needs, the match list what is left; the outcome, the
        // hand-over's rows, the flags and the note are fixed at the bottom.
        let rows = formLayout(area, ascii: buffer.glyphs.isASCII)
        buffer.render(FormSearchRow(model: self, theme: theme), in: inner.row(0))
        buffer.render(FormCategoryArea(model: self, form: form, theme: theme), in: rows.list)
        if let category = highlightedCategory {
            buffer.render(FormGuidance(model: self, category: category, form: form, rows: rows, theme: theme), in: inner)
        }
        // Below the guidance: the outcome with the reason and the hand-over's rows when
        // forwarded, then the flags, then the note.
        let handover = form.resolution == .forwarded
            ? 1 + handoverRows(innerWidth: inner.width, spareRows: callbackSpareRows(inner: inner, ascii: buffer.glyphs.isASCII)) : 0
        let bottom = Layout.vertical([.length(1 + handover), .length(1), .length(1)])
            .split(Rect(x: inner.x, y: rows.outcomeY, width: inner.width, height: 3 + handover))
        buffer.render(FormOutcomeRows(model: self, form: form, formInner: inner, theme: theme), in: bottom[0])
        buffer.render(FormFlagsRow(model: self, form: form, theme: theme), in: bottom[1])
        buffer.render(FormNoteRow(model: self, theme: theme), in: bottom[2])
    }

    /// The form's frame title: the talk time, the ticket, the incident and a no-show mark; or
    /// which contact is being corrected.
    var formTitle: String {
        if let id = form?.editingContactID { return text.editTitle(id: id).trimmingCharacters(in: .whitespaces) }
        let title = text.formTitle(elapsed: form.map { Formatting.duration(max(0, now.timeIntervalSince($0.startedAt))) } ?? "")
            + (form?.ticket.map { " · " + text.ticketLabel($0, wait: Formatting.duration(form?.queueWaitSeconds.map(Double.init))) } ?? "")
            + (form?.incident.map { tag in " · " + text.incidentLabel(incidents.first { $0.tag == tag }?.title ?? tag) } ?? "")
            + (form?.noShowMarked == true ? " · " + text.safety.noShowLabel : "")
        return title.trimmingCharacters(in: .whitespaces)
    }

    func drawRecent(into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        // The list may give its rows to the incident banners (see `borrowableRows`).
        guard area.height >= 3 else { return }
        buffer.frame(area, title: text.recentTitle, style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        guard !recent.isEmpty else {
            buffer.write(text.noRecent, x: inner.x, y: inner.y, style: theme[.muted], limit: inner.width)
            return
        }
        for (index, contact) in recent.prefix(inner.height).enumerated() {
            let category = configuration.category(contact.category)?.name ?? contact.category
            var outcome = text.core.resolution(contact.resolution.kind)
            if case .forwarded(let sector, _) = contact.resolution { outcome += " → " + (configuration.sector(sector)?.name ?? sector) }
            // A referral says where, as a forwarding says to which sector: the guide's own record of what was said.
            if case .referred(let referral?) = contact.resolution { outcome += " → " + referralName(referral) }
            let line = "\(clock(contact.startedAt))  \(text.core.channel(contact.channel))  \(category)  ·  \(outcome)"
            let editable = index == 0 && editableContact != nil
            buffer.write(line, x: inner.x, y: inner.y + index, style: editable ? theme[.normal] : theme[.muted], limit: inner.width)
        }
    }

    func drawQueueList(_ list: TicketList, into buffer: inout Buffer, _ area: Rect, _ theme: Theme) {
        let width = min(area.width - 4, 60)
        let height = min(area.height, max(6, min(list.tickets.count, 10) + 4))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: theme[.normal])
        let channel = station.map { text.core.channel($0.channel) } ?? ""
        buffer.frame(box, title: text.queueListTitle(channel: channel, waiting: list.tickets.count), style: theme[.frame], titleStyle: theme[.label])
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        buffer.write(text.queueListHint, x: inner.x, y: inner.y, style: theme[.muted], limit: inner.width)
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard !list.tickets.isEmpty else {
            buffer.write(text.queue.nobodyWaiting(channel: channel), x: listArea.x, y: listArea.y, style: theme[.muted], limit: listArea.width)
            return
        }
        let rows = list.tickets.map { call -> String in
            let service = call.service.map { configuration.sector($0)?.name ?? $0 } ?? ""
            return "\(call.ticket ?? "")  \(clock(call.takenAt))  \(Formatting.duration(call.waiting(at: now)))  \(service)"
        }
        var scroll = ListScroll()
        scroll.follow(selected: list.selection, count: rows.count, visible: listArea.height)
        buffer.list(rows, selected: list.selection, scroll: scroll, in: listArea, style: theme[.normal], selectedStyle: theme[.selection])
    }
}
