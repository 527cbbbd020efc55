import Foundation
import ServicecenterCore
import TerminalUI

/// The desk's hand-over list (F7) and the repeat-contact picker (Ctrl-R): keys in, effects out.
extension DeskModel {
    mutating func toggleHandoverBoard() -> [DeskEffect] {
        if case .handovers(let shown)? = working {
            working = shown.covering
            return []
        }
        // The repeat picker is not kept under the list: it closes to the outcome, as its Esc does.
        if focus == .repeatLink { go(to: .outcome) }
        working = .handovers(HandoverBoardOverlay(covering: working))
        board.loading = true
        return [.loadHandovers(board.query(for: guide.user))]
    }

    mutating func handleHandoverBoard(_ action: HandoverBoard.Action) -> [DeskEffect] {
        switch action {
        case .moved: return historyEffects
        case .close:
            if case .handovers(let shown)? = working { working = shown.covering }
        case .askCallback(let id):
            // Recording a call-back is stored at once: asked first, Enter again records it.
            guards.confirming = .callback(handoverID: id)
            notice = Notice(kind: .warning, text: text.safety.callbackQuestion(id: id))
        case .reload: return reloadBoard()
        case .mineOrAll:
            guard seesAllSectors else {
                notice = Notice(kind: .warning, text: text.onlySupervisorsSeeAll)
                return []
            }
            board.mineOnly.toggle()
            return reloadBoard()
        case .none: break
        }
        return []
    }

    mutating func reloadBoard() -> [DeskEffect] {
        board.loading = true
        board.selected = 0
        return [.loadHandovers(board.query(for: guide.user))]
    }

    mutating func startRepeatLink() -> [DeskEffect] {
        if form?.repeatOf != nil {
            form?.repeatOf = nil
            notice = Notice(kind: .info, text: text.repeatUnlinked)
            return []
        }
        // Esc or a link goes back to the outcome, wherever the picker was opened.
        go(to: .outcome)
        working = .repeatLink(RepeatPicker())
        return [.loadRepeatCandidates]
    }

    mutating func handleRepeatLink(_ action: RepeatPicker.Action) -> [DeskEffect] {
        switch action {
        case .close: go(to: .outcome)
        case .lookUp(let typed): return lookUpTypedRepeat(typed)
        case .link(let id): link(toContact: id)
        case .desk(let deskAction): return perform(deskAction)
        case .none: break
        }
        return []
    }

    mutating func link(toContact id: Int64) {
        form?.repeatOf = id
        go(to: .outcome)
        notice = Notice(kind: .info, text: text.repeatLinked(contactID: id))
    }

    /// What the store answered for the hand-over list and the repeat picker.
    mutating func receive(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .handoversLoaded(let handovers):
            board.show(handovers)
            return historyEffects
        case .handoverChanged(let handover):
            notice = Notice(kind: .success, text: text.callbackRecorded(id: handover.id))
            return [.loadHandovers(board.query(for: guide.user))]
        case .handoverRefused(let error):
            notice = Notice(kind: .warning, text: text.core.handoverChangeError(error, in: zone))
            return [.loadHandovers(board.query(for: guide.user))]
        case .repeatCandidatesLoaded(let contacts):
            // The contact being corrected cannot repeat itself or a later one.
            let before = form?.startedAt ?? now
            let candidates = contacts.filter { $0.id != form?.editingContactID && $0.startedAt <= before }
            // The same matter is the likeliest: contacts in the chosen category first, newest first within each.
            guard var picker = repeatPicker else { return [] }
            picker.candidates = candidates.filter { $0.category == form?.categoryID } + candidates.filter { $0.category != form?.categoryID }
            picker.selection = 0
            working = .repeatLink(picker)
        case .handoverLookedUp(let id, let handover):
            guard focus == .repeatLink else { return [] }
            if let handover {
                link(toContact: handover.contactID)
            } else {
                notice = Notice(kind: .warning, text: text.noSuchHandover(id: id))
            }
        case .contactLookedUp(let id, let contact):
            guard focus == .repeatLink else { return [] }
            linkLookedUp(id: id, contact)
        case .lookupFailed(let error):
            board.loading = false
            notice = Notice(kind: .error, text: text.core.storeError(error))
        default:
            break
        }
        return []
    }
}
