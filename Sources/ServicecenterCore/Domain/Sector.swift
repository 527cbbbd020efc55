/// Förvaltning: the part of the municipality a matter belongs to and a hand-over goes to.
public struct Sector: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// How many working days the sector has to act on a hand-over.
    public var handoverWorkingDays: Int
    /// Social services, care or health: small counts of its contacts are withheld from open statistics.
    public var sensitive: Bool
    /// Funktionsbrevlåda: where a new hand-over is e-mailed (`mailbox` in sectors.toml); nil: none,
    /// the sector reads `handovers feed` or the list instead.
    public var mailbox: String?
    /// Where this sector was defined, for error messages.
    public var location: SourceLocation?

    public init(id: String, name: String, handoverWorkingDays: Int, sensitive: Bool = false, location: SourceLocation? = nil,
                mailbox: String? = nil) {
        self.id = id
        self.name = name
        self.handoverWorkingDays = handoverWorkingDays
        self.sensitive = sensitive
        self.location = location
        self.mailbox = mailbox
    }
}
