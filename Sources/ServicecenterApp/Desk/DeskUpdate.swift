import Foundation
import ServicecenterCore
import TerminalUI

extension DeskModel {
    /// Applies one message and returns the effects to run. Pure: no clock, no store, no terminal.
    @discardableResult
    public mutating func update(_ message: DeskMessage) -> [DeskEffect] {
        let formBefore = form
        var effects: [DeskEffect]
        switch message {
        case .key(let key):
            let focusBefore = focus, noticeBefore = notice
            effects = handle(key)
            replaceStepHint(leaving: focusBefore, shown: noticeBefore)
        case .interrupted: effects = requestQuit()
        case .tick(let time):
            now = time
            effects = []
        case .resized(let newSize):
            size = newSize
            effects = []
        case .saved(let saved, let contact):
            let id = saved.id
            saving = false
            let wasEdit = form?.editingContactID != nil
            closeForm()
            let done = wasEdit ? text.updated(id: id) : text.saved(id: id)
            notice = saved.masked.isEmpty
                ? Notice(kind: .success, text: done)
                : Notice(kind: .warning, text: done + " " + text.core.personalDataMasked(saved.masked))
            if let minutes = cappedOnSave {
                notice = Notice(kind: .warning, text: (notice?.text ?? done) + " "
                    + text.contactCapped(openMinutes: minutes, limit: configuration.site.maxContactMinutes))
                cappedOnSave = nil
            }
            var stored = contact
            stored.id = id
            recent.removeAll { $0.id == id }
            recent.insert(stored, at: 0)
            // The list now holds what the store kept; it is read again only when another
            // process writes. The store cleared the draft row with the save; drafts set aside go back in it.
            return (laterDrafts.isEmpty ? [] : [keptDraftEffect]) + awaitHandover(ofContact: id, contact)
        case .saveFailed(let error):
            saving = false
            notice = Notice(kind: .error, text: text.saveFailed(text.core.storeError(error)))
            return []
        case .draftFailed(let error):
            notice = Notice(kind: .warning, text: text.draftFailed(text.core.storeError(error)))
            return []
        case .recentLoaded(let contacts):
            recent = contacts
            // The read works again: its earlier failure is no longer true.
            if let failure = readFailureNotice, notice == failure { notice = nil }
            readFailureNotice = nil
            return []
        case .recentFailed, .stationFailed, .statusFailed:
            effects = receiveSessionFailure(message)
        case .handoversLoaded, .handoverChanged, .handoverRefused, .repeatCandidatesLoaded, .handoverLookedUp, .contactLookedUp, .lookupFailed:
            effects = receive(message)
        case .liveLoaded, .ticketCalled, .ticketChanged, .queueRefused, .waitingTicketsLoaded:
            effects = receiveQueue(message)
        case .handoverMade(let contactID, let made):
            receiveHandoverMade(contactID: contactID, made)
            effects = []
        case .handoverHistoryLoaded(let id, let entries):
            board.history = (id, entries)
            effects = []
        case .unmatchedSearchNotCounted(let error):
            notice = Notice(kind: .warning, text: text.knowledge.notCounted(text.core.storeError(error)))
            effects = []
        }
        // Every change to the form is kept at once, so a crash loses nothing typed.
        if let form, form != formBefore, !effects.contains(where: { if case .saveContact = $0 { true } else if case .updateContact = $0 { true } else { false } }) {
            effects.insert(.saveDraft(persisted(form)), at: 0)
        }
        return effects
    }

