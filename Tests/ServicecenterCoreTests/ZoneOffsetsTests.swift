import Foundation
import Testing
@testable import ServicecenterCore

@Suite("Time zone offsets from a table of transitions")
struct ZoneOffsetsTests {
    /// Every quarter hour of the years given, compared with what Foundation says.
    func mismatches(_ identifier: String, years: ClosedRange<Int>) -> [String] {
        let zone = TimeZone(identifier: identifier)!
        let table = ZoneOffsets(zone)
        var wrong: [String] = []
        let first = Int(LocalDay(year: years.lowerBound, month: 1, day: 1).start(in: TimeZone(identifier: "UTC")!).timeIntervalSince1970)
        let last = Int(LocalDay(year: years.upperBound + 1, month: 1, day: 1).start(in: TimeZone(identifier: "UTC")!).timeIntervalSince1970)
        for seconds in stride(from: first, to: last, by: 900) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let expected = zone.secondsFromGMT(for: date)
            if table.offset(at: seconds, date: date) != expected, wrong.count < 5 {
                wrong.append("\(identifier) \(Timestamp.utcText(date)): \(table.offset(at: seconds, date: date)) ≠ \(expected)")
            }
        }
        return wrong
    }

    @Test("Stockholm's summer time, 2020–2031, agrees with Foundation every quarter hour")
    func stockholm() {
        #expect(mismatches("Europe/Stockholm", years: 2020...2031) == [])
    }

    @Test("Zones whose standard offset moved, or with no summer time, agree too", arguments: ["Europe/Moscow", "UTC", "Asia/Tokyo", "America/Sao_Paulo"])
    func others(identifier: String) {
        #expect(mismatches(identifier, years: 2009...2020) == [])
    }

    @Test("The seconds either side of a change take the offset that holds then")
    func atTheChange() {
        let zone = TimeZone(identifier: "Europe/Stockholm")!
        let change = Timestamp.parse("2026-03-29T01:00:00Z")! // 02:00 CET becomes 03:00 CEST
        let table = ZoneOffsets(zone)
        let seconds = Int(change.timeIntervalSince1970)
        #expect(table.offset(at: seconds - 1, date: change.addingTimeInterval(-1)) == 3600)
        #expect(table.offset(at: seconds, date: change) == 7200)
        #expect(localHour(of: change.addingTimeInterval(-1), in: zone) == 1) // 01:59:59 CET
        #expect(localHour(of: change, in: zone) == 3) // 03:00:00 CEST: the hour 02 never happens
    }

    @Test("Outside the table (before 1970, after 2099) the zone itself is asked")
    func outside() {
        let zone = TimeZone(identifier: "Europe/Stockholm")!
        let table = ZoneOffsets(zone)
        for text in ["1969-07-20T20:17:00Z", "2150-07-01T12:00:00Z", "2150-01-01T12:00:00Z"] {
            let date = Timestamp.parse(text)!
            #expect(table.offset(at: Int(date.timeIntervalSince1970.rounded(.down)), date: date) == zone.secondsFromGMT(for: date))
        }
    }
}
