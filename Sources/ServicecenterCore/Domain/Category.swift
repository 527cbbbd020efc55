/// Ärendetyp: what a contact was about, with what the guide needs to answer it.
public struct Category: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The id of the sector that owns matters of this category.
    public var sector: String
    /// Words a guide may type to find this category (sökord).
    public var keywords: [String]
    /// Whether the category can normally be answered at the desk; FCR is also reported over these only.
    public var resolvable: Bool
    /// What to tell the citizen, shown to the guide.
    public var guidance: String
    /// The e-service that fits, if any.
    public var eservice: String?
    /// A matter about one person's health, care or social situation, whatever its sector:
    /// small counts are withheld from open statistics.
    public var sensitive: Bool
    /// Övrig fråga: the category offered when a search matches nothing, so the contact can
    /// still be logged, with the typed words kept as its subject (at most one per catalogue).
    public var fallback: Bool
    public var location: SourceLocation?

    public init(
        id: String, name: String, sector: String, keywords: [String] = [], resolvable: Bool,
        guidance: String = "", eservice: String? = nil, sensitive: Bool = false, fallback: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.sector = sector
        self.keywords = keywords
        self.resolvable = resolvable
        self.guidance = guidance
        self.eservice = eservice
        self.sensitive = sensitive
        self.fallback = fallback
        self.location = location
    }
}
