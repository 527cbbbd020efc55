import Foundation
import ServicecenterCore
import TerminalUI

/// Typing into a field that is full: the character is not taken, and the guide is told at once
/// (the field, its limit), the same for the note and every hand-over field, so nothing typed
/// disappears without a word.
extension DeskModel {
    /// Applies `key` to `input`; when it is a character the field refused because it is full,
    /// the notice says so. Returns whether the field used the key, as `TextInput.handle` does.
    mutating func type(_ key: Key, into input: inout TextInput, label: String) -> Bool {
        let before = input.text
        let used = input.handle(key)
        if case .character(let character) = key, !character.isNewline, input.text == before, before.count >= input.limit {
            let name = label.hasSuffix(":") ? String(label.dropLast()) : label
            notice = Notice(kind: .warning, text: text.safety.fieldFull(name, limit: input.limit))
        }
        return used
    }

    /// The note's own: a character typed into it, told when the note is full.
    mutating func typeIntoNoteField(_ key: Key) -> Bool {
        var input = note
        let used = type(key, into: &input, label: text.noteLabel)
        note = input
        return used
    }
}
