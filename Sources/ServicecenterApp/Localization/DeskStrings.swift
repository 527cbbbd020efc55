import ServicecenterCore
import TerminalUI

/// Every text the desk shows, one conformer per language; the core's table words the domain.
public protocol DeskStrings: Sendable {
    var core: any StringTable { get }
    func station(_ station: Station) -> String
    func title(guide: String, station: String?) -> String
    func today(contacts: Int, fcr: String, queue: String, channel: String) -> String
    var chooseStation: String { get }
    func resumeOffer(category: String?, started: String) -> String
    var resumeHint: String { get }
    var idleHint: String { get }
    func formTitle(elapsed: String) -> String
    func editTitle(id: Int64) -> String
    var searchLabel: String { get }
    var noMatches: String { get }
    /// Above the list when it holds only the fallback category because nothing matched.
    var fallbackOffered: String { get }
    /// Before the words kept as an Övrig fråga contact's subject.
    var subjectLabel: String { get }
    var guidanceLabel: String { get }
    var eserviceLabel: String { get }
    var outcomeLabel: String { get }
    var reasonLabel: String { get }
    /// Short words for the outcome and reason choices, so all fit on one line at 70 columns.
    func outcome(_ kind: Resolution.Kind) -> String
    func reason(_ reason: ForwardReason) -> String
    var digitalHelpLabel: String { get }
    var mediumLabel: String { get }
    func medium(_ medium: DigitalMedium) -> String
    var noteLabel: String { get }
    var recentTitle: String { get }
    var noRecent: String { get }
    func saved(id: Int64) -> String
    func updated(id: Int64) -> String
    func contactCapped(openMinutes: Int, limit: Int) -> String
    func saveFailed(_ reason: String) -> String
    func draftFailed(_ reason: String) -> String
    var chooseCategoryFirst: String { get }
    var chooseReasonFirst: String { get }
    var cancelled: String { get }
    var nothingToEdit: String { get }
    var draftResumed: String { get }
    func tooSmall(need: Size, have: Size) -> String
    var notUTF8: String { get }
    var needsTerminal: String { get }
    var helpTitle: String { get }
    var helpClose: String { get }
    /// The help's closing line when it is longer than the screen and scrolls.
    var helpScrollAndClose: String { get }
    /// The heading above the incidents in progress, in full, at the top of the help.
    var incidentsHeading: String { get }
    /// The banners' last row when four or more incidents do not fit: how many more there are.
    func incidentsNotShown(_ count: Int) -> String
    /// The heading of the repeat picker's list, which lists contacts (not hand-overs) by id.
    var repeatListHeading: String { get }
    func help(_ action: DeskAction) -> String
    func hint(_ action: DeskAction) -> String

    // Hand-overs and repeat contacts
    func handoverBoardTitle(mineOnly: Bool, sector: String?, status: String, overdueOnly: Bool) -> String
    func statusFilter(_ filter: HandoverBoard.StatusFilter) -> String
    /// Id, made, due, status, working days late, sector and category.
    var handoverBoardColumns: [String] { get }
    var noHandoversHere: String { get }
    var loading: String { get }
    func handoverDetail(reason: String, status: String, by: String, at: String) -> String
    var onlySupervisorsSeeAll: String { get }
    func callbackRecorded(id: Int64) -> String
    var repeatTitle: String { get }
    var repeatHint: String { get }
    var repeatNoCandidates: String { get }
    func repeatLinked(contactID: Int64) -> String
    var repeatUnlinked: String { get }
    func repeatLabel(contactID: Int64) -> String
    func noSuchHandover(id: Int64) -> String
    /// The repeat picker's field label: a typed number is a contact id (as the list shows), and
    /// `#` before it marks a hand-over id (as the F7 list shows it).
    var handoverIDLabel: String { get }

    // Queues, status and incidents
    var queue: any QueueStrings { get }
    func ticketLabel(_ ticket: String, wait: String) -> String
    func incidentLabel(_ tag: String) -> String
    func incidentBanner(title: String, message: String) -> String
    func incidentTagged(_ tag: String) -> String
    var incidentUntagged: String { get }
    var noIncidentToTag: String { get }
    var finishContactFirst: String { get }
    var noTicketOnForm: String { get }
    var noHallQueue: String { get }
    func statusNow(_ status: String) -> String
    func queueListTitle(channel: String, waiting: Int) -> String
    var queueListHint: String { get }
}

