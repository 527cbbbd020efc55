import Testing
@testable import ServicecenterCore

/// The stations `queue next/call --station` accepts (issue 17: any text was taken).
@Suite("Hall stations")
struct HallStationsTests {
    @Test("Names and spellings: the desk's own names, any case and spacing; nothing past the last desk")
    func spellings() {
        let hall = HallStations(visitDesks: 4)
        #expect(hall.names == ["Disk 1", "Disk 2", "Disk 3", "Disk 4", "Teckenspråk"])
        for (typed, station) in [("Disk 2", "Disk 2"), ("disk 2", "Disk 2"), (" Besök disk 4 ", "Disk 4"), ("Visit desk 1", "Disk 1"),
                                 ("desk 3", "Disk 3"), ("TECKENSPRÅK", "Teckenspråk"), ("Sign language", "Teckenspråk")] {
            #expect(hall.station(named: typed) == station, "\(typed)")
        }
        for typed in ["Disk 5", "Disk 0", "Disk -1", "Disk", "Disk 2a", "Disk ２", "", "Kassan", "Besök", "Disk 1 2"] {
            #expect(hall.station(named: typed) == nil, "\(typed)")
        }
        #expect(HallStations(visitDesks: 9).station(named: "Disk 9") == "Disk 9")
    }
}
