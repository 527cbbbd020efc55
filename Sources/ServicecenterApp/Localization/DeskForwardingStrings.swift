import ServicecenterCore

/// What the desk says while a contact is forwarded: the hand-over's fields, the sector search
/// and the sentence read to the citizen on save. Kept apart from the main desk table.
public protocol DeskForwardingStrings: Sendable {
    /// What to type in a field and where Enter goes from it.
    func fieldHint(_ field: HandoverField) -> String
    /// Enter after the last field: back at the outcome, where Enter saves.
    var fieldsDone: String { get }
    /// Esc in a field: back at the outcome, what was typed kept.
    var fieldsKept: String { get }
    var matterRequired: String { get }
    var sectorOnlyForwarded: String { get }
    var sectorSearchHint: String { get }
    var noSectorMatches: String { get }
    func sectorKept(_ sector: String) -> String
    func sectorChosen(_ sector: String, due: String) -> String
    /// The hand-over row of the form: where it goes and by when, and the key that changes it.
    func handoverTo(sector: String, due: String) -> String
    var sectorKey: String { get }
    func label(_ field: HandoverField) -> String
    var sectorPickerTitle: String { get }
    var sectorSearchLabel: String { get }
    /// A day in words, as said on the phone ("onsdag 8 april"); the year only when not this year's.
    func dayInWords(_ day: LocalDay, today: LocalDay) -> String
    /// The contact was saved but its hand-over could not be read back.
    var handoverNotRead: String { get }
    /// Above the sentence on the idle screen.
    var readAloudLabel: String { get }
    /// The sentence read to the citizen: the hand-over's reference, then who contacts them by when.
    func reference(handoverID: Int64) -> String
    func promise(sector: String, due: String) -> String
    func sentence(reference: String, promise: String) -> String
    /// After the category's own sector in the sector search.
    var categorysOwnSector: String { get }
    /// How the sector reaches the citizen, as one line ("070-123 45 67 · förmiddag").
    func callbackLine(phone: String?, email: String?, time: String?) -> String
    /// The hand-over list's detail rows.
    func matterLine(_ matter: String) -> String
    /// One event of a hand-over's history after its creation, with its note if any.
    func eventLine(_ event: HandoverEvent, by: String, at: String, note: String?) -> String
    /// The F7 detail could not show a hand-over's earliest steps: how many, and where they are.
    func earlierSteps(_ count: Int, handoverID: Int64) -> String
}

extension DeskStrings {
    /// The forwarding texts in the desk's language.
    public var forwarding: any DeskForwardingStrings {
        core.language == .english ? EnglishDeskForwardingStrings() : SwedishDeskForwardingStrings()
    }
}

/// Swedish forwarding texts.
public struct SwedishDeskForwardingStrings: DeskForwardingStrings {
    public init() {}

    public func fieldHint(_ field: HandoverField) -> String {
        switch field {
        case .matter: "Skriv ärendet: vad medborgaren vill ha besked om (Enter: telefon)."
        case .phone: "Telefonnummer för återkontakt (Enter: e-post; tomt går bra)."
        case .email: "E-postadress för återkontakt (Enter: önskad tid)."
        case .time: "När passar det, t.ex. förmiddag? (Enter: tillbaka till utfallet)"
        }
    }
    public var fieldsDone: String { "Överlämningen är ifylld. Enter sparar och visar ärendenumret · Tab: tillbaka till fälten." }
    public var fieldsKept: String { "Fälten är kvar. Enter sparar · Tab: tillbaka till fälten." }
    public var matterRequired: String { "Ett överlämnat ärende behöver en ärendebeskrivning: skriv vad medborgaren vill ha besked om." }
    public var sectorOnlyForwarded: String { "Förvaltning väljs för överlämnade kontakter: välj 2 Överlämnat först." }
    public var sectorSearchHint: String { "Sök förvaltning: skriv en del av namnet · ↑↓ Enter väljer · Esc tillbaka." }
    public var noSectorMatches: String { "Ingen förvaltning matchar; prova ett annat ord." }
    public func sectorKept(_ sector: String) -> String { "Förvaltningen är oförändrad: \(sector)." }
    public func sectorChosen(_ sector: String, due: String) -> String {
        "Överlämnas till \(sector)" + (due.isEmpty ? "." : ", senast \(due).")
    }
    public func handoverTo(sector: String, due: String) -> String { "Till: \(sector) · senast \(due)" }
    public var sectorKey: String { "(^G byter)" }
    public func label(_ field: HandoverField) -> String {
        switch field {
        case .matter: "Ärende:"
        case .phone: "Telefon:"
        case .email: "E-post:"
        case .time: "Tid:"
        }
    }
    public var sectorPickerTitle: String { "Överlämna till förvaltning" }
    public var sectorSearchLabel: String { "Sök:" }
    public func dayInWords(_ day: LocalDay, today: LocalDay) -> String {
        DayInWords.text(day, in: .swedish, withYear: day.year != today.year)
    }
    public var handoverNotRead: String { "Ärendenumret kunde inte läsas; F7 visar ärendet." }
    public var readAloudLabel: String { "Läs upp för medborgaren:" }
    public func reference(handoverID: Int64) -> String { "Ärende \(handoverID)" }
    public func promise(sector: String, due: String) -> String { "\(sector) kontaktar dig senast \(due)" }
    public func sentence(reference: String, promise: String) -> String { "\(reference) · \(promise)" }
    public var categorysOwnSector: String { "(ärendetypens)" }
    public func callbackLine(phone: String?, email: String?, time: String?) -> String {
        "Återkontakt: " + ([phone, email, time].compactMap { $0 }.joined(separator: " · "))
    }
    public func matterLine(_ matter: String) -> String { "Ärende: \(matter)" }
    public func earlierSteps(_ count: Int, handoverID: Int64) -> String {
        "(\(count) tidigare steg: servicecenter handovers show \(handoverID))"
    }
    public func eventLine(_ event: HandoverEvent, by: String, at: String, note: String?) -> String {
        let what = switch event {
        case .created: "skapat"
        case .acknowledged: "mottaget"
        case .calledBack: "återkopplat"
        case .closed: "avslutat"
        case .reopened: "återöppnat"
        }
        return "\(what) \(at) av \(by)" + (note.map { ": \($0)" } ?? "")
    }
}

