import Foundation
import ServicecenterCore

extension DeskModel {
    /// A read or write of the guide's session (the day's list, the station, the status) that
    /// the store refused: said in its own words. Nothing typed is at stake, so the form stays
    /// as it is and the desk goes on.
    mutating func receiveSessionFailure(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .recentFailed(let error):
            notice = Notice(kind: .warning, text: text.session.recentNotLoaded(text.core.storeError(error)))
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
