import Foundation
import ServicecenterCore
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
}

/// What the desk asks the effect runner to do; results come back as messages.
public enum DeskEffect: Equatable, Sendable {
    case saveDraft(ContactForm)
    case deleteDraft
    case saveContact(Contact)
    case updateContact(Contact)
    case rememberStation(Station)
    case loadRecent
    case quit
}
