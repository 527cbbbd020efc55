import Foundation
import ServicecenterCore
import TerminalUI

/// An outcome digit (1 2 3) just typed, with what the form said before it.
public struct OutcomeDigit: Hashable, Sendable {
    public var digit: Character
    public var resolution: Resolution.Kind
    public var reason: ForwardReason?
}

/// Digits are the outcome step's commands, but a guide writing "2 ansökningar" is writing a
/// note: the space (or sign, or further digit) right after the digit shows it. Then the digit goes back to being text (into
/// the note, with what followed it) and the outcome is what it was before, and the guide is told,
/// so no typed character is lost or read as a choice behind the guide's back.
extension DeskModel {
    /// Nil: the key is not text right after an outcome digit, and does its usual thing.
    mutating func keepTextAfterOutcomeDigit(_ key: Key, after pending: OutcomeDigit?) -> [DeskEffect]? {
        guard let pending, form != nil, case .character(let character) = key else { return nil }
        switch focus {
        // After 1 or 3 a letter starts the note with the outcome chosen (the outcome step's
        // rule); a space, a sign or another digit is text that began with the digit.
        case .outcome where character.isLetter || "123".contains(character): return nil
        // After 2 the reason step takes 1 2 3; a letter starts the note, as in the outcome
        // step (Överlämnat stays, the reason is asked for at the save); anything else is text.
        case .reason where takes(character): return nil
        case .reason where character.isLetter: return typeIntoNote(key)
        // After 3 the destination search takes letters and digits ("1177"); a space or a
        // sign right after the 3 was text, as in the outcome step.
        case .referral where character.isLetter || character.isNumber: return nil
        case .outcome, .reason, .referral: break
        default: return nil
        }
        form?.resolution = pending.resolution
        form?.reason = pending.reason
        note.set(note.text)
        for typed in [pending.digit, character] { _ = note.handle(.character(typed)) }
        form?.note = note.text
        go(to: .note)
        guards.strayTyping = false
        notice = Notice(kind: .info, text: text.safety.digitWasText(String(pending.digit), outcome: text.outcome(pending.resolution)))
        return []
    }
}
