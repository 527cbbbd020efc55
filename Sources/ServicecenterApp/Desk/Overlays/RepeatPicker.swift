import Foundation
import ServicecenterCore
import TerminalUI

/// The repeat-contact picker (^R): the guide's earlier contacts, same category first, or an id
/// typed instead (a contact id, or `#` and a hand-over id).
public struct RepeatPicker: Sendable {
    /// The guide's contacts a repeat may be linked to; empty until the store answers.
    public var candidates: [Contact] = []
    public var selection = 0
    /// A contact id, or `#` and a hand-over id, typed instead of choosing a row.
    public var input = TextInput(limit: 12)

    /// What a key does in the picker.
    enum Action: Equatable {
        case none
        case close
        /// Enter with an id typed: look it up.
        case lookUp(String)
        /// Enter on a row: link to that contact.
        case link(contactID: Int64)
        /// A function key: the desk's own action.
        case desk(DeskAction)
    }

    /// Whether a typed character is the picker's: a digit, or `#` in front.
    func takes(_ character: Character) -> Bool {
        character.isNumber || (character == "#" && input.text.isEmpty)
    }

    mutating func update(_ key: Key) -> Action {
        switch key {
        case .up: selection = moved(selection, by: -1, count: candidates.count)
        case .down: selection = moved(selection, by: 1, count: candidates.count)
        case .escape: return .close
        case .enter:
            let typed = input.text.trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty { return .lookUp(typed) }
            guard candidates.indices.contains(selection), let id = candidates[selection].id else { return .none }
            return .link(contactID: id)
        case .character(let character) where takes(character):
            _ = input.handle(key)
        case .backspace, .delete, .left, .right, .home, .end:
            _ = input.handle(key)
        default:
            if let action = DeskAction.forFunctionKey(key) { return .desk(action) }
        }
        return .none
    }
}
