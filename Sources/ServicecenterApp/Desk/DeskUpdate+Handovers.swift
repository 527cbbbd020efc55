import Foundation
import ServicecenterCore
import TerminalUI

/// The desk's hand-over list (F7) and the repeat-contact picker (Ctrl-R): keys in, effects out.
extension DeskModel {
    mutating func toggleHandoverBoard() -> [DeskEffect] {
        if focus == .handovers {
            focus = boardReturnFocus
            return []
        }
        boardReturnFocus = focus == .repeatLink ? .outcome : focus
        focus = .handovers
        board.loading = true
        return [.loadHandovers(board.query(for: guide.user))]
    }

    mutating func handleHandoverBoard(_ key: Key) -> [DeskEffect] {
        switch key {
        case .up: board.move(by: -1); return historyEffects
        case .down: board.move(by: 1); return historyEffects
        case .pageUp: board.move(by: -10); return historyEffects
        case .pageDown: board.move(by: 10); return historyEffects
        case .escape:
            focus = boardReturnFocus
            return []
        case .enter:
            // Recording a call-back is stored at once: asked first, Enter again records it.
            guard let selected = board.selectedHandover else { return [] }
            confirming = .callback(handoverID: selected.id)
            notice = Notice(kind: .warning, text: text.safety.callbackQuestion(id: selected.id))
            return []
        case .character("s"), .character("S"):
            board.cycleSector(through: configuration.sectors)
            return reloadBoard()
        case .character("t"), .character("T"):
            board.cycleStatus()
            return reloadBoard()
        case .character("o"), .character("O"):
            board.overdueOnly.toggle()
            return reloadBoard()
        case .character("a"), .character("A"):
            guard seesAllSectors else {
                notice = Notice(kind: .warning, text: text.onlySupervisorsSeeAll)
                return []
            }
            board.mineOnly.toggle()
            return reloadBoard()
        default: break
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
        repeatCandidates = []
        repeatSelection = 0
        repeatInput.set("")
        focus = .repeatLink
        return [.loadRepeatCandidates]
    }

    mutating func handleRepeatLink(_ key: Key) -> [DeskEffect] {
        switch key {
        case .up: repeatSelection = moved(repeatSelection, by: -1, count: repeatCandidates.count)
        case .down: repeatSelection = moved(repeatSelection, by: 1, count: repeatCandidates.count)
        case .escape: focus = .outcome
        case .enter:
            let typed = repeatInput.text.trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty { return lookUpTypedRepeat(typed) }
            guard repeatCandidates.indices.contains(repeatSelection), let id = repeatCandidates[repeatSelection].id else { return [] }
            link(toContact: id)
        case .character(let character) where takes(character):
            _ = repeatInput.handle(key)
        case .backspace, .delete, .left, .right, .home, .end:
            _ = repeatInput.handle(key)
        default:
            if let action = DeskAction.forFunctionKey(key) { return perform(action) }
        }
        return []
    }

    mutating func link(toContact id: Int64) {
        form?.repeatOf = id
        focus = .outcome
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
            repeatCandidates = candidates.filter { $0.category == form?.categoryID } + candidates.filter { $0.category != form?.categoryID }
            repeatSelection = 0
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
