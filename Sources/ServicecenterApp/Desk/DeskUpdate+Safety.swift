import Foundation
import ServicecenterCore
import TerminalUI

/// The desk's rule that no key throws work away and no typed word changes the record behind
/// the guide's back: quitting, discarding, a no-show and a transfer are asked first; letters
/// typed where letters are commands only hint; the Enter ending such a word chooses nothing.
extension DeskModel {
    /// The steps where a typed character is a command (or nothing), not text.
    static let commandSteps: Set<Focus> = [.station, .resumeOffer, .outcome, .reason, .repeatLink, .handovers, .queueList]

    /// F10, Ctrl-C as a key, or Ctrl-C as a signal: quits at once with nothing open, asks
    /// first while a contact is open (and quits on the second press, the draft kept).
    mutating func requestQuit() -> [DeskEffect] {
        // Ctrl-C as a signal may come while the help covers the screen: close it, so the
        // question is seen.
        closeHelp()
        if form == nil || guards.confirming == .quit {
            guards.confirming = nil
            return [.quit]
        }
        guards.confirming = .quit
        notice = Notice(kind: .warning, text: text.safety.quitQuestion)
        return []
    }

    /// Answers the question on screen, if the key does; nil lets the key do its usual thing
    /// (the question is then dropped: carrying on means no).
    mutating func answerConfirmation(_ key: Key) -> [DeskEffect]? {
        guard let question = guards.confirming else { return nil }
        // A character is no answer: it neither cancels the question nor goes into a field
        // behind it; the question stays, and the Enter ending such a word answers nothing.
        if case .character = key {
            guards.strayTyping = true
            notice = Notice(kind: .warning, text: text.safety.answerFirst(questionText(question)))
            return []
        }
        if key == .enter, guards.strayTyping {
            guards.strayTyping = false
            notice = Notice(kind: .warning, text: text.safety.enterAfterStrayAtQuestion(questionText(question)))
            return []
        }
        guards.strayTyping = false
        guards.confirming = nil
        switch (question, key) {
        case (.discardDraft, .delete):
            return discardOfferedDraft()
        case (.cancelContact, .delete):
            return cancelContact()
        case (.transferTicket, .enter):
            guard let form, let ticket = form.ticket else { return [] }
            return [.transferTicket(ticket: ticket, to: Self.otherHallChannel(of: form.channel))]
        case (.callback(let id), .enter):
            return [.recordCallback(handoverID: id)]
        case (_, .escape):
            notice = Notice(kind: .info, text: text.safety.declined(question))
            return []
        default:
            notice = nil
            return nil
        }
    }

    /// The words of a question, as it was first asked.
    func questionText(_ question: DeskConfirmation) -> String {
        switch question {
        case .quit: return text.safety.quitQuestion
        case .discardDraft: return text.safety.discardQuestion
        case .cancelContact: return text.safety.cancelQuestion
        case .transferTicket:
            guard let form, let ticket = form.ticket else { return text.safety.cancelQuestion }
            return text.safety.transferQuestion(ticket: ticket, channel: text.core.channel(Self.otherHallChannel(of: form.channel)))
        case .callback(let id): return text.safety.callbackQuestion(id: id)
        }
    }

    /// The hall queue a ticket moves to (Ctrl-F): visits and sign language trade places.
    static func otherHallChannel(of channel: Channel) -> Channel {
        channel == .visit ? .signLanguage : .visit
    }

    /// While a no-show is marked on the form, only Enter (record it), Ctrl-X or Esc (undo) act;
    /// anything else repeats what is pending, so nothing is typed into a contact that is ending.
    mutating func handleMarkedNoShow(_ key: Key) -> [DeskEffect]? {
        guard form?.noShowMarked == true, let ticket = form?.ticket else { return nil }
        switch key {
        case .enter where !guards.strayTyping:
            return [.markNoShow(ticket: ticket)]
        case .escape, .control("x"):
            form?.noShowMarked = nil
            notice = Notice(kind: .info, text: text.safety.noShowUndone(ticket))
        default:
            // As in every step where letters are not text: the Enter ending a word records nothing.
            if case .character = key { guards.strayTyping = true } else { guards.strayTyping = false }
            notice = Notice(kind: .warning, text: noShowNotice(ticket))
            return []
        }
        guards.strayTyping = false
        return []
    }