/// The swedish desk.
public struct SwedishDeskStrings: DeskStrings {
    public init() {}
    public var core: any StringTable { SwedishStrings() }

    public func station(_ station: Station) -> String {
        station.desk.map { "Besök disk \($0)" } ?? core.channel(station.channel)
    }

    public func title(guide: String, station: String?) -> String {
        "Servicecenter – \(guide)" + (station.map { " – \($0)" } ?? "")
    }

    public func today(contacts: Int, fcr: String, queue: String, channel: String) -> String {
        "Idag: \(contacts) \(contacts == 1 ? "kontakt" : "kontakter") · lösningsgrad \(fcr) · i kö (\(channel)): \(queue)"
    }

    public var chooseStation: String { "Välj station och kanal för passet (↑↓ och Enter, eller siffra):" }
    public func resumeOffer(category: String?, started: String) -> String {
        "Ett osparat utkast finns från \(started)" + (category.map { " (\($0))" } ?? "") + "."
    }
    public var resumeHint: String { "Enter: återuppta · Esc: senare (sparas) · Delete: kasta (frågar först)" }
    public var idleHint: String { "Börja skriva ett sökord (eller F2) för en ny kontakt." }
    public func formTitle(elapsed: String) -> String { "Ny kontakt \(elapsed)" }
    public func editTitle(id: Int64) -> String { "Rättar kontakt \(id)" }
    public var searchLabel: String { "Sök ärendetyp:" }
    public var noMatches: String { "Ingen ärendetyp matchar; prova ett annat ord." }
    public var fallbackOffered: String { "Ingen ärendetyp matchar. Enter: Övrig fråga, orden sparas som ämne." }
    public var subjectLabel: String { "Ämne:" }
    public var guidanceLabel: String { "Vägledning:" }
    public var eserviceLabel: String { "E-tjänst:" }
    public var outcomeLabel: String { "Utfall:" }
    public var reasonLabel: String { "Orsak:" }
    public func outcome(_ kind: Resolution.Kind) -> String {
        switch kind {
        case .resolved: "Löst"
        case .forwarded: "Överlämnat"
        case .referred: "Hänvisat"
        }
    }
    public func reason(_ reason: ForwardReason) -> String {
        switch reason {
        case .needsCaseOfficer: "Handläggarbeslut"
        case .couldNotAnswer: "Ej kunnat svara"
        case .citizenRequest: "Medborgarens val"
        }
    }
    public var digitalHelpLabel: String { "Digital hjälp" }
    public var mediumLabel: String { "Medium" }
    public func medium(_ medium: DigitalMedium) -> String {
        switch medium {
        case .email: "e-post"
        case .chat: "chatt"
        case .eservice: "e-tjänst"
        }
    }
    public var noteLabel: String { "Anteckning:" }
    public var recentTitle: String { "Mina kontakter idag" }
    public var noRecent: String { "Inga kontakter ännu idag." }
    public func saved(id: Int64) -> String { "Kontakt \(id) sparad." }
    public func updated(id: Int64) -> String { "Kontakt \(id) rättad." }
    public func contactCapped(openMinutes: Int, limit: Int) -> String {
        "Kontakten var öppen i \(openMinutes) min; handläggningstiden sparades som gränsen \(limit) min ([site] max_contact_minutes)."
    }
    public func saveFailed(_ reason: String) -> String { "Sparades inte – formuläret finns kvar. \(reason)" }
    public func draftFailed(_ reason: String) -> String { "Utkastet kunde inte sparas: \(reason)" }
    public var chooseCategoryFirst: String { "Välj en ärendetyp först (skriv ett sökord, Enter)." }
    public var chooseReasonFirst: String { "Välj orsak till överlämningen (1, 2 eller 3)." }
    public var cancelled: String { "Kontakten avbröts." }
    public var nothingToEdit: String { "Ingen kontakt att rätta (bara den senaste, inom 10 minuter)." }
    public var draftResumed: String { "Utkastet återupptogs." }
    public func tooSmall(need: Size, have: Size) -> String {
        "Terminalen är för liten (behöver \(need.width)×\(need.height), har \(have.width)×\(have.height))"
    }
    // Written in ASCII on purpose: it is only ever shown on a terminal that cannot show more.
    public var notUTF8: String { "Terminalen saknar UTF-8: svenska tecken visas utan prickar och ringar. Starta om med LC_ALL=C.UTF-8 (eller sv_SE.UTF-8)." }
    public var needsTerminal: String { "Disken behöver en terminal (kör den i ett terminalfönster eller över SSH med TTY)." }
    public var helpTitle: String { "Tangenter" }
    public var helpClose: String { "Valfri tangent stänger hjälpen." }
    public var helpScrollAndClose: String { "↑↓ PgUp PgDn bläddrar · annan tangent stänger hjälpen." }
    public var incidentsHeading: String { "Pågående driftstörningar:" }
    public func incidentsNotShown(_ count: Int) -> String {
        "\(count) \(count == 1 ? "driftstörning" : "driftstörningar") till – F1 visar alla"
    }
    public var repeatListHeading: String { "Dina kontakter (kontakt-id, när, ärendetyp · utfall):" }

