/// Hänvisning: an authority or organisation outside the municipality that a citizen is sent
/// to (Försäkringskassan, Skatteverket, …), as listed in `Config/referrals.toml`.
public struct ReferralDestination: Hashable, Sendable, Identifiable {
    /// Stable, lower-case ASCII: what the store, the statistics and the command line keep.
    public var id: String
    /// Shown to people.
    public var name: String
    /// Extra words the desk's search finds it by ("1177", "vård", "a-kassa").
    public var keywords: [String]
    /// "Annan": the destination for anywhere the list lacks. A referral to it carries a short
    /// text saying where, which is free text (masked and purged like a note).
    public var other: Bool
    /// Where this destination was defined, for error messages.
    public var location: SourceLocation?

    public init(id: String, name: String, keywords: [String] = [], other: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.keywords = keywords
        self.other = other
        self.location = location
    }
}

/// Where a referred contact was sent: a destination's id, and for "annan" the guide's short
/// text naming the place (nil once purged, or for a destination that needs none).
public struct Referral: Hashable, Sendable {
    public var destination: String
    public var text: String?

    public init(destination: String, text: String? = nil) {
        self.destination = destination
        self.text = text
    }

    /// The longest "annan" text taken: a name of a place, not a second note.
    public static let textLimit = 80
}
