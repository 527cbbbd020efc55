import TerminalUI

/// Choosing where the guide works this shift: a highlighted row among the stations.
public struct StationPicker: Sendable {
    public var selection: Int

    /// What a key does in the picker.
    enum Action: Equatable {
        case none
        /// The highlighted station is chosen.
        case choose
        /// Esc, with a station already chosen: back to what was on screen.
        case back
    }

    /// ↑↓ move, a digit or Enter chooses, Esc goes back when `canLeave` (a station is kept).
    mutating func update(_ key: Key, count: Int, canLeave: Bool) -> Action {
        switch key {
        case .up: selection = moved(selection, by: -1, count: count)
        case .down: selection = moved(selection, by: 1, count: count)
        case .character(let digit) where digit.wholeNumberValue.map { (1...count).contains($0) } == true:
            selection = digit.wholeNumberValue! - 1
            return .choose
        case .enter: return .choose
        case .escape where canLeave: return .back
        default: break
        }
        return .none
    }
}