    mutating func handle(_ key: Key) -> [DeskEffect] {
        if key == .resize { return [] }
        // Only the key right after an outcome digit may show the digit was text.
        let afterDigit = guards.outcomeDigit
        guards.outcomeDigit = nil
        // The open overlay has the keys first; the help before any other.
        if var help = self.help {
            let action = help.update(key, window: helpLayout(ascii: glyphs.isASCII).window)
            overlay = .help(help)
            guard action == .close else { return [] }
            closeHelp()
            // A letter that only closed the help was not read: in a command step, the Enter
            // after it chooses nothing, as after any refused word.
            if case .character = key, Self.commandSteps.contains(focus) {
                guards.strayTyping = true
                notice = Notice(kind: .info, text: text.safety.keysHere(focus))
            }
            return []
        }
        let textFocused = [.search, .note, .forwarding, .sectorChoice, .referral, .knowledge].contains(focus)
        if key == .function(1) || (key == .character("?") && !textFocused) {
            overlay = .help(HelpOverlay(covering: overlay))
            return []
        }
        if key == .function(10) || key == .control("c") { return requestQuit() }
        if let answered = answerConfirmation(key) { return answered }
        if let pending = handleMarkedNoShow(key) { return pending }
        if let kept = keepTextAfterOutcomeDigit(key, after: afterDigit) { return kept }
        if let refused = guardStrayTyping(key) { return refused }
        if key == .control("r") { return toggleRepeatLink() }
        if key == .control("g") { return openSectorChoice() }
        // The articles open over the form's steps only, so no other picker loses its place.
        if key == .control("l"), !configuration.knowledge.isEmpty, working == nil, focus != .station, focus != .resumeOffer { return openKnowledge() }
        // Ctrl-O brings back a draft set aside. Not a DeskAction: it only does something while
        // a draft waits, and then the idle screen and the hint bar name it.
        if key == .control("o") { return offerLaterDraft() }
        if key == .function(7), focus != .station, focus != .resumeOffer { return toggleHandoverBoard() }
        if let action = DeskAction.forControlKey(key), focus != .station, focus != .resumeOffer { return performQueueAction(action) }
        if scrollGuidance(key) { return [] }
        switch overlay {
        case .station(var picker)?:
            let action = picker.update(key, count: stations.count, canLeave: station != nil)
            overlay = .station(picker)
            return handleStation(action)
        case .draftOffer(let offer)?: return handleResume(offer.update(key))
        case .sectorChoice(var choice)?:
            let action = choice.update(key)
            overlay = .sectorChoice(choice)
            return handleSectorChoice(action)
        case .repeatLink(var picker)?:
            let action = picker.update(key)
            overlay = .repeatLink(picker)
            return handleRepeatLink(action)
        case .queueList(var list)?:
            let action = list.update(key)
            overlay = .queueList(list)
            return handleQueueList(action)
        case .handovers?:
            return handleHandoverBoard(board.update(key, sectors: configuration.sectors))
        case .knowledge?:
            return handleKnowledge(key)
        case .help?, nil:
            break
        }
        switch step {
        case .idle: return handleIdle(key)
        case .search: return handleSearch(key)
        case .outcome: return handleOutcome(key)
        case .reason: return handleReason(key)
        case .referral: return handleReferral(key)
        case .note: return handleNote(key)
        case .forwarding: return handleForwarding(key)
        }
    }

    /// Closes the help: what it covered has the keys again.
    mutating func closeHelp() {
        guard let help else { return }
        overlay = help.covering
    }

    /// Opens the station picker on the station in use.
    mutating func openStationPicker() {
        working = .station(StationPicker(selection: station.flatMap { stations.firstIndex(of: $0) } ?? 0))
    }

    mutating func handleStation(_ action: StationPicker.Action) -> [DeskEffect] {
        switch action {
        case .choose: return chooseStation()
        case .back: go(to: form == nil ? .idle : .search)
        case .none: break
        }
        return []
    }

    mutating func chooseStation() -> [DeskEffect] {
        let chosen = stations[stationPicker?.selection ?? 0]
        station = chosen
        if var open = form, open.editingContactID == nil {
            open.channel = chosen.channel
            open.medium = chosen.channel == .digital ? (open.medium ?? .email) : nil
            form = open
            go(to: .search)
        } else {
            go(to: .idle)
        }
        return [.rememberStation(chosen), .loadRecent]
    }

    mutating func handleResume(_ action: DraftOffer.Action) -> [DeskEffect] {
        switch action {
        case .resume:
            guard let draft = offeredDraft else { return [] }
            working = nil
            open(draft)
            notice = Notice(kind: .info, text: text.draftResumed)
            return station == nil ? [] : [.loadRecent]
        case .setAside:
            return setOfferedDraftAside()
        case .askDiscard:
            guards.confirming = .discardDraft
            notice = Notice(kind: .warning, text: text.safety.discardQuestion)
            return []
        case .none:
            return []
        }
    }

