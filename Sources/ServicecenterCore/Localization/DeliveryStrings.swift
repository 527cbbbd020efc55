import Foundation

/// What delivery says: the e-mail to a sector's mailbox, the outbox list, why a try failed and
/// the dashboard's line about failing deliveries (what `handovers deliver` did is the command
/// line's own sentence, in `CommandStrings`).
public protocol DeliveryStrings: Sendable {
    var language: Language { get }
    /// The subject: the reference, what it is about and the due date.
    func subject(_ event: HandoverEvent, id: Int64, category: String, due: LocalDay) -> String
    /// The first line of the body.
    func heading(_ event: HandoverEvent, site: String) -> String
    var referenceLabel: String { get }
    var sectorLabel: String { get }
    var categoryLabel: String { get }
    var channelLabel: String { get }
    var dueLabel: String { get }
    var reasonLabel: String { get }
    var matterLabel: String { get }
    var noMatter: String { get }
    var reachLabel: String { get }
    var phoneLabel: String { get }
    var emailLabel: String { get }
    var preferredTimeLabel: String { get }
    var noCallback: String { get }
    var forwardedByLabel: String { get }
    /// The label of a reopened hand-over's own line: when it was reopened and by whom.
    var reopenedLabel: String { get }
    /// An event's time and who recorded it: "2026-11-26 05:55 av Maria (maria)".
    func eventAt(_ time: String, by person: String) -> String
    var noteLabel: String { get }
    /// The day in words, e.g. "onsdag 8 april 2026".
    func day(_ day: LocalDay) -> String
    /// How the sector records what it did, with the reference.
    func footer(id: Int64) -> String

    /// The outbox table's header.
    var outboxColumns: [String] { get }
    var outboxEmpty: String { get }
    func state(_ state: DeliveryState) -> String
    /// The outbox's state for a row another process is sending now.
    var beingSent: String { get }
    /// The outbox's reason for a row another process holds until `until` (local time).
    func heldElsewhere(until: String) -> String
    /// The outbox's reason for a row whose process ended at `until` without recording an outcome.
    func holdLapsed(until: String) -> String
    /// The dashboard's line while deliveries fail.
    func failingDeliveries(_ count: Int) -> String
    /// The same without the command's hint, for a panel too narrow for the whole line.
    func failingDeliveriesShort(_ count: Int) -> String

    /// Why a try failed, as stored in the outbox.
    func commandMissing(_ path: String) -> String
    func commandExited(status: Int32, output: String) -> String
    func commandKilled(signal: Int32) -> String
    func commandTimedOut(seconds: Int) -> String
    func commandNotStarted(_ reason: String) -> String
    /// Why a row was not tried: its hand-over event is gone from the store.
    func eventMissing(id: Int64) -> String
}

public func deliveryStrings(for language: Language) -> any DeliveryStrings {
    language == .swedish ? SwedishDeliveryStrings() : EnglishDeliveryStrings()
}

/// Svenska.
public struct SwedishDeliveryStrings: DeliveryStrings {
    public init() {}
    public var language: Language { .swedish }
    public func subject(_ event: HandoverEvent, id: Int64, category: String, due: LocalDay) -> String {
        (event == .reopened ? "Återöppnat ärende \(id)" : "Ärende \(id)") + " · \(category) · kontakta senast \(due)"
    }
    public func heading(_ event: HandoverEvent, site: String) -> String {
        event == .reopened
            ? "Ett ärende från \(site) har öppnats igen och ligger åter hos er."
            : "Ett nytt ärende från \(site). Kontakta medborgaren senast dagen nedan."
    }
    public var referenceLabel: String { "Ärende" }
    public var sectorLabel: String { "Förvaltning" }
    public var categoryLabel: String { "Ärendetyp" }
    public var channelLabel: String { "Kanal" }
    public var dueLabel: String { "Kontakta senast" }
    public var reasonLabel: String { "Orsak" }
    public var matterLabel: String { "Ärendebeskrivning" }
    public var noMatter: String { "(ingen beskrivning sparad)" }
    public var reachLabel: String { "Så når ni medborgaren" }
    public var phoneLabel: String { "Telefon" }
    public var emailLabel: String { "E-post" }
    public var preferredTimeLabel: String { "Helst" }
    public var noCallback: String { "(inga kontaktuppgifter lämnade)" }
    public var forwardedByLabel: String { "Överlämnat av" }
    public var reopenedLabel: String { "Återöppnat" }
    public func eventAt(_ time: String, by person: String) -> String { "\(time) av \(person)" }
    public var noteLabel: String { "Anteckning" }
    public func day(_ day: LocalDay) -> String {
        DayInWords.text(day, in: .swedish)
    }
    public func footer(id: Int64) -> String {
        "Svara inte på detta brev. Kvittera i Servicecenter: servicecenter handovers ack \(id); när ni kontaktat medborgaren: handovers callback \(id); när ärendet är klart: handovers close \(id)."
    }
    public var outboxColumns: [String] { ["Händelse", "Ärende", "Slag", "Förvaltning", "Brevlåda", "Läge", "Försök", "Nästa försök", "Senaste fel"] }
    public var outboxEmpty: String { "Inga brev väntar: alla ärenden som ska mejlas till förvaltningarna är skickade." }
    public func state(_ state: DeliveryState) -> String {
        switch state {
        case .pending: "väntar"
        case .sent: "skickat"
        case .failed: "misslyckat"
        }
    }
    public var beingSent: String { "skickas" }
    public func heldElsewhere(until: String) -> String {
        "skickas just nu av en annan process; blir den inte klar försöks det igen efter \(until)"
    }
    public func holdLapsed(until: String) -> String {
        "en annan process började skicka men avslutades utan besked (höll det till \(until)); försöks igen vid nästa körning"
    }
    public func failingDeliveries(_ count: Int) -> String {
        // Short: it shares the overdue panel; the count comes first so a narrow screen keeps it.
        "\(count) \(count == 1 ? "ärende" : "ärenden") kunde inte mejlas · handovers outbox"
    }
    public func failingDeliveriesShort(_ count: Int) -> String {
        "\(count) \(count == 1 ? "ärende" : "ärenden") kunde inte mejlas"
    }
    public func commandMissing(_ path: String) -> String { "e-postkommandot \(path) finns inte eller går inte att köra; rätta [delivery] mail_command" }
    public func commandExited(status: Int32, output: String) -> String {
        "e-postkommandot avslutades med \(status)" + (output.isEmpty ? "" : ": \(output)")
    }
    public func commandKilled(signal: Int32) -> String { "e-postkommandot avbröts av signal \(signal)" }
    public func commandTimedOut(seconds: Int) -> String { "e-postkommandot svarade inte inom \(seconds) s och stoppades ([delivery] timeout_seconds)" }
    public func commandNotStarted(_ reason: String) -> String { "e-postkommandot kunde inte startas: \(reason)" }
    public func eventMissing(id: Int64) -> String { "överlämningshändelse \(id) finns inte" }
}

