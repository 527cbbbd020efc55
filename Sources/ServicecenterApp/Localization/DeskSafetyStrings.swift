import ServicecenterCore

/// What the desk says when a key would throw work away or change the record: the questions,
/// the hints for letters typed where letters are commands, and the words on leaving.
public protocol DeskSafetyStrings: Sendable {
    var quitQuestion: String { get }
    /// On the terminal after the desk closed with work kept: which draft, and when it comes back.
    func draftKeptOnExit(category: String?, started: String, waiting: Int) -> String
    func draftNotKeptOnExit(_ reason: String) -> String
    var draftSetAside: String { get }
    func draftsWaiting(_ count: Int, category: String?, started: String) -> String
    var discardQuestion: String { get }
    var draftDiscarded: String { get }
    var cancelQuestion: String { get }
    func transferQuestion(ticket: String, channel: String) -> String
    func callbackQuestion(id: Int64) -> String
    /// Esc at a question: what stayed as it was.
    func declined(_ question: DeskConfirmation) -> String
    func noShowMarked(_ ticket: String) -> String
    func noShowUndone(_ ticket: String) -> String
    var noShowLabel: String { get }
    /// What the step takes and where text goes, for a character the step does not take.
    func keysHere(_ focus: DeskModel.Focus) -> String
    /// The Enter that ended a refused word: nothing was chosen.
    func enterAfterStray(_ focus: DeskModel.Focus) -> String
    var typingGoesToNote: String { get }
    func outcomeChosen(_ outcome: String) -> String
    func reasonChosen(_ reason: String) -> String
    var noDraftWaiting: String { get }
    /// The hint bar's word for Ctrl-O while a draft waits.
    var draftHint: String { get }
    /// Added to the no-show notice: what the form holds that recording the no-show drops.
    func noShowDrops(note: Bool, category: String?, repeatOf: Int64?) -> String
    /// Back at the outcome from the note: what the keys do there now (the next Enter saves).
    var backAtOutcome: String { get }
    /// A character at a question: it answered nothing; the question stays, repeated.
    func answerFirst(_ question: String) -> String
    /// The Enter that ended text typed at a question: it answered nothing; the question stays.
    func enterAfterStrayAtQuestion(_ question: String) -> String
    /// An outcome digit followed at once by text was text: it went into the note, the outcome stayed.
    func digitWasText(_ digit: String, outcome: String) -> String
    /// A character that is no command at the outcome or reason step started the note instead of vanishing.
    func textNotCommand(_ typed: String, keys: String) -> String
    /// A field reached its limit: what was typed beyond it is not taken, said at once.
    func fieldFull(_ field: String, limit: Int) -> String
}

extension DeskStrings {
    /// The safety texts in the desk's language (kept apart from the main table).
    public var safety: any DeskSafetyStrings {
        core.language == .english ? EnglishDeskSafetyStrings() : SwedishDeskSafetyStrings()
    }
}