    public func help(_ action: DeskAction) -> String {
        switch action {
        case .help: "visa eller dölj den här hjälpen (? när inget textfält är aktivt)"
        case .newContact: "ny kontakt (eller börja skriva ett sökord)"
        case .station: "byt station och kanal"
        case .digitalHelp: "digital hjälp av/på"
        case .medium: "byt medium för digital kontakt"
        case .note: "skriv anteckning (bokstäver i utfallssteget hamnar där)"
        case .editLast: "rätta den senaste kontakten (inom 10 minuter)"
        case .save: "spara kontakten (Enter i utfallssteget)"
        case .quit: "avsluta (öppen kontakt: frågar först, utkastet sparas)"
        case .choose: "välj ärendetyp i listan och ta den"
        case .outcome: "löst · överlämnat (sedan orsak 1–3) · hänvisat (sedan vart: skriv för att söka)"
        case .back: "tillbaka; tomt sökfält avbryter kontakten (ifylld: Delete bekräftar)"
        case .handovers: "överlämnade ärenden: mina, eller alla för arbetsledare (F7 igen: tillbaka)"
        case .repeatLink: "återkontakt: koppla till tidigare kontakt (igen: ta bort)"
        case .callback: "registrera att medborgaren har fått återkoppling på valt ärende (frågar först)"
        case .filterSector: "byt förvaltning i ärendelistan"
        case .filterStatus: "byt status i ärendelistan"
        case .filterOverdue: "bara försenade ärenden, av/på"
        case .mineOrAll: "mina ärenden eller alla (arbetsledare)"
        case .callNext: "kalla nästa kölapp för stationens kanal (öppnar kontakten med väntetiden)"
        case .operatorStatus: "byt status: tillgänglig · efterarbete · paus"
        case .tagIncident: "koppla kontakten till pågående driftstörning; vid flera byter ^T igen till nästa, sist av"
        case .noShow: "besökaren kom inte: markera uteblev (Enter registrerar, ^X ångrar)"
        case .transferTicket: "flytta kölappen till andra hallkön och stäng kontakten (frågar)"
        case .queueList: "visa kön och kalla en kölapp i annan ordning (↑↓ Enter)"
        case .scrollText: "bläddra i vägledningen när den är längre än sin ruta (▼ i kanten); i hjälpen även ↑↓"
        case .laterDraft: "ta fram ett utkast som lagts undan till senare (när ingen kontakt är öppen)"
        case .nextField: "överlämnat: nästa fält (ärende, telefon, e-post, tid; även Enter), Skift-Tab föregående; Esc till utfallet"
        case .chooseSector: "överlämnat: välj annan förvaltning än ärendetypens (sök på namn; Enter väljer)"
        case .knowledge: "kunskapsbanken: ärendetypens artiklar, eller skriv för att söka i alla; Enter läser, ← listan, Esc tillbaka till kontakten"
        }
    }

