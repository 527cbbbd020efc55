import ServicecenterCore
import TerminalUI

/// The hand-over list on screen. The list itself (filters, rows, selection) is the desk's
/// `board`, kept while hidden so filters survive a contact; what is here is what the list covers.
public struct HandoverBoardOverlay: Sendable {
    /// The overlay under the list (nil: the form's step), on screen again when it closes.
    public var covering: DeskOverlay?
}

extension HandoverBoard {
    /// What a key does in the hand-over list.
    enum Action: Equatable {
        case none
        /// The selection moved: its history may need reading.
        case moved
        case close
        /// Enter on a row: record a call-back, asked first.
        case askCallback(handoverID: Int64)
        /// A filter changed: the store is asked again.
        case reload
        /// A: mine or every sector's, for those who may see all.
        case mineOrAll
    }

    mutating func update(_ key: Key, sectors: [Sector]) -> Action {
        switch key {
        case .up: move(by: -1); return .moved
        case .down: move(by: 1); return .moved
        case .pageUp: move(by: -10); return .moved
        case .pageDown: move(by: 10); return .moved
        case .escape: return .close
        case .enter: return selectedHandover.map { .askCallback(handoverID: $0.id) } ?? .none
        case .character("s"), .character("S"):
            cycleSector(through: sectors)
            return .reload
        case .character("t"), .character("T"):
            cycleStatus()
            return .reload
        case .character("o"), .character("O"):
            overdueOnly.toggle()
            return .reload
        case .character("a"), .character("A"): return .mineOrAll
        default: return .none
        }
    }
}