/// The Swedish safety texts.
public struct SwedishDeskSafetyStrings: DeskSafetyStrings {
    public init() {}
    public var quitQuestion: String {
        "Kontakt öppen: F10 eller Ctrl-C igen avslutar (utkastet sparas) · Esc: stanna."
    }
    public func draftKeptOnExit(category: String?, started: String, waiting: Int) -> String {
        "Disken avslutad. Utkastet från \(started)" + (category.map { " (\($0))" } ?? "")
            + " är sparat och erbjuds när disken startar nästa gång."
            + (waiting > 0 ? " \(waiting) undanlagt utkast sparat med det." : "")
    }
    public func draftNotKeptOnExit(_ reason: String) -> String {
        "Disken avslutad, men utkastet kunde inte sparas: \(reason)"
    }
    public var draftSetAside: String {
        "Utkastet är sparat till senare: Ctrl-O tar fram det (erbjuds även vid start)."
    }
    public func draftsWaiting(_ count: Int, category: String?, started: String) -> String {
        (count == 1 ? "Ett utkast väntar" : "\(count) utkast väntar") + " (\(started)" + (category.map { ", \($0)" } ?? "")
            + "): Ctrl-O tar fram det."
    }
    public var discardQuestion: String { "Kasta utkastet för gott? Delete igen: kasta · Esc: behåll det." }
    public var draftDiscarded: String { "Utkastet kastades." }
    public var cancelQuestion: String {
        "Kasta kontakten och det som är ifyllt? Delete: kasta · Esc: behåll den."
    }
    public func transferQuestion(ticket: String, channel: String) -> String {
        "Flytta \(ticket) till kön för \(channel)? Kontakten stängs. Enter: ja · Esc: nej."
    }
    public func callbackQuestion(id: Int64) -> String {
        "Registrera återkoppling på ärende \(id)? Enter igen: registrera · Esc: avbryt."
    }
    public func declined(_ question: DeskConfirmation) -> String {
        switch question {
        case .quit: "Disken fortsätter; kontakten är kvar."
        case .discardDraft: "Utkastet är kvar."
        case .cancelContact: "Kontakten är kvar."
        case .transferTicket: "Kölappen flyttades inte."
        case .callback: "Ingen återkoppling registrerades."
        }
    }
    public func noShowMarked(_ ticket: String) -> String {
        "\(ticket) markerad utebliven: Enter registrerar och stänger · Ctrl-X/Esc ångrar."
    }
    public func noShowUndone(_ ticket: String) -> String { "\(ticket) är inte längre markerad som utebliven." }
    public var noShowLabel: String { "UTEBLIVEN" }
    public func keysHere(_ focus: DeskModel.Focus) -> String {
        switch focus {
        case .station: "Välj station med siffra, eller ↑↓ och Enter. Text skrivs i en kontakt."
        case .resumeOffer: "Välj först: Enter återupptar · Esc sparar till senare · Delete kastar."
        case .outcome: "Utfall: 1 2 3, Enter sparar. Bokstäver skrivs i anteckningen."
        case .reason: "Välj orsak med 1, 2 eller 3 (Esc tillbaka); anteckningen skrivs efteråt."
        case .repeatLink: "Välj med ↑↓ Enter, eller skriv kontakt-id (#id: ärende i F7); Esc tillbaka."
        case .handovers: "Här: S förvaltning · T status · O försenade · A mina/alla · F7 tillbaka."
        case .queueList: "Välj kölapp med ↑↓ och Enter; Esc stänger. Text skrivs i en kontakt."
        case .idle, .search, .note, .forwarding, .sectorChoice, .referral, .knowledge: ""
        }
    }
    public func enterAfterStray(_ focus: DeskModel.Focus) -> String {
        switch focus {
        case .station: "Enter valde ingenting (texten var inget kommando); Enter igen väljer station."
        case .resumeOffer: "Enter valde ingenting (texten var inget kommando); Enter igen återupptar."
        case .outcome: "Enter sparade inte (texten var inget kommando); Enter igen sparar."
        // Enter chooses no reason: only the digits do, so the hint names them.
        case .reason: "Enter valde ingenting: orsaken väljs med 1, 2 eller 3 (Esc tillbaka)."
        case .repeatLink: "Enter kopplade ingenting (texten var inget kommando); Enter igen kopplar."
        case .handovers: "Enter valde ingenting (texten var inget kommando); Enter igen: återkoppling?"
        case .queueList: "Enter ropade inte upp någon (texten var inget kommando); Enter igen ropar upp."
        case .idle, .search, .note, .forwarding, .sectorChoice, .referral, .knowledge: ""
        }
    }
    public var typingGoesToNote: String { "Texten skrivs i anteckningen (Enter: tillbaka till utfallet)." }
    public func outcomeChosen(_ outcome: String) -> String { "Utfall: \(outcome)." }
    public func reasonChosen(_ reason: String) -> String { "Orsak: \(reason)." }
    public var noDraftWaiting: String { "Inget undanlagt utkast väntar." }
    public var draftHint: String { "Utkast" }
    public func noShowDrops(note: Bool, category: String?, repeatOf: Int64?) -> String {
        let parts = (note ? ["anteckningen"] : []) + (category.map { ["ärendetypen (\($0))"] } ?? [])
            + (repeatOf.map { ["kopplingen till kontakt \($0)"] } ?? [])
        guard !parts.isEmpty else { return "" }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " och " + parts.last!
        return "Sparas inte: " + list + "."
    }
    public var backAtOutcome: String { "Anteckningen är kvar. Utfall: 1 2 3 · Enter sparar kontakten · F6 skriver mer." }
    public func answerFirst(_ question: String) -> String { "Texten var inget svar. " + question }
    public func enterAfterStrayAtQuestion(_ question: String) -> String {
        "Enter svarade inte (texten var inget svar). " + question
    }
    public func digitWasText(_ digit: String, outcome: String) -> String {
        "\(digit) var text: den skrivs i anteckningen; utfallet är kvar (\(outcome))."
    }
    public func textNotCommand(_ typed: String, keys: String) -> String {
        "\(typed) är inget val här (\(keys)): det skrivs i anteckningen (Enter: tillbaka)."
    }
    public func fieldFull(_ field: String, limit: Int) -> String {
        "Fältet \(field) är fullt (\(limit) tecken): det som skrivs efter kommer inte med."
    }
}