    public func hint(_ action: DeskAction) -> String {
        switch action {
        case .help: "Hjälp"
        case .newContact: "Ny"
        case .station: "Station"
        case .digitalHelp: "Digital"
        case .medium: "Medium"
        case .note: "Anteckn."
        case .editLast: "Rätta"
        case .save: "Spara"
        case .quit: "Avsluta"
        case .choose: "Välj"
        case .outcome: "Utfall"
        case .back: "Tillbaka"
        case .handovers: "Ärenden"
        case .repeatLink: "Återkontakt"
        case .callback: "Återkopplat"
        case .filterSector: "Förvaltn."
        case .filterStatus: "Status"
        case .filterOverdue: "Försenade"
        case .mineOrAll: "Mina/alla"
        case .callNext: "Nästa"
        case .operatorStatus: "Status"
        case .tagIncident: "Störning"
        case .noShow: "Uteblev"
        case .transferTicket: "Flytta"
        case .queueList: "Kön"
        case .scrollText: "Bläddra"
        case .laterDraft: "Utkast"
        case .nextField: "Nästa fält"
        case .chooseSector: "Förvaltning"
        case .knowledge: "Artiklar"
        }
    }
    public func handoverBoardTitle(mineOnly: Bool, sector: String?, status: String, overdueOnly: Bool) -> String {
        (mineOnly ? "Mina överlämnade ärenden" : "Överlämnade ärenden") + " · " + (sector ?? "alla förvaltningar") + " · " + status
            + (overdueOnly ? " · bara försenade" : "")
    }
    public func statusFilter(_ filter: HandoverBoard.StatusFilter) -> String {
        switch filter {
        case .notClosed: "ej avslutade"
        case .only(let status): core.handoverStatus(status).lowercased()
        }
    }
    public var handoverBoardColumns: [String] { ["Id", "Skapat", "Senast", "Status", "Sen", "Förvaltning · ärendetyp"] }
    public var noHandoversHere: String { "Inga ärenden med det här filtret (T byter status, S förvaltning, O försenade)." }
    public var loading: String { "Hämtar …" }
    public func handoverDetail(reason: String, status: String, by: String, at: String) -> String {
        "\(reason) · \(status) \(at) av \(by)"
    }
    public var onlySupervisorsSeeAll: String { "Bara arbetsledare och administratörer ser alla förvaltningars ärenden." }
    public func callbackRecorded(id: Int64) -> String { "Ärende \(id): återkoppling till medborgaren registrerad." }
    public var repeatTitle: String { "Återkontakt: samma sak som en tidigare kontakt" }
    public var repeatHint: String { "↑↓ Enter: välj i listan, eller skriv ett kontakt-id · Esc: tillbaka" }
    public var repeatNoCandidates: String { "Inga egna kontakter under perioden; skriv ett kontakt-id ovan." }
    public func repeatLinked(contactID: Int64) -> String { "Kopplad som återkontakt till kontakt \(contactID) (syns i formuläret; ^R tar bort)." }
    public var repeatUnlinked: String { "Kopplingen till den tidigare kontakten togs bort." }
    public func repeatLabel(contactID: Int64) -> String { "Återkontakt till \(contactID) (^R tar bort)" }
    public func noSuchHandover(id: Int64) -> String { "Det finns inget ärende med id \(id)." }
    public var handoverIDLabel: String { "Kontakt-id, eller #id för överlämnat ärende (F7):" }

