import ServicecenterCore
import TerminalUI

/// The sector search (^G) over a forwarded contact's form: what is typed, the sectors it
/// finds, the one highlighted.
public struct SectorChoice: Sendable {
    public var query = TextInput(limit: 40)
    public private(set) var matches: [Sector] = []
    public var selection = 0
    let search: SectorSearch

    init(search: SectorSearch, current: String?) {
        self.search = search
        refresh()
        selection = matches.firstIndex { $0.id == current } ?? 0
    }

    /// What a key does in the search.
    enum Action: Equatable {
        case none
        case chosen(Sector)
        /// Enter with nothing found.
        case noMatches
        /// Esc at an empty search: closed, the sector unchanged.
        case close
        /// A function key: the desk's own action.
        case desk(DeskAction)
    }

    mutating func update(_ key: Key) -> Action {
        switch key {
        case .up: selection = moved(selection, by: -1, count: matches.count)
        case .down: selection = moved(selection, by: 1, count: matches.count)
        case .pageUp: selection = moved(selection, by: -5, count: matches.count)
        case .pageDown: selection = moved(selection, by: 5, count: matches.count)
        case .enter, .tab:
            guard matches.indices.contains(selection) else { return .noMatches }
            return .chosen(matches[selection])
        case .escape:
            // As in the category search: Esc empties the search first, then leaves it unchanged.
            guard query.text.isEmpty else {
                query.set("")
                refresh()
                return .none
            }
            return .close
        default:
            if let action = DeskAction.forFunctionKey(key) { return .desk(action) }
            if query.handle(key) { refresh() }
        }
        return .none
    }

    private mutating func refresh() {
        matches = search.sectors(matching: query.text)
        selection = 0
    }
}
