import ServicecenterCore
import TerminalUI

/// The desk's step after `3` (Hänvisat): where the citizen was sent, found by typing as a
/// category is, or "annan" and a few words naming the place.
public struct ReferralPicker: Sendable {
    public var query = TextInput(limit: 40)
    /// The "annan" text, written once "annan" is taken.
    public var other = TextInput(limit: Referral.textLimit)
    public var matches: [ReferralDestination] = []
    public var selection = 0
    /// "Annan" was taken: the keys now write where.
    public var writingOther = false

    public init() {}
}