    public var queue: any QueueStrings { SwedishQueueStrings() }
    public func ticketLabel(_ ticket: String, wait: String) -> String { "\(ticket) väntade \(wait)" }
    public func incidentLabel(_ tag: String) -> String { "störning: \(tag)" }
    public func incidentBanner(title: String, message: String) -> String { "DRIFTSTÖRNING: \(title) · \(message) · ^T kopplar kontakten" }
    public func incidentTagged(_ tag: String) -> String { "Kontakten kopplad till driftstörningen \(tag)." }
    public var incidentUntagged: String { "Kontakten är inte längre kopplad till driftstörningen." }
    public var noIncidentToTag: String { "Ingen pågående driftstörning att koppla till." }
    public var finishContactFirst: String { "Spara (F9) eller avbryt (Esc) den öppna kontakten först." }
    public var noTicketOnForm: String { "Kontakten kommer inte från en kölapp." }
    public var noHallQueue: String { "Telefon och digitalt kommer via växeln och e-posten; kölappar finns för besök och teckenspråk." }
    public func statusNow(_ status: String) -> String { "Status: \(status)" }
    public func queueListTitle(channel: String, waiting: Int) -> String { "Kön · \(channel) · \(waiting) väntar" }
    public var queueListHint: String { "↑↓ välj · Enter kallar kölappen · Esc stänger" }
}


/// The English desk, for `--lang en` or `language = "en"`.
public struct EnglishDeskStrings: DeskStrings {
    public init() {}
    public var core: any StringTable { EnglishStrings() }

    public func station(_ station: Station) -> String {
        station.desk.map { "Visit desk \($0)" } ?? core.channel(station.channel)
    }

    public func title(guide: String, station: String?) -> String {
        "Servicecenter – \(guide)" + (station.map { " – \($0)" } ?? "")
    }

    public func today(contacts: Int, fcr: String, queue: String, channel: String) -> String {
        "Today: \(contacts) \(contacts == 1 ? "contact" : "contacts") · FCR \(fcr) · queue (\(channel)): \(queue)"
    }

    public var chooseStation: String { "Choose your station and channel for this shift (↑↓ and Enter, or a digit):" }
    public func resumeOffer(category: String?, started: String) -> String {
        "There is an unsaved draft from \(started)" + (category.map { " (\($0))" } ?? "") + "."
    }
    public var resumeHint: String { "Enter: resume · Esc: later (kept) · Delete: discard (asks first)" }
    public var idleHint: String { "Start typing a search word (or F2) for a new contact." }
    public func formTitle(elapsed: String) -> String { "New contact \(elapsed)" }
    public func editTitle(id: Int64) -> String { "Correcting contact \(id)" }
    public var searchLabel: String { "Find category:" }
    public var noMatches: String { "No category matches; try another word." }
    public var fallbackOffered: String { "No category matches. Enter: Övrig fråga (other), the words kept as subject." }
    public var subjectLabel: String { "Subject:" }
    public var guidanceLabel: String { "Guidance:" }
    public var eserviceLabel: String { "E-service:" }
    public var outcomeLabel: String { "Outcome:" }
    public var reasonLabel: String { "Reason:" }
    public func outcome(_ kind: Resolution.Kind) -> String {
        switch kind {
        case .resolved: "Resolved"
        case .forwarded: "Forwarded"
        case .referred: "Referred"
        }
    }
    public func reason(_ reason: ForwardReason) -> String {
        switch reason {
        case .needsCaseOfficer: "Needs decision"
        case .couldNotAnswer: "Could not answer"
        case .citizenRequest: "Citizen asked"
        }
    }
    public var digitalHelpLabel: String { "Digital help" }
    public var mediumLabel: String { "Medium" }
    public func medium(_ medium: DigitalMedium) -> String {
        switch medium {
        case .email: "e-mail"
        case .chat: "chat"
        case .eservice: "e-service"
        }
    }
    public var noteLabel: String { "Note:" }
    public var recentTitle: String { "My contacts today" }
    public var noRecent: String { "No contacts yet today." }
    public func saved(id: Int64) -> String { "Contact \(id) saved." }
    public func updated(id: Int64) -> String { "Contact \(id) corrected." }
    public func contactCapped(openMinutes: Int, limit: Int) -> String {
        "The contact was open for \(openMinutes) min; its handling time was saved as the limit, \(limit) min ([site] max_contact_minutes)."
    }
    public func saveFailed(_ reason: String) -> String { "Not saved – the form is kept. \(reason)" }
    public func draftFailed(_ reason: String) -> String { "The draft could not be saved: \(reason)" }
    public var chooseCategoryFirst: String { "Choose a category first (type a search word, Enter)." }
    public var chooseReasonFirst: String { "Choose why it is forwarded (1, 2 or 3)." }
    public var cancelled: String { "Contact cancelled." }
    public var nothingToEdit: String { "Nothing to correct (only the last contact, within 10 minutes)." }
    public var draftResumed: String { "Draft resumed." }
    public func tooSmall(need: Size, have: Size) -> String {
        "Terminal too small (need \(need.width)×\(need.height), have \(have.width)×\(have.height))"
    }
    // Written in ASCII on purpose: it is only ever shown on a terminal that cannot show more.
    public var notUTF8: String { "The terminal is not UTF-8: Swedish letters show without their dots and rings. Restart with LC_ALL=C.UTF-8 (or sv_SE.UTF-8)." }
    public var needsTerminal: String { "The desk needs a terminal (run it in a terminal window or over SSH with a TTY)." }
    public var helpTitle: String { "Keys" }
    public var helpClose: String { "Any key closes the help." }
    public var helpScrollAndClose: String { "↑↓ PgUp PgDn scroll · any other key closes the help." }
    public var incidentsHeading: String { "Incidents in progress:" }
    public func incidentsNotShown(_ count: Int) -> String {
        "\(count) more \(count == 1 ? "incident" : "incidents") – F1 shows all"
    }
    public var repeatListHeading: String { "Your contacts (contact id, when, category · outcome):" }

