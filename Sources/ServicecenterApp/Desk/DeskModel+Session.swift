import Foundation
import ServicecenterCore

extension DeskModel {
    /// Takes up the guide's session as the store kept it: the station last chosen, and a draft
    /// left behind by an earlier desk, offered again before anything else.
    mutating func resume(station: Station?, draft: ContactForm?) {
        self.station = station
        if let station, let index = stations.firstIndex(of: station) { stationSelection = index }
        // A draft may carry one put aside earlier: the open one is offered, the other waits.
        offeredDraft = draft.map { var open = $0; open.setAside = nil; return open }
        laterDrafts = draft?.setAside ?? []
        focus = draft != nil ? .resumeOffer : (station == nil ? .station : .idle)
    }
}