    /// Ctrl-X: marks the called visitor as not come, visibly; Enter then records it.
    mutating func markNoShow() -> [DeskEffect] {
        guard let ticket = form?.ticket else {
            notice = Notice(kind: .warning, text: text.noTicketOnForm)
            return []
        }
        form?.noShowMarked = true
        notice = Notice(kind: .warning, text: noShowNotice(ticket))
        return []
    }

    /// The no-show notice, naming what the form holds that the no-show will not keep: recording
    /// it closes the contact without saving, as Delete at the discard question does, and says so
    /// as plainly.
    func noShowNotice(_ ticket: String) -> String {
        let drops = text.safety.noShowDrops(
            note: !(form?.note.isEmpty ?? true) || form?.holdsHandoverText == true, category: form?.categoryID.map { configuration.category($0)?.name ?? $0 },
            repeatOf: form?.repeatOf)
        return drops.isEmpty ? text.safety.noShowMarked(ticket) : text.safety.noShowMarked(ticket) + " " + drops
    }

    /// Ctrl-F: asks before the ticket moves and the contact closes.
    mutating func askTransfer() -> [DeskEffect] {
        guard let form, let ticket = form.ticket else {
            notice = Notice(kind: .warning, text: text.noTicketOnForm)
            return []
        }
        guards.confirming = .transferTicket
        notice = Notice(kind: .warning, text: text.safety.transferQuestion(
            ticket: ticket, channel: text.core.channel(Self.otherHallChannel(of: form.channel))))
        return []
    }

    /// In a step where characters are commands, one the step does not take only shows what the
    /// step takes; the Enter that ends such a word chooses nothing and says so. Nil: the key is
    /// the step's own.
    mutating func guardStrayTyping(_ key: Key) -> [DeskEffect]? {
        guard Self.commandSteps.contains(focus) else {
            guards.strayTyping = false
            return nil
        }
        switch key {
        case .character(let character) where !takes(character):
            guards.strayTyping = true
            notice = Notice(kind: .info, text: text.safety.keysHere(focus))
            return []
        case .enter where guards.strayTyping:
            guards.strayTyping = false
            notice = Notice(kind: .warning, text: text.safety.enterAfterStray(focus))
            return []
        default:
            // A word keeps its refusal to its end, whatever letters the step takes inside it.
            if case .character = key {} else { guards.strayTyping = false }
            return nil
        }
    }

    /// Whether the step in focus takes this character as its own command or input.
    func takes(_ character: Character) -> Bool {
        switch focus {
        case .station: character.wholeNumberValue.map { (1...stations.count).contains($0) } == true
        case .reason: character.wholeNumberValue.map { (1...ForwardReason.allCases.count).contains($0) } == true
        // Anything printable is the outcome step's: 1 2 3 choose, the rest starts the note (a
        // phone number typed here is kept, not dropped).
        case .outcome: !character.isWhitespace
        // A contact id, or `#` and a hand-over id: the `#` only in front.
        case .repeatLink: repeatPicker?.takes(character) ?? false
        case .handovers: "sStToOaA".contains(character)
        case .resumeOffer, .queueList: false
        case .idle, .search, .note, .forwarding, .sectorChoice, .referral, .knowledge: true
        }
    }

    /// A letter in the outcome step starts (or continues) the note, visibly: what the guide
    /// types is kept, never read as a command.
    mutating func typeIntoNote(_ key: Key) -> [DeskEffect] {
        note.set(note.text)
        go(to: .note)
        // Said first, so a full note's warning (from the typing) is the one shown.
        if case .character(let typed) = key, !typed.isLetter {
            notice = Notice(kind: .info, text: text.safety.textNotCommand(String(typed), keys: "1 2 3"))
        } else {
            notice = Notice(kind: .info, text: text.safety.typingGoesToNote)
        }
        if typeIntoNoteField(key) { form?.note = note.text }
        return []
    }


