import Foundation
import ServicecenterCore
import TerminalUI

/// Everything that can happen to the desk: a key, time passing, and what the store answered.
public enum DeskMessage: Sendable {
    case key(Key)
    /// Ctrl-C arrived as a signal (SIGINT) rather than a key: handled as the key would be.
    case interrupted
    case tick(Date)
    case resized(Size)
    /// The store kept the contact: its id and what the intake masked; `contact` as it was stored.
    case saved(SavedContact, contact: Contact)
    case saveFailed(StoreError)
    case draftFailed(StoreError)
    case recentLoaded([Contact])
    case handoversLoaded([Handover])
    case handoverChanged(Handover)
    case handoverRefused(HandoverChangeError)
    case repeatCandidatesLoaded([Contact])
    /// The answer to a hand-over id typed when linking a repeat contact.
    case handoverLookedUp(id: Int64, Handover?)
    /// The answer to a contact id typed when linking a repeat contact.
    case contactLookedUp(id: Int64, Contact?)
    /// The guide's contacts today could not be read.
    case recentFailed(StoreError)
    /// The station chosen could not be kept for the next start.
    case stationFailed(StoreError)
    /// The guide's status could not be written to the supervisor's list.
    case statusFailed(StoreError)
    /// A read for the hand-over list or the repeat picker failed.
    case lookupFailed(StoreError)
    /// What another process may have changed: the station's queue and the incidents in progress.
    case liveLoaded(waiting: Int?, incidents: [Incident])
    /// The ticket called for this desk, or nil when nobody waited.
    case ticketCalled(QueueCall?)
    /// A no-show or transfer was recorded; the text says which.
    case ticketChanged(String)
    case queueRefused(QueueError)
    case waitingTicketsLoaded([QueueCall])
    /// The hand-over the store made for a contact just saved (nil: none found), for its sentence.
    case handoverMade(contactID: Int64, Handover?)
    /// A hand-over's history, for the list's detail rows (closing note, call-back).
    case handoverHistoryLoaded(id: Int64, [HandoverHistoryEntry])
    /// The store could not count a knowledge search that matched nothing.
    case unmatchedSearchNotCounted(StoreError)
}

/// What the desk asks the effect runner to do; results come back as messages.
public enum DeskEffect: Equatable, Sendable {
    case saveDraft(ContactForm)
    case deleteDraft
    case saveContact(Contact)
    case updateContact(Contact)
    case rememberStation(Station)
    case loadRecent
    case loadHandovers(HandoverBoard.Query)
    case recordCallback(handoverID: Int64)
    /// The guide's contacts within the repeat window before now.
    case loadRepeatCandidates
    case lookUpHandover(Int64)
    /// Read one contact by id (any guide's: the store links a repeat to any earlier contact).
    case lookUpContact(Int64)
    /// Re-read the station's queue length and the incidents in progress.
    case loadLive
    case callNextTicket(Channel)
    case loadWaitingTickets(Channel)
    /// Call this waiting ticket, out of order.
    case callTicket(String)
    case markNoShow(ticket: String)
    /// Read the hand-over made for this contact just saved: its id and due date are read aloud.
    case loadHandoverMade(contactID: Int64)
    /// Read one hand-over's history, for the list's selected row.
    case loadHandoverHistory(Int64)
    case transferTicket(ticket: String, to: Channel)
    case quit
    /// Count a knowledge search the guide left without any article matching (its words, as typed).
    case recordUnmatchedSearch(String)
}
