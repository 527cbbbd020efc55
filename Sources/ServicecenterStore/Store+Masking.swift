import Foundation
import ServicecenterCore

/// The last guard before free text reaches the file: every text a person or an outside system
/// could have typed into (notes, referrals, hand-over notes and names, incident texts, draft
/// fields, stations, services, call ids, external ids, audit details) goes through the same
/// `PersonalDataMasking`, whichever command or screen wrote it. Masking is deterministic and
/// masking masked text changes nothing, so an id masked on the way in is found again by the
/// same id masked the same way.
extension Store {
    /// `text` with personal data masked, as of the local day of `now`.
    func masked(_ text: String, now: Date) -> String {
        masking.mask(text, today: LocalDay(now, in: zone)).text
    }

    /// A queue event with its call id and operator masked: a telephony platform may name a call
    /// by the caller's number. A call id numbered by the event's own day is kept as it is.
    func masked(_ event: QueueEvent, now: Date) -> QueueEvent {
        var event = event
        event.callID = masking.maskIdentifier(event.callID, dated: LocalDay(event.at, in: zone), today: LocalDay(now, in: zone)).text
        event.operatorUser = event.operatorUser.map { masked($0, now: now) }
        return event
    }
}
