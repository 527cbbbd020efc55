import Foundation
import ServicecenterCore
import Testing

/// Contacts are filed under the site's local day and hour, across the changes to and from
/// summer time, the same on every backend: a server in UTC (or anywhere) changes nothing.
@Suite("Store: local days and hours across summer time")
struct DaylightSavingStoreTests {
    @Test("The night summer time starts and the night it ends: each contact in its Stockholm hour", arguments: Backends.all)
    func aroundTheChanges(backend: Backend) throws {
        let store = try backend.makeDatabase().open()
        // 29 March 2026: 02:00 CET becomes 03:00 CEST. 25 October 2026: 03:00 CEST becomes 02:00 CET.
        let times = [
            "2026-03-29T00:30:00Z", // 01:30 CET
            "2026-03-29T01:30:00Z", // 03:30 CEST
            "2026-10-25T00:30:00Z", // 02:30 CEST, the first 02:30
            "2026-10-25T01:30:00Z", // 02:30 CET, the second
            "2026-10-24T22:30:00Z", // 00:30 CEST on the 25th
        ]
        for time in times { _ = try store.save(contact(time)) }
        let march = try store.liveDay(LocalDay("2026-03-29")!)
        #expect(march.contacts[.phone]?.byHour[1] == 1 && march.contacts[.phone]?.byHour[3] == 1)
        #expect(march.contacts[.phone]?.byHour[2] == 0)
        let october = try store.liveDay(LocalDay("2026-10-25")!)
        #expect(october.contacts[.phone]?.byHour[2] == 2 && october.contacts[.phone]?.byHour[0] == 1)
        #expect(try store.contacts(from: LocalDay("2026-10-25")!, through: LocalDay("2026-10-25")!).count == 3)
        #expect(try store.contacts(from: LocalDay("2026-10-24")!, through: LocalDay("2026-10-24")!).isEmpty)
        // The instants come back exactly, whatever the server's own time zone.
        let stored = try store.contacts(from: LocalDay("2026-03-29")!, through: LocalDay("2026-10-25")!).map(\.startedAt)
        #expect(Set(stored) == Set(times.map { Timestamp.parse($0)! }))
    }
}