    /// Ctrl-R: opens the picker of earlier contacts, or removes the link already made.
    mutating func toggleRepeatLink() -> [DeskEffect] {
        guard form != nil, [.search, .outcome, .reason, .note, .forwarding, .repeatLink].contains(focus) else { return [] }
        if focus == .repeatLink {
            go(to: .outcome)
            return []
        }
        guard form?.categoryID != nil else {
            notice = Notice(kind: .warning, text: text.chooseCategoryFirst)
            return []
        }
        return startRepeatLink()
    }

    /// Esc at an empty search: a contact holding nothing typed closes; one holding work
    /// (a note, a ticket, a link, a correction) is thrown away only after Delete.
    mutating func cancelOrAsk() -> [DeskEffect] {
        guard let form else { return [] }
        let holdsWork = !form.note.isEmpty || form.holdsHandoverText || form.ticket != nil || form.callID != nil || form.repeatOf != nil
            || form.incident != nil || form.editingContactID != nil || form.digitalHelp
        guard holdsWork else { return cancelContact() }
        guards.confirming = .cancelContact
        notice = Notice(kind: .warning, text: text.safety.cancelQuestion)
        return []
    }

    /// Esc at the offer: the draft waits (stored, and in memory) while the guide takes a new contact.
    mutating func setOfferedDraftAside() -> [DeskEffect] {
        if let offered = offeredDraft { laterDrafts.append(offered) }
        leaveDraftOffer()
        notice = Notice(kind: .info, text: text.safety.draftSetAside)
        return []
    }

    /// Delete, Delete at the offer: the offered draft is gone; any other set aside stays stored.
    mutating func discardOfferedDraft() -> [DeskEffect] {
        leaveDraftOffer()
        notice = Notice(kind: .info, text: text.safety.draftDiscarded)
        return [keptDraftEffect]
    }

    /// Ctrl-O with nothing open: offers the draft put aside last.
    mutating func offerLaterDraft() -> [DeskEffect] {
        guard form == nil, focus == .idle else {
            if form != nil { notice = Notice(kind: .warning, text: text.finishContactFirst) }
            return []
        }
        guard let later = laterDrafts.popLast() else {
            notice = Notice(kind: .info, text: text.safety.noDraftWaiting)
            return []
        }
        working = .draftOffer(DraftOffer(draft: later))
        return []
    }

    /// The offer answered: the station is chosen next if there is none, else a contact may start.
    mutating func leaveDraftOffer() {
        go(to: .idle)
        if station == nil { openStationPicker() }
    }

    /// The form as the store keeps it: with the drafts set aside inside, so one row holds all.
    func persisted(_ form: ContactForm) -> ContactForm {
        var kept = form
        kept.setAside = laterDrafts.isEmpty ? nil : laterDrafts
        return kept
    }

    /// What the store should hold once the open form is gone (saved, cancelled, a visitor gone):
    /// the drafts set aside, or nothing.
    var keptDraftEffect: DeskEffect {
        guard let last = laterDrafts.last else { return .deleteDraft }
        var kept = last
        kept.setAside = laterDrafts.count > 1 ? Array(laterDrafts.dropLast()) : nil
        return .saveDraft(kept)
    }

    /// The draft the store keeps when the desk ends now: the open form, else one offered or set aside.
    public var draftKeptOnExit: ContactForm? {
        form ?? offeredDraft ?? laterDrafts.last
    }

    /// What the terminal says after the desk closed with a draft kept, so the guide knows.
    public var exitNotice: String? {
        guard let kept = draftKeptOnExit else { return nil }
        let category = kept.categoryID.flatMap(configuration.category)?.name ?? (kept.search.isEmpty ? nil : "\"\(kept.search)\"")
        let drafts = (form != nil ? 1 : 0) + (offeredDraft != nil ? 1 : 0) + laterDrafts.count
        return text.safety.draftKeptOnExit(category: category, started: clock(kept.startedAt), waiting: drafts - 1)
    }
}