    public func help(_ action: DeskAction) -> String {
        switch action {
        case .help: "show or hide this help (? when no text field is active)"
        case .newContact: "new contact (or just start typing a search word)"
        case .station: "change station and channel"
        case .digitalHelp: "digital help on/off"
        case .medium: "change the medium of a digital contact"
        case .note: "write a note (letters typed in the outcome step go there)"
        case .editLast: "correct the last contact (within 10 minutes)"
        case .save: "save the contact (Enter in the outcome step)"
        case .quit: "quit (contact open: asks first, the draft is kept)"
        case .choose: "choose a category in the list and take it"
        case .outcome: "resolved · forwarded (then reason 1–3) · referred (then where: type to search)"
        case .back: "back; an empty search cancels the contact (filled in: Delete confirms)"
        case .handovers: "hand-overs: mine, or every sector's for supervisors (F7 again: back)"
        case .repeatLink: "repeat contact: link to an earlier contact (again: remove)"
        case .callback: "record that the citizen got a call-back on the selected hand-over (asks first)"
        case .filterSector: "next sector in the hand-over list"
        case .filterStatus: "next status in the hand-over list"
        case .filterOverdue: "overdue hand-overs only, on/off"
        case .mineOrAll: "my hand-overs or all (supervisors)"
        case .callNext: "call the next ticket for the station's channel (opens the contact with its wait)"
        case .operatorStatus: "change status: available · after-contact work · paused"
        case .tagIncident: "tag the contact to the incident in progress; with several, ^T again moves to the next, then off"
        case .noShow: "visitor did not come: mark a no-show (Enter records, ^X undoes)"
        case .transferTicket: "move the ticket to the other hall queue, close the contact (asks)"
        case .queueList: "show the queue and call a ticket out of order (↑↓ Enter)"
        case .scrollText: "scroll the guidance when it is longer than its area (▼ at its edge); ↑↓ too in this help"
        case .laterDraft: "bring back a draft put aside for later (when no contact is open)"
        case .nextField: "forwarded: next field (matter, phone, e-mail, time; Enter too), Shift-Tab back; Esc to the outcome"
        case .chooseSector: "forwarded: choose another sector than the category's (search by name; Enter chooses)"
        case .knowledge: "knowledge base: the category's articles, or type to search them all; Enter reads, ← the list, Esc back to the contact"
        }
    }

