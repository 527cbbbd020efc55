import Foundation
import ServicecenterCore

extension DeskModel {
    /// Takes up the guide's session as the store kept it: the station last chosen, and a draft
    /// left behind by an earlier desk, offered again before anything else.
    mutating func resume(station: Station?, draft: ContactForm?) {
        self.station = station
        // A draft may carry one put aside earlier: the open one is offered, the other waits.
        laterDrafts = draft?.setAside ?? []
        if let draft {
            var open = draft
            open.setAside = nil
            overlay = .draftOffer(DraftOffer(draft: open))
        } else if station == nil {
            overlay = .station(StationPicker(selection: 0))
        } else {
            overlay = nil
        }
    }
}
