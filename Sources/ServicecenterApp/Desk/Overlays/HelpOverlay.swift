import TerminalUI

/// The help (F1) over the screen: how far it is scrolled, and the overlay it covers (nil: the
/// form), which has the keys again when the help closes.
public struct HelpOverlay: Sendable {
    /// The first help row shown, when the help is longer than the screen.
    public var scroll = 0
    public var covering: DeskOverlay?

    /// What a key does to the help.
    enum Action: Equatable {
        /// The help scrolled; it stays open.
        case scrolled
        /// Any other key closes it, and is not read by what is below.
        case close
    }

    /// ↑↓ PgUp PgDn Home End scroll the help when it is longer than `window`; any other key closes it.
    mutating func update(_ key: Key, window: TextWindow) -> Action {
        guard let offset = window.offset(after: key) else { return .close }
        scroll = offset
        return .scrolled
    }
}
