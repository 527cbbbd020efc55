import Foundation
import ServicecenterCore

/// The last guard before free text reaches the file: every text a person or an outside system
/// could have typed into (hand-over notes and names, incident texts, draft fields, stations,
/// services, call ids, audit details) goes through the intake's masking, whichever command or
/// screen wrote it. Contacts arrive masked already (`ContactFacts`).
extension SQLiteStore {
    /// `text` with personal data masked, as of the local day of `now`.
    func masked(_ text: String, now: Date) -> String {
        intake.masked(text, now: now)
    }

    /// A queue event with its call id and operator masked.
    func masked(_ event: QueueEvent, now: Date) -> QueueEvent {
        intake.masked(event, now: now)
    }
}
