import Foundation
import ServicecenterCore
import TerminalUI

/// The wallboard's words, one conformer per language.
public protocol DashboardStrings: Sendable {
    var core: any StringTable { get }
    var queue: any QueueStrings { get }
    func title(site: String) -> String
    /// Column heads of the channel table: channel, waiting, longest, service level, target,
    /// staffed/needed now, needed next interval, ASA, abandoned, FCR, contacts.
    var channelColumns: [String] { get }
    /// The same, shortened where a head is wider than its figures, for 80 columns.
    var channelColumnsShort: [String] { get }
    func hourlyTitle(weeks: Int) -> String
    var today: String { get }
    var weekdayAverage: String { get }
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
    /// Why the staff needed now is missing or uncertain, in words.
    func staffingProblem(_ problem: StaffingProblem) -> String
    /// The line under the channels naming each channel's staffing problem now.
    func staffingNotes(_ notes: [(channel: String, problem: String)]) -> String
    /// The word in front of every alert, so that it reads without colour.
    var alertWord: String { get }
    /// What an alert says, after its channel's name.
    /// `percent` and `wait` are the channel's target, formatted ("80 %", "1:00").
    func alert(_ kind: AlertCondition.Kind, percent: String, wait: String) -> String
    /// The last alert row when not all fit: how many more there are.
    /// The staff list's last row when not everyone fits: how many more there are.
    func staffNotShown(_ count: Int) -> String
    func alertsNotShown(_ count: Int) -> String
    /// The title of the service level per hour.
    var hoursTitle: String { get }
    /// The symbols of the hours explained: on target, at risk, missed, nothing measured.
    func hoursLegend(onTarget: String, atRisk: String, missed: String, noData: String) -> String
    /// The same in as few words as possible, for 80 columns.
    func hoursLegendShort(onTarget: String, atRisk: String, missed: String) -> String
    /// After a channel's hours when there is room: how many met the target, and the worst hour.
    func hoursSummary(met: Int, of: Int, worstHour: Int?, worst: String) -> String
    /// The same without the worst hour, for less room.
    func hoursSummaryShort(met: Int, of: Int) -> String
    /// The key hint that switches to the other page.
    func pageHint(to page: DashboardPage) -> String
    /// The per-guide page's title.
    var guidesTitle: String { get }
    /// Column heads of the per-guide page: guide, contacts, mean handling time, FCR, then the time
    /// in each working status (available, in contact, after contact, paused).
    var guideColumns: [String] { get }
    var guideColumnsShort: [String] { get }
    var noGuides: String { get }
}

