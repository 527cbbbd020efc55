import Foundation

/// The rules a contact passes before any backend stores it, decided once here so every backend
/// stores the same decisions: personal data masked (and what was), the local day and hour it is
/// filed under, the hand-over it makes, the words it counts as a gap in the catalogue, and the
/// rules a backend applies to rows only it can read (the repeat window, the answered call).
public struct Intake: Sendable {
    /// The site's time zone: a contact is filed under its local day and hour.
    public let zone: TimeZone
    public let masking: PersonalDataMasking
    /// Decides the hand-over a forwarded contact makes; without one, none is made.
    public let planner: HandoverPlanner?
    public let repeats: RepeatRule
    /// Decides which contacts show a gap in the catalogue; without one, none is counted.
    public let gaps: CatalogueGaps?

    public init(
        zone: TimeZone, masking: PersonalDataMasking = PersonalDataMasking(), planner: HandoverPlanner? = nil,
        repeatWindowDays: Int = Targets.defaultRepeatWindowDays, gaps: CatalogueGaps? = nil
    ) {
        self.zone = zone
        self.masking = masking
        self.planner = planner
        self.repeats = RepeatRule(windowDays: repeatWindowDays)
        self.gaps = gaps
    }

    /// The site's rules, from its configuration.
    public init(configuration: Configuration) {
        self.init(
            zone: configuration.timeZone, masking: configuration.privacy, planner: HandoverPlanner(configuration: configuration),
            repeatWindowDays: configuration.targets.repeatWindowDays, gaps: CatalogueGaps(configuration: configuration))
    }

    /// What to store for `contact` as submitted at `now`.
    public func facts(for contact: Contact, now: Date) -> ContactFacts {
        let (masked, fields) = mask(contact, now: now)
        return ContactFacts(
            contact: masked, masked: fields, day: LocalDay(masked.startedAt, in: zone), hour: localHour(of: masked.startedAt, in: zone),
            handover: planner?.plan(for: masked), gapWords: gaps?.gap(for: masked) ?? [], handoverDay: LocalDay(masked.endedAt, in: zone))
    }

    /// `text` with personal data masked, as of the local day of `now`: the guard for every
    /// other free text a backend stores (hand-over notes and names, incident texts, drafts,
    /// stations, services).
    public func masked(_ text: String, now: Date) -> String {
        masking.mask(text, today: LocalDay(now, in: zone)).text
    }

    /// A queue event with its call id and operator masked: a telephony platform may name a call
    /// by the caller's number. A call id numbered by the event's own day is kept as it is.
    public func masked(_ event: QueueEvent, now: Date) -> QueueEvent {
        var event = event
        event.callID = masking.maskIdentifier(event.callID, dated: LocalDay(event.at, in: zone), today: LocalDay(now, in: zone)).text
        event.operatorUser = event.operatorUser.map { masked($0, now: now) }
        return event
    }

    /// The contact with personal data masked in every text that was typed or imported rather
    /// than checked against the configuration (category, sector and guide are): the note, the
    /// subject, the matter, the preferred call-back time, the "annan" referral's text, the
    /// incident tag, the external id and the call id. The ids are masked the same way every
    /// time, so importing a file again still finds its contacts by id; an id numbered by the
    /// contact's own day is kept (`maskIdentifier`); two ids that differ only in a real
    /// personnummer's last four digits become one (README, "Data protection").
    func mask(_ contact: Contact, now: Date) -> (Contact, MaskedFields) {
        let today = LocalDay(now, in: zone)
        // The fields a person is told about (subject, note, matter, preferred time) …
        let (told, fields) = masking.masked(contact, today: today)
        var contact = told
        // … and the rest, masked as quietly: an "annan" referral's text, the incident tag, the ids.
        if case .referred(var to?) = contact.resolution {
            to.text = masking.mask(to.text, today: today)?.text
            contact.resolution = .referred(to: to)
        }
        contact.incident = masking.mask(contact.incident, today: today)?.text
        let day = LocalDay(contact.startedAt, in: zone)
        contact.externalID = contact.externalID.map { masking.maskIdentifier($0, dated: day, today: today).text }
        contact.callID = contact.callID.map { masking.maskIdentifier($0, dated: day, today: today).text }
        return (contact, fields)
    }
}
