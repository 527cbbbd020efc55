/// The words of the desk's referral step (outcome 3: where the citizen was sent).
public protocol DeskReferralStrings: Sendable {
    /// The picker's frame title.
    var title: String { get }
    /// The keys of the picker, on its first row.
    var hint: String { get }
    /// The label of the search field.
    var searchLabel: String { get }
    /// The label of the "annan" text field.
    var otherLabel: String { get }
    /// What the keys do while the "annan" text is written.
    var otherHint: String { get }
    /// Enter with nothing in the list.
    var noMatch: String { get }
    /// A save of a referred contact before a destination was chosen.
    var chooseFirst: String { get }
    /// "Annan" was taken: write where (or Enter was pressed with nothing written).
    func writeWhere(_ otherName: String) -> String
    /// A destination was chosen, by its name (and the "annan" words).
    func chosen(_ destination: String) -> String
}

extension DeskStrings {
    /// The referral texts in the desk's language (kept apart from the main table).
    public var referral: any DeskReferralStrings {
        core.language == .english ? EnglishDeskReferralStrings() : SwedishDeskReferralStrings()
    }
}

/// The Swedish referral texts.
public struct SwedishDeskReferralStrings: DeskReferralStrings {
    public var title: String { "Hänvisa till" }
    public var hint: String { "Skriv för att söka · ↑↓ Enter väljer · Esc tillbaka" }
    public var searchLabel: String { "Sök:" }
    public var otherLabel: String { "Vart:" }
    public var otherHint: String { "Skriv vart medborgaren hänvisades · Enter sparar valet · Esc tillbaka till listan" }
    public var noMatch: String { "Ingen destination matchar; Esc rensar sökningen." }
    public var chooseFirst: String { "Välj först vart medborgaren hänvisades (skriv för att söka, Enter väljer)." }
    public func writeWhere(_ otherName: String) -> String { "\(otherName): skriv med några ord vart medborgaren hänvisades, sedan Enter." }
    public func chosen(_ destination: String) -> String { "Hänvisat till \(destination). Enter sparar." }
}

/// The English referral texts.
public struct EnglishDeskReferralStrings: DeskReferralStrings {
    public var title: String { "Refer to" }
    public var hint: String { "Type to search · ↑↓ Enter chooses · Esc back" }
    public var searchLabel: String { "Search:" }
    public var otherLabel: String { "Where:" }
    public var otherHint: String { "Write where the citizen was sent · Enter keeps it · Esc back to the list" }
    public var noMatch: String { "No destination matches; Esc clears the search." }
    public var chooseFirst: String { "First choose where the citizen was referred (type to search, Enter chooses)." }
    public func writeWhere(_ otherName: String) -> String { "\(otherName): write in a few words where the citizen was sent, then Enter." }
    public func chosen(_ destination: String) -> String { "Referred to \(destination). Enter saves." }
}
