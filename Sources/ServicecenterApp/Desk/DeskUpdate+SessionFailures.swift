import Foundation
import ServicecenterCore

extension DeskModel {
    /// A read or write of the guide's session (the day's list, the station, the status) that
    /// the store refused: said in its own words. Nothing typed is at stake, so the form stays
    /// as it is and the desk goes on.
    mutating func receiveSessionFailure(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .recentFailed(let error):
            // A background read never hides an error the guide must see (a save that did not
            // go through): while the server is away the list is re-read and fails again and again.
            guard notice?.kind != .error else { return [] }
            let warning = Notice(kind: .warning, text: text.session.recentNotLoaded(text.core.storeError(error)))
            notice = warning
            readFailureNotice = warning
        case .stationFailed(let error):
            notice = Notice(kind: .warning, text: text.session.stationNotKept(text.core.storeError(error)))
        case .statusFailed(let error):
            // Written after what changed the status (a save, say): its words stay in front.
            let words = text.session.statusNotWritten(text.core.storeError(error))
            notice = Notice(kind: .warning, text: (notice?.text).map { $0 + " " + words } ?? words)
        default:
            break
        }
        return []
    }
}