/// English forwarding texts.
public struct EnglishDeskForwardingStrings: DeskForwardingStrings {
    public init() {}

    public func fieldHint(_ field: HandoverField) -> String {
        switch field {
        case .matter: "The matter: what the citizen wants answered (Enter: phone)."
        case .phone: "Phone number for the call-back (Enter: e-mail; may stay empty)."
        case .email: "E-mail address for the call-back (Enter: preferred time)."
        case .time: "When to call, e.g. morning? (Enter: back to the outcome)"
        }
    }
    public var fieldsDone: String { "The hand-over is filled in. Enter saves and shows its number · Tab: back to the fields." }
    public var fieldsKept: String { "The fields are kept. Enter saves · Tab: back to the fields." }
    public var matterRequired: String { "A forwarded contact needs a matter: type what the citizen wants decided or answered." }
    public var sectorOnlyForwarded: String { "The sector is chosen for forwarded contacts: choose 2 Forwarded first." }
    public var sectorSearchHint: String { "Find a sector: type part of its name · ↑↓ Enter chooses · Esc back." }
    public var noSectorMatches: String { "No sector matches; try another word." }
    public func sectorKept(_ sector: String) -> String { "The sector is unchanged: \(sector)." }
    public func sectorChosen(_ sector: String, due: String) -> String {
        "Forwarded to \(sector)" + (due.isEmpty ? "." : ", due \(due).")
    }
    public func handoverTo(sector: String, due: String) -> String { "To: \(sector) · due \(due)" }
    public var sectorKey: String { "(^G changes)" }
    public func label(_ field: HandoverField) -> String {
        switch field {
        case .matter: "Matter:"
        case .phone: "Phone:"
        case .email: "E-mail:"
        case .time: "Time:"
        }
    }
    public var sectorPickerTitle: String { "Forward to sector" }
    public var sectorSearchLabel: String { "Find:" }
    public func dayInWords(_ day: LocalDay, today: LocalDay) -> String {
        DayInWords.text(day, in: .english, withYear: day.year != today.year)
    }
    public var handoverNotRead: String { "The hand-over's number could not be read; F7 shows it." }
    public var readAloudLabel: String { "Read to the citizen:" }
    public func reference(handoverID: Int64) -> String { "Case \(handoverID)" }
    public func promise(sector: String, due: String) -> String { "\(sector) will contact you by \(due)" }
    public func sentence(reference: String, promise: String) -> String { "\(reference) · \(promise)" }
    public var categorysOwnSector: String { "(the category's)" }
    public func callbackLine(phone: String?, email: String?, time: String?) -> String {
        "Call-back: " + ([phone, email, time].compactMap { $0 }.joined(separator: " · "))
    }
    public func matterLine(_ matter: String) -> String { "Matter: \(matter)" }
    public func earlierSteps(_ count: Int, handoverID: Int64) -> String {
        "(\(count) earlier \(count == 1 ? "step" : "steps"): servicecenter handovers show \(handoverID))"
    }
    public func eventLine(_ event: HandoverEvent, by: String, at: String, note: String?) -> String {
        let what = switch event {
        case .created: "made"
        case .acknowledged: "acknowledged"
        case .calledBack: "called back"
        case .closed: "closed"
        case .reopened: "reopened"
        }
        return "\(what) \(at) by \(by)" + (note.map { ": \($0)" } ?? "")
    }
}