    public func hint(_ action: DeskAction) -> String {
        switch action {
        case .help: "Help"
        case .newContact: "New"
        case .station: "Station"
        case .digitalHelp: "Digital"
        case .medium: "Medium"
        case .note: "Note"
        case .editLast: "Correct"
        case .save: "Save"
        case .quit: "Quit"
        case .choose: "Choose"
        case .outcome: "Outcome"
        case .back: "Back"
        case .handovers: "Hand-overs"
        case .repeatLink: "Repeat"
        case .callback: "Called back"
        case .filterSector: "Sector"
        case .filterStatus: "Status"
        case .filterOverdue: "Overdue"
        case .mineOrAll: "Mine/all"
        case .callNext: "Next"
        case .operatorStatus: "Status"
        case .tagIncident: "Incident"
        case .noShow: "No-show"
        case .transferTicket: "Move"
        case .queueList: "Queue"
        case .scrollText: "Scroll"
        case .laterDraft: "Draft"
        case .nextField: "Next field"
        case .chooseSector: "Sector"
        case .knowledge: "Articles"
        }
    }

    public func handoverBoardTitle(mineOnly: Bool, sector: String?, status: String, overdueOnly: Bool) -> String {
        (mineOnly ? "My hand-overs" : "Hand-overs") + " · " + (sector ?? "all sectors") + " · " + status
            + (overdueOnly ? " · overdue only" : "")
    }
    public func statusFilter(_ filter: HandoverBoard.StatusFilter) -> String {
        switch filter {
        case .notClosed: "not closed"
        case .only(let status): core.handoverStatus(status).lowercased()
        }
    }
    public var handoverBoardColumns: [String] { ["Id", "Made", "Due", "Status", "Late", "Sector · category"] }
    public var noHandoversHere: String { "No hand-overs with this filter (T status, S sector, O overdue)." }
    public var loading: String { "Loading …" }
    public func handoverDetail(reason: String, status: String, by: String, at: String) -> String {
        "\(reason) · \(status) \(at) by \(by)"
    }
    public var onlySupervisorsSeeAll: String { "Only supervisors and admins see every sector's hand-overs." }
    public func callbackRecorded(id: Int64) -> String { "Hand-over \(id): call-back to the citizen recorded." }
    public var repeatTitle: String { "Repeat contact: same matter as an earlier contact" }
    public var repeatHint: String { "↑↓ Enter: choose from the list, or type a contact id · Esc: back" }
    public var repeatNoCandidates: String { "No contacts of yours in the period; type a contact id above." }
    public func repeatLinked(contactID: Int64) -> String { "Linked as a repeat of contact \(contactID) (shown on the form; ^R removes)." }
    public var repeatUnlinked: String { "The link to the earlier contact was removed." }
    public func repeatLabel(contactID: Int64) -> String { "Repeat of \(contactID) (^R removes)" }
    public func noSuchHandover(id: Int64) -> String { "There is no hand-over with id \(id)." }
    public var handoverIDLabel: String { "Contact id, or #id of a hand-over (F7):" }

    public var queue: any QueueStrings { EnglishQueueStrings() }
    public func ticketLabel(_ ticket: String, wait: String) -> String { "\(ticket) waited \(wait)" }
    public func incidentLabel(_ tag: String) -> String { "incident: \(tag)" }
    public func incidentBanner(title: String, message: String) -> String { "INCIDENT: \(title) · \(message) · ^T tags the contact" }
    public func incidentTagged(_ tag: String) -> String { "The contact is tagged to the incident \(tag)." }
    public var incidentUntagged: String { "The contact is no longer tagged to the incident." }
    public var noIncidentToTag: String { "No incident in progress to tag." }
    public var finishContactFirst: String { "Save (F9) or cancel (Esc) the open contact first." }
    public var noTicketOnForm: String { "This contact did not come from a ticket." }
    public var noHallQueue: String { "Phone and digital come through the switchboard and the mailbox; tickets are for visits and sign language." }
    public func statusNow(_ status: String) -> String { "Status: \(status)" }
    public func queueListTitle(channel: String, waiting: Int) -> String { "Queue · \(channel) · \(waiting) waiting" }
    public var queueListHint: String { "↑↓ choose · Enter calls the ticket · Esc closes" }
}


/// The desk's strings for a language.

public func deskStrings(for language: Language) -> any DeskStrings {
    language == .english ? EnglishDeskStrings() : SwedishDeskStrings()
}
