import Foundation

/// What the intake decided to store for one contact; a backend persists it as it is.
public struct ContactFacts: Sendable {
    /// The contact with personal data masked.
    public var contact: Contact
    /// What masking found, field by field, to tell the person saving.
    public var masked: MaskedFields
    /// The local day and hour it is filed and counted under.
    public var day: LocalDay
    public var hour: Int
    /// The hand-over it makes (nil when not forwarded, or no sector takes it).
    public var handover: NewHandover?
    /// The words it counts as a gap in the catalogue, on `day`.
    public var gapWords: [String]
    /// The local day a hand-over it makes is filed under: the day the contact ended.
    public var handoverDay: LocalDay
}
