import Foundation
import ServicecenterCore
import ServicecenterStore
import TerminalUI

/// Everything that can happen to the desk: a key, time passing, and what the store answered.
public enum DeskMessage: Sendable {
    case key(Key)
    case tick(Date)
    case resized(Size)
    case saved(id: Int64, contact: Contact)
    case saveFailed(StoreError)
    case draftFailed(StoreError)
    case recentLoaded([Contact])
    case handoversLoaded([Handover])
    case handoverChanged(Handover)
    case handoverRefused(HandoverChangeError)
    case repeatCandidatesLoaded([Contact])
    /// The answer to a hand-over id typed when linking a repeat contact.
    case handoverLookedUp(id: Int64, Handover?)
    /// A read for the hand-over list or the repeat picker failed.
    case lookupFailed(StoreError)
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
    case quit
}