    /// Puts a form on screen with the focus where the guide left off.
    mutating func open(_ draft: ContactForm) {
        form = draft
        search.set(draft.search)
        note.set(draft.note)
        handover.load(from: draft)
        handover.made = nil
        refreshMatches()
        if let chosen = draft.categoryID, let index = categoryList.matches.firstIndex(where: { $0.category.id == chosen }) {
            categoryList.selected = index
        }
        go(to: draft.categoryID == nil ? .search : .outcome)
    }

    mutating func handleIdle(_ key: Key) -> [DeskEffect] {
        switch key {
        case .function(2):
            startContact(with: "")
        case .function(3):
            openStationPicker()
        case .function(8):
            guard let last = editableContact else {
                notice = Notice(kind: .warning, text: text.nothingToEdit)
                return []
            }
            open(ContactForm(editing: last, categoryName: configuration.category(last.category)?.name ?? last.category))
        case .character(let character) where !character.isWhitespace:
            startContact(with: String(character))
        default:
            break
        }
        return []
    }

    mutating func startContact(with first: String) {
        guard let station else {
            openStationPicker()
            return
        }
        notice = nil
        form = ContactForm(startedAt: now, channel: station.channel, search: first)
        search.set(first)
        note.set("")
        // The sentence of the last hand-over stays on screen until this moment.
        handover.clearFields()
        handover.made = nil
        refreshMatches()
        go(to: .search)
    }

    mutating func handleSearch(_ key: Key) -> [DeskEffect] {
        switch key {
        case .up:
            categoryList.move(by: -1)
        case .down:
            categoryList.move(by: 1)
        case .pageDown:
            categoryList.move(by: 5)
        case .pageUp:
            categoryList.move(by: -5)
        case .enter, .tab:
            guard let highlighted = categoryList.highlighted else {
                notice = Notice(kind: .warning, text: text.chooseCategoryFirst)
                return []
            }
            form?.categoryID = highlighted.category.id
            go(to: .outcome)
            notice = nil
        case .escape:
            if search.text.isEmpty {
                return cancelOrAsk()
            }
            search.set("")
            syncSearch()
        case .function(9):
            return save()
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
            if search.handle(key) { syncSearch() }
        }
        return []
    }

    mutating func syncSearch() {
        form?.search = search.text
        if form?.categoryID != nil { form?.categoryID = nil }
        refreshMatches()
    }

    mutating func refreshMatches() {
        categoryList = CategoryList(matches: router.categoriesOrFallback(matching: search.text, limit: 50))
    }

    mutating func cancelContact() -> [DeskEffect] {
        closeForm()
        notice = Notice(kind: .info, text: text.cancelled)
        return [keptDraftEffect]
    }

    /// Back to idle with an empty form: after a save, a cancel, or a visitor gone elsewhere.
    mutating func closeForm() {
        form = nil
        search.set("")
        note.set("")
        handover.clearFields()
        categoryList = CategoryList()
        go(to: .idle)
    }

    mutating func handleOutcome(_ key: Key) -> [DeskEffect] {
        switch key {
        case .character(let digit) where "123".contains(digit):
            guards.outcomeDigit = form.map { OutcomeDigit(digit: digit, resolution: $0.resolution, reason: $0.reason) }
            return chooseOutcome(digit)
        // Letters are never commands here: a guide typing what the citizen says keeps it.
        // Nor is any other printable character: a number typed here starts the note, kept.
        case .character(let typed) where !typed.isWhitespace:
            return typeIntoNote(key)
        case .enter: return save()
        case .tab where forwarding: return returnToHandoverFields()
        case .escape, .backTab:
            go(to: .search)
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
        }
        return []
    }