/// English.
public struct EnglishDeliveryStrings: DeliveryStrings {
    public init() {}
    public var language: Language { .english }
    public func subject(_ event: HandoverEvent, id: Int64, category: String, due: LocalDay) -> String {
        (event == .reopened ? "Reopened hand-over \(id)" : "Hand-over \(id)") + " · \(category) · contact by \(due)"
    }
    public func heading(_ event: HandoverEvent, site: String) -> String {
        event == .reopened
            ? "A hand-over from \(site) has been reopened and is yours again."
            : "A new hand-over from \(site). Contact the citizen by the day below."
    }
    public var referenceLabel: String { "Hand-over" }
    public var sectorLabel: String { "Sector" }
    public var categoryLabel: String { "Category" }
    public var channelLabel: String { "Channel" }
    public var dueLabel: String { "Contact by" }
    public var reasonLabel: String { "Reason" }
    public var matterLabel: String { "Matter" }
    public var noMatter: String { "(no description saved)" }
    public var reachLabel: String { "How to reach the citizen" }
    public var phoneLabel: String { "Phone" }
    public var emailLabel: String { "E-mail" }
    public var preferredTimeLabel: String { "Preferably" }
    public var noCallback: String { "(no contact details given)" }
    public var forwardedByLabel: String { "Forwarded by" }
    public var reopenedLabel: String { "Reopened" }
    public func eventAt(_ time: String, by person: String) -> String { "\(time) by \(person)" }
    public var noteLabel: String { "Note" }
    public func day(_ day: LocalDay) -> String {
        DayInWords.text(day, in: .english)
    }
    public func footer(id: Int64) -> String {
        "Do not reply to this message. Acknowledge in Servicecenter: servicecenter handovers ack \(id); once the citizen is contacted: handovers callback \(id); when done: handovers close \(id)."
    }
    public var outboxColumns: [String] { ["Event", "Hand-over", "Kind", "Sector", "Mailbox", "State", "Tries", "Next try", "Last error"] }
    public var outboxEmpty: String { "Nothing waiting: every hand-over to be e-mailed to a sector has been sent." }
    public func state(_ state: DeliveryState) -> String { state.rawValue }
    public var beingSent: String { "sending" }
    public func heldElsewhere(until: String) -> String {
        "being sent by another process now; tried again after \(until) if it does not finish"
    }
    public func holdLapsed(until: String) -> String {
        "another process started sending it and ended without an outcome (held it until \(until)); tried again on the next run"
    }
    public func failingDeliveries(_ count: Int) -> String {
        "\(count) \(count == 1 ? "hand-over" : "hand-overs") not e-mailed · handovers outbox"
    }
    public func failingDeliveriesShort(_ count: Int) -> String {
        "\(count) \(count == 1 ? "hand-over" : "hand-overs") not e-mailed"
    }
    public func commandMissing(_ path: String) -> String { "the mail command \(path) does not exist or cannot be run; correct [delivery] mail_command" }
    public func commandExited(status: Int32, output: String) -> String {
        "the mail command exited with \(status)" + (output.isEmpty ? "" : ": \(output)")
    }
    public func commandKilled(signal: Int32) -> String { "the mail command was ended by signal \(signal)" }
    public func commandTimedOut(seconds: Int) -> String { "the mail command did not finish within \(seconds) s and was stopped ([delivery] timeout_seconds)" }
    public func commandNotStarted(_ reason: String) -> String { "the mail command could not be started: \(reason)" }
    public func eventMissing(id: Int64) -> String { "hand-over event \(id) not found" }
}
