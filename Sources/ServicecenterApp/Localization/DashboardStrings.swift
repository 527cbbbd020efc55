import Foundation
import ServicecenterCore
import TerminalUI

/// The wallboard's words, one conformer per language.
public protocol DashboardStrings: Sendable {
    var core: any StringTable { get }
    var queue: any QueueStrings { get }
    func title(site: String) -> String
    /// Column heads of the channel table: channel, waiting, longest, service level, target, ASA,
    /// abandoned, FCR, contacts.
    var channelColumns: [String] { get }
    /// The same, shortened where a head is wider than its figures, for 80 columns.
    var channelColumnsShort: [String] { get }
    func hourlyTitle(weeks: Int) -> String
    var today: String { get }
    var weekdayAverage: String { get }
    func evenness(channel: String, met: Int, of: Int, worstHour: Int?, worst: String) -> String
    var staffTitle: String { get }
    var noStaff: String { get }
    var overdueTitle: String { get }
    var noOverdue: String { get }
    func incidentBanner(title: String, message: String, contacts: Int) -> String
    var incidentTitleLabel: String { get }
    var incidentMessageLabel: String { get }
    var incidentFormHint: String { get }
    func confirmEnd(title: String) -> String
    func incidentStarted(_ incident: Incident) -> String
    func incidentEnded(_ incident: Incident) -> String
    func stale(_ reason: String) -> String
    func hint(_ action: DashboardAction) -> String
    var helpTitle: String { get }
    var helpLines: [String] { get }
    var helpClose: String { get }
    /// The help's closing line when it is longer than the screen and scrolls.
    var helpScrollAndClose: String { get }
    /// The heading above the incidents in progress, in full, at the top of the help.
    var incidentsHeading: String { get }
    /// The banners' last row when four or more incidents do not fit: how many more there are.
    func incidentsNotShown(_ count: Int) -> String
    func tooSmall(need: Size, have: Size) -> String
    var needsTerminal: String { get }
    /// The notice on a terminal whose locale is not UTF-8: what is shown instead, and how to restart.
    var notUTF8: String { get }
}

/// Svenska.
public struct SwedishDashboardStrings: DashboardStrings {
    public init() {}
    public var core: any StringTable { SwedishStrings() }
    public var queue: any QueueStrings { SwedishQueueStrings() }
    public func title(site: String) -> String { "\(site) · läget just nu" }
    public var channelColumns: [String] { ["Kanal", "Väntar", "Längst", "Servicenivå", "Mål", "Svarstid", "Avhopp", "Lösningsgrad", "Kontakter"] }
    public var channelColumnsShort: [String] { ["Kanal", "Väntar", "Längst", "Servicenivå", "Mål", "Svarstid", "Avhopp", "Lösn.grad", "Kontakter"] }
    public func hourlyTitle(weeks: Int) -> String { "Kontakter per timme · idag mot samma veckodag (snitt \(weeks) veckor)" }
    public var today: String { "idag" }
    public var weekdayAverage: String { "snitt" }
    public func evenness(channel: String, met: Int, of: Int, worstHour: Int?, worst: String) -> String {
        "\(channel): \(met) av \(of) timmar når målet" + (worstHour.map { String(format: " · sämst %02d–%02d", $0, $0 + 1) + " (\(worst))" } ?? "")
    }
    public var staffTitle: String { "Personal" }
    public var noStaff: String { "Ingen inloggad." }
    public var overdueTitle: String { "Försenade ärenden" }
    public var noOverdue: String { "Inga försenade ärenden." }
    public func incidentBanner(title: String, message: String, contacts: Int) -> String {
        "DRIFTSTÖRNING: \(title) · \(contacts) \(contacts == 1 ? "kontakt" : "kontakter") idag · \(message)"
    }
    public var incidentTitleLabel: String { "Rubrik" }
    public var incidentMessageLabel: String { "Att säga till medborgarna" }
    public var incidentFormHint: String { "Tab byter fält · Enter startar · Esc avbryter" }
    public func confirmEnd(title: String) -> String { "Avsluta driftstörningen \"\(title)\"? j = ja, annan tangent = nej" }
    public func incidentStarted(_ incident: Incident) -> String { "Driftstörningen \"\(incident.title)\" visas nu på alla diskar." }
    public func incidentEnded(_ incident: Incident) -> String { "Driftstörningen \"\(incident.title)\" är avslutad." }
    public func stale(_ reason: String) -> String { "Visar senast lästa siffror: \(reason)" }
    public func hint(_ action: DashboardAction) -> String {
        switch action {
        case .help: "Hjälp"
        case .startIncident: "Ny störning"
        case .endIncident: "Avsluta störning"
        case .refresh: "Läs om"
        case .quit: "Avsluta"
        }
    }
    public var helpTitle: String { "Tavlan" }
    public var helpLines: [String] {
        [
            "Siffrorna uppdateras inom en sekund när en disk, en import eller växeln ändrar något.",
            "Servicenivå: andel besvarade inom målet; den som lägger på före målet räknas inte.",
            "✓ når målet · ! i riskzonen (mindre än 5 enheter över, eller någon väntar längre än målet) · ✗ under målet.",
            "Svarstid: snittväntan för besvarade. Avhopp: avbrutna av alla erbjudna.",
            "Staplarna: varje timme har två, den vanliga för idag och en svag till höger för samma veckodag i snitt.",
            "I startar en driftstörning (rubrik och budskap) som alla diskar visar; E avslutar den.",
        ]
    }
    public var helpClose: String { "Valfri tangent stänger hjälpen." }
    public var helpScrollAndClose: String { "↑↓ PgUp PgDn bläddrar · annan tangent stänger hjälpen." }
    public var incidentsHeading: String { "Pågående driftstörningar:" }
    public func incidentsNotShown(_ count: Int) -> String {
        "\(count) \(count == 1 ? "driftstörning" : "driftstörningar") till – F1 visar alla"
    }
    public func tooSmall(need: Size, have: Size) -> String {
        "Fönstret är \(have.width)×\(have.height); tavlan behöver minst \(need.width)×\(need.height)."
    }
    public var needsTerminal: String { "Tavlan behöver en terminal (kör den i ett terminalfönster eller över SSH med TTY)." }
    // Written in ASCII on purpose: it is only ever shown on a terminal that cannot show more.
    public var notUTF8: String { "Terminalen saknar UTF-8: svenska tecken visas utan prickar och ringar. Starta om med LC_ALL=C.UTF-8 (eller sv_SE.UTF-8)." }
}

