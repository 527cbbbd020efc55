/// What a store did with a saved contact: its id, what the intake masked (so the guide or
/// `log` can say so without masking again), and the hand-over it made, if any.
public struct SavedContact: Hashable, Sendable {
    public var id: Int64
    public var masked: MaskedFields
    /// The open hand-over the contact made (nil when it was not forwarded or no sector takes it).
    public var handover: Int64?

    public init(id: Int64, masked: MaskedFields = MaskedFields(), handover: Int64? = nil) {
        self.id = id
        self.masked = masked
        self.handover = handover
    }
}