    mutating func chooseOutcome(_ digit: Character) -> [DeskEffect] {
        switch digit {
        case "1":
            form?.resolution = .resolved
            form?.reason = nil
            notice = Notice(kind: .info, text: text.safety.outcomeChosen(text.outcome(.resolved)))
        case "2":
            form?.resolution = .forwarded
            go(to: .reason)
            notice = Notice(kind: .info, text: text.safety.outcomeChosen(text.outcome(.forwarded)))
        case "3":
            form?.resolution = .referred
            form?.reason = nil
            notice = Notice(kind: .info, text: text.safety.outcomeChosen(text.outcome(.referred)))
            openReferralPicker()
        default: break
        }
        return []
    }

    mutating func handleReason(_ key: Key) -> [DeskEffect] {
        switch key {
        case .character(let digit) where digit.wholeNumberValue.map { (1...ForwardReason.allCases.count).contains($0) } == true:
            let reason = ForwardReason.allCases[digit.wholeNumberValue! - 1]
            form?.reason = reason
            // The matter is what the hand-over needs next: the cursor goes there.
            enterHandoverFields(at: .matter)
            notice = Notice(kind: .info, text: text.safety.reasonChosen(text.reason(reason)) + " " + text.forwarding.fieldHint(.matter))
        case .escape:
            if form?.reason == nil { form?.resolution = .resolved }
            go(to: .outcome)
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
        }
        return []
    }

    mutating func handleNote(_ key: Key) -> [DeskEffect] {
        switch key {
        case .enter, .escape, .tab:
            go(to: .outcome)
        case .function(9):
            return save()
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
            if typeIntoNoteField(key) { form?.note = note.text }
        }
        return []
    }

    /// The actions bound to function keys while a contact is open.
    mutating func perform(_ action: DeskAction) -> [DeskEffect] {
        switch action {
        case .digitalHelp: form?.digitalHelp.toggle()
        case .medium:
            guard form?.channel == .digital else { return [] }
            let all = DigitalMedium.allCases
            let current = form?.medium.flatMap { all.firstIndex(of: $0) } ?? -1
            form?.medium = all[(current + 1) % all.count]
        case .note: if form?.categoryID != nil || focus == .outcome { go(to: .note) }
        case .save: return save()
        case .station: openStationPicker()
        case .callNext, .operatorStatus, .tagIncident, .noShow, .transferTicket, .queueList: return performQueueAction(action)
        case .newContact, .editLast, .help, .quit, .choose, .outcome, .back, .handovers, .repeatLink, .callback, .filterSector,
             .filterStatus, .filterOverdue, .mineOrAll, .scrollText, .laterDraft, .nextField, .chooseSector, .knowledge: break
        }
        return []
    }

    /// Checks the form with the core's rules and asks the runner to store it.
    mutating func save() -> [DeskEffect] {
        guard !saving, let form else { return [] }
        guard form.categoryID != nil else {
            notice = Notice(kind: .warning, text: text.chooseCategoryFirst)
            go(to: .search)
            return []
        }
        if form.resolution == .forwarded, form.reason == nil {
            notice = Notice(kind: .warning, text: text.chooseReasonFirst)
            go(to: .reason)
            return []
        }
        if let refused = refuseWithoutMatter(form) { return refused }
        if form.resolution == .referred, form.referralDestination == nil {
            notice = Notice(kind: .warning, text: text.referral.chooseFirst)
            openReferralPicker()
            return []
        }
        do {
            let end = savedEnd(of: form)
            var draft = form.draft(operatorUser: guide.user, endedAt: end.at)
            draft.subject = subject(of: form)
            var contact = try ContactValidator(configuration: configuration).validate(draft, now: now)
            cappedOnSave = end.openMinutes
            contact.repeatOf = form.repeatOf
            contact.articles = form.articles ?? []
            // Masked once, by the store's intake: the `.saved` that comes back says what was.
            saving = true
            if let id = form.editingContactID, let original = recent.first(where: { $0.id == id }) {
                contact.id = id
                contact.endedAt = original.endedAt
                return [.updateContact(contact)]
            }
            return [.saveContact(contact)]
        } catch {
            notice = Notice(kind: .error, text: error.problems.map(text.core.contactProblem).joined(separator: "; "))
            focusHandoverField(for: error.problems)
            return []
        }
    }
}
