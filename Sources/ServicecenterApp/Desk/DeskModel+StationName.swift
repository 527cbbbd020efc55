import ServicecenterCore

extension DeskModel {
    /// The name a call is stored with: the hall's own name for a hall station ("Disk 2",
    /// "Teckenspråk", as `queue next --station` stores it), whatever language the desk speaks,
    /// so one desk is one station in the figures; the channel's name otherwise.
    func storedStationName(_ station: Station) -> String {
        let shown = text.station(station)
        return HallStations(visitDesks: configuration.site.visitDesks).station(named: shown) ?? shown
    }
}