/// Svenska.
public struct SwedishDashboardStrings: DashboardStrings {
    public init() {}
    public var core: any StringTable { SwedishStrings() }
    public var queue: any QueueStrings { SwedishQueueStrings() }
    public func title(site: String) -> String { "\(site) · läget just nu" }
    public var channelColumns: [String] { ["Kanal", "Väntar", "Längst", "Servicenivå", "Mål", "Bemannat/behov", "Nästa behov", "Svarstid", "Avhopp", "Lösningsgrad", "Kontakter"] }
    public var channelColumnsShort: [String] { ["Kanal", "Väntar", "Längst", "Servicenivå", "Mål", "Bem/beh", "Nästa", "Svarstid", "Avhopp", "Lösn.grad", "Kontakter"] }
    public func hourlyTitle(weeks: Int) -> String { "Kontakter per timme · idag mot samma veckodag (snitt \(weeks) veckor)" }
    public var today: String { "idag" }
    public var weekdayAverage: String { "snitt" }
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
        case .switchPage: "Per guide"
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
            "Bemannat/behov: guider på kanalen som är tillgängliga, i kontakt eller i efterarbete (inte paus eller utloggade) mot behovet i intervallet enligt bemanningsplanen; Nästa: behovet i nästa intervall; – utan plan.",
            "Servicenivå per timme: varje timme idag som ✓, !, ✗ eller · (inget att mäta), på samma sätt som tabellen.",
            "LARM: servicenivån i intervallet under målet, någon har väntat längre än målet, eller färre bemannade än behovet; med tiden larmet började. Det försvinner när villkoret upphör. Klockan ringer när ett larm börjar, om inte inställningarna [staffing] stänger av den.",
            "Tab visar sidan per guide (kontakter, handläggningstid, lösningsgrad och tid i varje status idag) och tillbaka; tavlan är bara för arbetsledare och admin.",
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
    public func staffingProblem(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "stängt"
        case .noHistory: "ingen historik att göra prognos av"
        case .thinHistory(let weeks): "prognosen vilar på bara \(weeks) \(weeks == 1 ? "vecka" : "veckor")"
        case .noTarget: "inget servicenivåmål i Config/"
        case .noHandlingTime: "ingen handläggningstid uppmätt"
        case .unreachableTarget: "målet går inte att nå med någon bemanning"
        }
    }
    public func staffingNotes(_ notes: [(channel: String, problem: String)]) -> String {
        "Behov nu: " + notes.map { "\($0.channel) – \($0.problem)" }.joined(separator: " · ")
    }
    public var alertWord: String { "LARM" }
    public func alert(_ kind: AlertCondition.Kind, percent: String, wait: String) -> String {
        switch kind {
        case .belowTarget: "intervallets servicenivå under målet (\(percent) inom \(wait))"
        case .waitedPastTarget: "någon har väntat längre än målet (\(wait))"
        case .understaffed: "färre bemannade än behovet"
        }
    }
    public func alertsNotShown(_ count: Int) -> String { "\(count) larm till" }
    public func staffNotShown(_ count: Int) -> String { "och \(count) till" }
    public var hoursTitle: String { "Servicenivå per timme idag" }
    public func hoursLegend(onTarget: String, atRisk: String, missed: String, noData: String) -> String {
        "\(onTarget) når målet · \(atRisk) i riskzonen (under 5 enheter över) · \(missed) under målet · \(noData) inget att mäta"
    }
    public func hoursLegendShort(onTarget: String, atRisk: String, missed: String) -> String {
        "\(onTarget) mål \(atRisk) risk (<5 över) \(missed) under"
    }
    public func hoursSummary(met: Int, of: Int, worstHour: Int?, worst: String) -> String {
        "\(met) av \(of) timmar når målet" + (worstHour.map { String(format: " · sämst %02d–%02d", $0, $0 + 1) + " (\(worst))" } ?? "")
    }
    public func hoursSummaryShort(met: Int, of: Int) -> String { "\(met) av \(of) når målet" }
    public func pageHint(to page: DashboardPage) -> String {
        switch page {
        case .board: "Tavlan"
        case .guides: "Per guide"
        }
    }
    public var guidesTitle: String { "Per guide idag · bara för arbetsledare och admin" }
    public var guideColumns: [String] { ["Guide", "Kontakter", "Handl.tid", "Lösningsgrad", "Tillgänglig", "I kontakt", "Efterarbete", "Paus"] }
    public var guideColumnsShort: [String] { ["Guide", "Kont.", "Handl.", "Lösn.", "Tillg.", "Kontakt", "Efterarb.", "Paus"] }
    public var noGuides: String { "Ingen guide har arbetat idag." }
}