/// English.
public struct EnglishDashboardStrings: DashboardStrings {
    public init() {}
    public var core: any StringTable { EnglishStrings() }
    public var queue: any QueueStrings { EnglishQueueStrings() }
    public func title(site: String) -> String { "\(site) · right now" }
    public var channelColumns: [String] { ["Channel", "Waiting", "Longest", "Service level", "Target", "ASA", "Abandoned", "FCR", "Contacts"] }
    public var channelColumnsShort: [String] { ["Channel", "Waiting", "Longest", "SL", "Target", "ASA", "Aband.", "FCR", "Contacts"] }
    public func hourlyTitle(weeks: Int) -> String { "Contacts per hour · today against the same weekday (mean of \(weeks) weeks)" }
    public var today: String { "today" }
    public var weekdayAverage: String { "mean" }
    public func evenness(channel: String, met: Int, of: Int, worstHour: Int?, worst: String) -> String {
        "\(channel): \(met) of \(of) hours on target" + (worstHour.map { String(format: " · worst %02d–%02d", $0, $0 + 1) + " (\(worst))" } ?? "")
    }
    public var staffTitle: String { "Staff" }
    public var noStaff: String { "Nobody logged in." }
    public var overdueTitle: String { "Overdue hand-overs" }
    public var noOverdue: String { "No overdue hand-overs." }
    public func incidentBanner(title: String, message: String, contacts: Int) -> String {
        "INCIDENT: \(title) · \(contacts) \(contacts == 1 ? "contact" : "contacts") today · \(message)"
    }
    public var incidentTitleLabel: String { "Title" }
    public var incidentMessageLabel: String { "What to tell citizens" }
    public var incidentFormHint: String { "Tab switches field · Enter starts · Esc cancels" }
    public func confirmEnd(title: String) -> String { "End the incident \"\(title)\"? y = yes, any other key = no" }
    public func incidentStarted(_ incident: Incident) -> String { "The incident \"\(incident.title)\" now shows on every desk." }
    public func incidentEnded(_ incident: Incident) -> String { "The incident \"\(incident.title)\" has ended." }
    public func stale(_ reason: String) -> String { "Showing the last figures read: \(reason)" }
    public func hint(_ action: DashboardAction) -> String {
        switch action {
        case .help: "Help"
        case .startIncident: "New incident"
        case .endIncident: "End incident"
        case .refresh: "Reload"
        case .quit: "Quit"
        }
    }
    public var helpTitle: String { "The wallboard" }
    public var helpLines: [String] {
        [
            "Figures update within a second when a desk, an import or the telephony feed changes anything.",
            "Service level: share answered within the target; callers hanging up before it are left out.",
            "✓ on target · ! at risk (less than 5 points above, or someone waiting past the target) · ✗ missed.",
            "ASA: mean wait of answered calls. Abandoned: abandoned of all offered.",
            "Bars: each hour has two, the plain one for today and a dim one to its right for the same weekday on average.",
            "I starts an incident (title and message) that every desk shows; E ends it.",
        ]
    }
    public var helpClose: String { "Any key closes this help." }
    public var helpScrollAndClose: String { "↑↓ PgUp PgDn scroll · any other key closes the help." }
    public var incidentsHeading: String { "Incidents in progress:" }
    public func incidentsNotShown(_ count: Int) -> String {
        "\(count) more \(count == 1 ? "incident" : "incidents") – F1 shows all"
    }
    public func tooSmall(need: Size, have: Size) -> String {
        "The window is \(have.width)×\(have.height); the wallboard needs at least \(need.width)×\(need.height)."
    }
    public var needsTerminal: String { "The wallboard needs a terminal (run it in a terminal window or over SSH with a TTY)." }
    // Written in ASCII on purpose: it is only ever shown on a terminal that cannot show more.
    public var notUTF8: String { "The terminal is not UTF-8: Swedish letters show without their dots and rings. Restart with LC_ALL=C.UTF-8 (or sv_SE.UTF-8)." }
}

public func dashboardStrings(for language: Language) -> any DashboardStrings {
    switch language {
    case .swedish: SwedishDashboardStrings()
    case .english: EnglishDashboardStrings()
    }
}