/// The English safety texts.
public struct EnglishDeskSafetyStrings: DeskSafetyStrings {
    public init() {}
    public var quitQuestion: String {
        "A contact is open: F10 or Ctrl-C again quits (the draft is kept) · Esc: stay."
    }
    public func draftKeptOnExit(category: String?, started: String, waiting: Int) -> String {
        "Desk closed. The draft from \(started)" + (category.map { " (\($0))" } ?? "")
            + " is kept and offered when the desk starts next time."
            + (waiting > 0 ? " \(waiting) draft(s) set aside are kept with it." : "")
    }
    public func draftNotKeptOnExit(_ reason: String) -> String {
        "Desk closed, but the draft could not be kept: \(reason)"
    }
    public var draftSetAside: String {
        "The draft is kept for later: Ctrl-O brings it back (also offered at start)."
    }
    public func draftsWaiting(_ count: Int, category: String?, started: String) -> String {
        (count == 1 ? "A draft is waiting" : "\(count) drafts are waiting") + " (\(started)" + (category.map { ", \($0)" } ?? "")
            + "): Ctrl-O brings it back."
    }
    public var discardQuestion: String { "Throw the draft away for good? Delete again: discard · Esc: keep it." }
    public var draftDiscarded: String { "The draft was discarded." }
    public var cancelQuestion: String {
        "Throw the contact away with what is filled in? Delete: discard · Esc: keep it."
    }
    public func transferQuestion(ticket: String, channel: String) -> String {
        "Move \(ticket) to the \(channel) queue? The contact closes. Enter: yes · Esc: no."
    }
    public func callbackQuestion(id: Int64) -> String {
        "Record a call-back on hand-over \(id)? Enter again: record · Esc: cancel."
    }
    public func declined(_ question: DeskConfirmation) -> String {
        switch question {
        case .quit: "The desk carries on; the contact is still open."
        case .discardDraft: "The draft is kept."
        case .cancelContact: "The contact is kept."
        case .transferTicket: "The ticket was not moved."
        case .callback: "No call-back was recorded."
        }
    }
    public func noShowMarked(_ ticket: String) -> String {
        "\(ticket) marked no-show: Enter records it and closes · Ctrl-X/Esc undoes."
    }
    public func noShowUndone(_ ticket: String) -> String { "\(ticket) is no longer marked as a no-show." }
    public var noShowLabel: String { "NO-SHOW" }
    public func keysHere(_ focus: DeskModel.Focus) -> String {
        switch focus {
        case .station: "Choose a station here: a digit, or ↑↓ and Enter. Text goes into a contact."
        case .resumeOffer: "Choose first: Enter resumes · Esc keeps it for later · Delete discards."
        case .outcome: "Outcome: 1 2 3, Enter saves. Letters go into the note."
        case .reason: "Choose the reason with 1, 2 or 3 (Esc back); write the note after."
        case .repeatLink: "Choose with ↑↓ Enter, or type a contact id (#id: a hand-over in F7); Esc back."
        case .handovers: "Here: S sector · T status · O overdue · A mine/all · F7 back."
        case .queueList: "Choose a ticket with ↑↓ and Enter; Esc closes. Text goes into a contact."
        case .idle, .search, .note, .forwarding, .sectorChoice, .referral, .knowledge: ""
        }
    }
    public func enterAfterStray(_ focus: DeskModel.Focus) -> String {
        switch focus {
        case .station: "Enter chose nothing (that text was no command); Enter again picks the station."
        case .resumeOffer: "Enter chose nothing (that text was no command); Enter again resumes the draft."
        case .outcome: "Enter saved nothing (that text was no command); Enter again saves."
        case .reason: "Enter chose nothing: the reason is chosen with 1, 2 or 3 (Esc back)."
        case .repeatLink: "Enter linked nothing (that text was no command); Enter again links."
        case .handovers: "Enter chose nothing (that text was no command); Enter again: call-back?"
        case .queueList: "Enter called nobody (that text was no command); Enter again calls the ticket."
        case .idle, .search, .note, .forwarding, .sectorChoice, .referral, .knowledge: ""
        }
    }
    public var typingGoesToNote: String { "Typing goes into the note (Enter: back to the outcome)." }
    public func outcomeChosen(_ outcome: String) -> String { "Outcome: \(outcome)." }
    public func reasonChosen(_ reason: String) -> String { "Reason: \(reason)." }
    public var noDraftWaiting: String { "No draft set aside is waiting." }
    public var draftHint: String { "Draft" }
    public func noShowDrops(note: Bool, category: String?, repeatOf: Int64?) -> String {
        let parts = (note ? ["the note"] : []) + (category.map { ["the category (\($0))"] } ?? [])
            + (repeatOf.map { ["the link to contact \($0)"] } ?? [])
        guard !parts.isEmpty else { return "" }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        return "Not kept: " + list + "."
    }
    public var backAtOutcome: String { "The note is kept. Outcome: 1 2 3 · Enter saves the contact · F6 writes more." }
    public func answerFirst(_ question: String) -> String { "That text was no answer. " + question }
    public func enterAfterStrayAtQuestion(_ question: String) -> String {
        "Enter answered nothing (that text was no answer). " + question
    }
    public func digitWasText(_ digit: String, outcome: String) -> String {
        "\(digit) was text: it goes into the note; the outcome stays (\(outcome))."
    }
    public func textNotCommand(_ typed: String, keys: String) -> String {
        "\(typed) is no choice here (\(keys)): it goes into the note (Enter: back)."
    }
    public func fieldFull(_ field: String, limit: Int) -> String {
        "The \(field) field is full (\(limit) characters): what is typed beyond it is not taken."
    }
}
