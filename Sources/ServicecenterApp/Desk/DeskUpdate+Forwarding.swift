import Foundation
import ServicecenterCore
import TerminalUI

/// Forwarding at the desk, as a guide does it on the phone: after the reason the cursor is in
/// the matter; Enter or Tab walks on to the phone number, the e-mail address and the time to
/// call, and from the last back to the outcome, where Enter saves. Esc goes back to the outcome
/// from any field, keeping what was typed (the draft holds it); ^G changes the sector.
extension DeskModel {
    /// Whether the open form hands the contact over, so its hand-over fields are shown and sent.
    var forwarding: Bool { form?.resolution == .forwarded }

    /// After the reason digit: the matter is what the hand-over needs next, so the cursor goes there.
    mutating func enterHandoverFields(at field: HandoverField = .matter) {
        handover.field = field
        go(to: .forwarding)
        notice = Notice(kind: .info, text: text.forwarding.fieldHint(field))
    }

    mutating func handleForwarding(_ key: Key) -> [DeskEffect] {
        guard forwarding else {
            go(to: .outcome)
            return []
        }
        let field = handover.field
        switch key {
        case .enter, .tab, .down:
            if let next = field.next {
                enterHandoverFields(at: next)
            } else {
                go(to: .outcome)
                notice = Notice(kind: .info, text: text.forwarding.fieldsDone)
            }
        case .backTab, .up:
            if let previous = field.previous {
                enterHandoverFields(at: previous)
            } else {
                go(to: .outcome)
                notice = nil
            }
        case .escape:
            go(to: .outcome)
            notice = Notice(kind: .info, text: text.forwarding.fieldsKept)
        case .function(9):
            return save()
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
            var input = handover[field]
            let used = type(key, into: &input, label: text.forwarding.label(field))
            handover[field] = input
            if used { form?[field] = input.text }
        }
        return []
    }

    /// Tab at the outcome of a forwarded contact: back into its fields, at the matter.
    mutating func returnToHandoverFields() -> [DeskEffect] {
        guard forwarding else { return [] }
        enterHandoverFields(at: handover.field)
        return []
    }

    /// ^G: the sector search, for a forwarded contact with a category.
    mutating func openSectorChoice() -> [DeskEffect] {
        guard let form, [.outcome, .reason, .note, .forwarding, .sectorChoice].contains(focus) else { return [] }
        if focus == .sectorChoice {
            working = nil
            return []
        }
        guard form.resolution == .forwarded else {
            notice = Notice(kind: .info, text: text.forwarding.sectorOnlyForwarded)
            return []
        }
        guard form.categoryID != nil else {
            notice = Notice(kind: .warning, text: text.chooseCategoryFirst)
            return []
        }
        // Over the step it was opened from, which has the keys again when it closes.
        working = .sectorChoice(SectorChoice(search: SectorSearch(configuration: configuration), current: form.handoverSector(in: configuration)))
        notice = Notice(kind: .info, text: text.forwarding.sectorSearchHint)
        return []
    }

    mutating func handleSectorChoice(_ action: SectorChoice.Action) -> [DeskEffect] {
        switch action {
        case .chosen(let sector): chooseSector(sector)
        case .noMatches: notice = Notice(kind: .warning, text: text.forwarding.noSectorMatches)
        case .close:
            working = nil
            notice = Notice(kind: .info, text: text.forwarding.sectorKept(sectorName(form?.handoverSector(in: configuration))))
        case .desk(let deskAction): return perform(deskAction)
        case .none: break
        }
        return []
    }

    /// The sector the hand-over goes to; the category's own is kept as no choice at all, so a
    /// later change of category moves the hand-over with it.
    mutating func chooseSector(_ sector: Sector) {
        let own = form?.categoryID.flatMap(configuration.category)?.sector
        form?.forwardTo = sector.id == own ? nil : sector.id
        working = nil
        let due = dueDate(of: form).map { text.forwarding.dayInWords($0, today: LocalDay(now, in: zone)) } ?? ""
        notice = Notice(kind: .info, text: text.forwarding.sectorChosen(sector.name, due: due))
    }

    func sectorName(_ id: String?) -> String {
        id.map { configuration.sector($0)?.name ?? $0 } ?? ""
    }

    /// The day a hand-over of this form would be due if saved now: the planner's own rule
    /// (the sector's working days, or the e-mail reply target), so the form shows what the save makes.
    func dueDate(of form: ContactForm?) -> LocalDay? {
        guard let form, let categoryID = form.categoryID, let category = configuration.category(categoryID),
              let sector = form.handoverSector(in: configuration) else { return nil }
        let contact = Contact(
            startedAt: form.startedAt, endedAt: max(now, form.startedAt), channel: form.channel,
            medium: form.channel == .digital ? form.medium : nil, category: category.id, sector: category.sector,
            resolvable: category.resolvable, operatorUser: guide.user,
            resolution: .forwarded(to: sector, reason: form.reason ?? .needsCaseOfficer))
        return HandoverPlanner(configuration: configuration).plan(for: contact)?.dueDate
    }

    /// A forwarded form without a matter is not saved: the cursor goes to the matter and the
    /// guide is told; nothing typed is touched. Nil: nothing missing.
    mutating func refuseWithoutMatter(_ form: ContactForm) -> [DeskEffect]? {
        guard form.resolution == .forwarded, (form.matter ?? "").allSatisfy(\.isWhitespace) else { return nil }
        handover.field = .matter
        go(to: .forwarding)
        notice = Notice(kind: .warning, text: text.forwarding.matterRequired)
        return []
    }

    /// A refused save whose problem is in a hand-over field (a phone number that is not one, an
    /// address without a domain): the cursor goes to that field, the text still in it to mend.
    mutating func focusHandoverField(for problems: [ContactProblem]) {
        guard forwarding else { return }
        let fields = problems.compactMap { problem -> HandoverField? in
            switch problem {
            case .matterRequired: .matter
            case .invalidPhone: .phone
            case .invalidEmail: .email
            case .textTooLong(let field, _, _), .invalidText(let field):
                field == "matter" ? .matter : field == "callback_time" ? .time : nil
            default: nil
            }
        }
        guard let first = fields.min(by: { $0.rawValue < $1.rawValue }) else { return }
        handover.field = first
        go(to: .forwarding)
    }

    /// After a save of a forwarded contact: the store made its hand-over; ask which, for the sentence.
    mutating func awaitHandover(ofContact id: Int64, _ contact: Contact) -> [DeskEffect] {
        guard case .forwarded = contact.resolution else { return [] }
        handover.awaitedContact = id
        return [.loadHandoverMade(contactID: id)]
    }

    /// The hand-over the save made: its sentence stays on screen until the next contact.
    mutating func receiveHandoverMade(contactID: Int64, _ made: Handover?) {
        guard handover.awaitedContact == contactID else { return }
        handover.awaitedContact = nil
        guard form == nil else { return }
        handover.made = made
        // Saved, but its number could not be read: the guide must not promise one from memory.
        if made == nil { notice = Notice(kind: .warning, text: (notice?.text).map { $0 + " " } .map { $0 + text.forwarding.handoverNotRead } ?? text.forwarding.handoverNotRead) }
    }
}
