import Foundation
import Testing

/// Issue 17: `queue next --station "Disk 3"` took any text, so a typo ("Disk 9", "Dsik 2")
/// sent a visitor to a desk that does not exist. Stations are the hall's: "Disk 1" … "Disk N"
/// (`[site] visit_desks`) and "Teckenspråk", as the desk offers them.
@Suite("queue: only the hall's stations", .endsWhatItStarts)
struct StationValidationTests {
    @Test("An unknown station is refused with exit 64 and the list of known ones; nothing is called")
    func unknownStation() throws {
        let sandbox = try Sandbox()
        try sandbox.startSite()
        #expect(try sandbox.run("queue", "take").status == 0)
        for station in ["Disk 9", "Dsik 2", "Disk 0", "", "Kassan"] {
            let next = try sandbox.run("queue", "next", "--station", station)
            #expect(next.status == 64, "\(station): \(next.stdout) \(next.stderr)")
            #expect(next.stderr.contains("Disk 1, Disk 2, Disk 3, Disk 4, Teckenspråk"), "\(next.stderr)")
            let call = try sandbox.run("queue", "call", "B001", "--station", station)
            #expect(call.status == 64, "\(station): \(call.stderr)")
        }
        let english = try sandbox.run("queue", "next", "--station", "Desk 7", "--lang", "en")
        #expect(english.status == 64 && english.stderr.contains("no such station"), "\(english.stderr)")
        // Still waiting: the refusals called nobody.
        #expect(try sandbox.run("queue").stdout.contains("B001"))
        // Any spelling of a real station is that station, stored by its own name.
        let called = try sandbox.run("queue", "next", "--station", "besök  DISK 3")
        #expect(called.status == 0 && called.stdout.hasPrefix("B001 kallad till Disk 3"), "\(called.stdout) \(called.stderr)")
    }

    @Test("visit_desks in servicecenter.toml sets how many desks there are; 0 is a configuration problem")
    func configuredDesks() throws {
        var sandbox = try Sandbox()
        let config = try sandbox.copyConfiguration()
        let file = config.appendingPathComponent("servicecenter.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "visit_desks = 4", with: "visit_desks = 6").write(to: file, atomically: true, encoding: .utf8)
        try sandbox.startSite()
        #expect(try sandbox.run("queue", "take").status == 0)
        #expect(try sandbox.run("queue", "next", "--station", "Disk 6").stdout.hasPrefix("B001 kallad till Disk 6"))
        try text.replacingOccurrences(of: "visit_desks = 4", with: "visit_desks = 0").write(to: file, atomically: true, encoding: .utf8)
        let check = try sandbox.run("config", "check")
        #expect(check.status == 78 && check.stdout.contains("site.visit_desks \"0\": ska vara mellan 1 och 99 besöksdiskar"), "\(check.stdout)")
    }
}