/// English.
public struct EnglishDashboardStrings: DashboardStrings {
    public init() {}
    public var core: any StringTable { EnglishStrings() }
    public var queue: any QueueStrings { EnglishQueueStrings() }
    public func title(site: String) -> String { "\(site) · right now" }
    public var channelColumns: [String] { ["Channel", "Waiting", "Longest", "Service level", "Target", "Staffed/needed", "Next needed", "ASA", "Abandoned", "FCR", "Contacts"] }
    public var channelColumnsShort: [String] { ["Channel", "Waiting", "Longest", "SL", "Target", "On/need", "Next", "ASA", "Aband.", "FCR", "Contacts"] }
    public func hourlyTitle(weeks: Int) -> String { "Contacts per hour · today against the same weekday (mean of \(weeks) weeks)" }
    public var today: String { "today" }
    public var weekdayAverage: String { "mean" }
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
        case .switchPage: "Per guide"
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
            "Staffed/needed: guides on the channel who are available, in a contact or in after-contact work (not paused or logged out) against the staffing plan's need for the interval; Next: the need in the next interval; – without a plan.",
            "Service level per hour: each hour today as ✓, !, ✗ or · (nothing to measure), judged as in the table.",
            "ALERT: the interval's service level below target, someone waiting past the target, or fewer staffed than needed; with the time it began. It goes when its condition ends. The bell rings as an alert begins, unless the [staffing] settings turn it off.",
            "Tab shows the per-guide page (contacts, handling time, FCR and time in each status today) and back; the board is for supervisors and admins only.",
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
    public func staffingProblem(_ problem: StaffingProblem) -> String {
        switch problem {
        case .closed: "closed"
        case .noHistory: "no history to forecast from"
        case .thinHistory(let weeks): "forecast rests on only \(weeks) \(weeks == 1 ? "week" : "weeks")"
        case .noTarget: "no service-level target in Config/"
        case .noHandlingTime: "no handling time measured"
        case .unreachableTarget: "no number of staff reaches the target"
        }
    }
    public func staffingNotes(_ notes: [(channel: String, problem: String)]) -> String {
        "Needed now: " + notes.map { "\($0.channel) – \($0.problem)" }.joined(separator: " · ")
    }
    public var alertWord: String { "ALERT" }
    public func alert(_ kind: AlertCondition.Kind, percent: String, wait: String) -> String {
        switch kind {
        case .belowTarget: "the interval's service level is below target (\(percent) within \(wait))"
        case .waitedPastTarget: "someone has waited past the target (\(wait))"
        case .understaffed: "fewer staffed than needed"
        }
    }
    public func alertsNotShown(_ count: Int) -> String { "\(count) more \(count == 1 ? "alert" : "alerts")" }
    public func staffNotShown(_ count: Int) -> String { "and \(count) more" }
    public var hoursTitle: String { "Service level per hour today" }
    public func hoursLegend(onTarget: String, atRisk: String, missed: String, noData: String) -> String {
        "\(onTarget) on target · \(atRisk) at risk (less than 5 points above) · \(missed) missed · \(noData) nothing to measure"
    }
    public func hoursLegendShort(onTarget: String, atRisk: String, missed: String) -> String {
        "\(onTarget) on \(atRisk) risk (<5 above) \(missed) missed"
    }
    public func hoursSummary(met: Int, of: Int, worstHour: Int?, worst: String) -> String {
        "\(met) of \(of) hours on target" + (worstHour.map { String(format: " · worst %02d–%02d", $0, $0 + 1) + " (\(worst))" } ?? "")
    }
    public func hoursSummaryShort(met: Int, of: Int) -> String { "\(met) of \(of) on target" }
    public func pageHint(to page: DashboardPage) -> String {
        switch page {
        case .board: "Board"
        case .guides: "Per guide"
        }
    }
    public var guidesTitle: String { "Per guide today · for supervisors and admins only" }
    public var guideColumns: [String] { ["Guide", "Contacts", "Handling", "FCR", "Available", "In contact", "After contact", "Paused"] }
    public var guideColumnsShort: [String] { ["Guide", "Cont.", "Handl.", "FCR", "Avail.", "Contact", "After", "Paused"] }
    public var noGuides: String { "No guide has worked today." }
}

public func dashboardStrings(for language: Language) -> any DashboardStrings {
    switch language {
    case .swedish: SwedishDashboardStrings()
    case .english: EnglishDashboardStrings()
    }
}
