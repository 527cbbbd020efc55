import ServicecenterCore
import TerminalUI

/// The station's waiting tickets (^K), oldest first, to call one out of order.
public struct TicketList: Sendable {
    /// Empty until the store answers.
    public var tickets: [QueueCall] = []
    public var selection = 0

    /// What a key does in the list.
    enum Action: Equatable {
        case none
        case close
        /// Enter: call this ticket.
        case call(String)
        /// A function key: the desk's own action.
        case desk(DeskAction)
    }

    mutating func update(_ key: Key) -> Action {
        switch key {
        case .up: selection = moved(selection, by: -1, count: tickets.count)
        case .down: selection = moved(selection, by: 1, count: tickets.count)
        case .escape: return .close
        case .enter:
            guard tickets.indices.contains(selection), let ticket = tickets[selection].ticket else { return .none }
            return .call(ticket)
        default:
            if let action = DeskAction.forFunctionKey(key) { return .desk(action) }
        }
        return .none
    }

    /// New rows from the store, the selection kept inside them.
    mutating func show(_ waiting: [QueueCall]) {
        tickets = waiting
        selection = moved(selection, by: 0, count: waiting.count)
    }
}
