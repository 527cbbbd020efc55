/// What the last keys left pending at the desk, which decides what the next key does: the rule
/// that no key throws work away and no typed word chooses anything behind the guide's back.
public struct KeyGuards: Sendable {
    /// The question on screen that the next key answers; nil when none is asked.
    public var confirming: DeskConfirmation?
    /// Letters went where letters are commands and were refused with a hint: the Enter that
    /// ends such a word only repeats the hint, so a typed word never chooses a row.
    public var strayTyping = false
    /// The outcome digit the last key typed, with what the form said before it: text typed right
    /// after it shows the digit was text too (see `keepTextAfterOutcomeDigit`).
    public var outcomeDigit: OutcomeDigit?

    public init() {}
}
