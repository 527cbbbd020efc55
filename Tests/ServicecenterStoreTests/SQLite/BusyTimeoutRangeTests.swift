import Foundation
import Testing
import TestSupport
@testable import ServicecenterCore
@testable import ServicecenterStore

/// The busy timeout stays in `SQLiteStore.busyTimeoutRange` whoever sets it: a value near Int.max
/// trapped in the opening lock's deadline (SIGILL) and in the busy handler's product.
@Suite("Busy timeout range")
struct BusyTimeoutRangeTests {
    @Test("A store given Int.max, Int.min or -1 opens, clamped to the range, and saves")
    func storeClamps() throws {
        let stockholm = TimeZone(identifier: "Europe/Stockholm")!
        for (given, kept) in [(Int.max, 600_000), (2_147_483_648, 600_000), (Int.min, 0), (-1, 0), (1_234, 1_234)] {
            let store = try SQLiteStore(path: temporaryDatabase(), zone: stockholm, busyTimeoutMilliseconds: given)
            #expect(store.busyTimeoutMilliseconds == kept, "\(given)")
            #expect(try store.realContactCount() == 0)
        }
    }

    @Test("The busy handler and the opening lock take Int.max without overflowing")
    func partsClamp() throws {
        let handler = SQLiteStore.evenBusyHandler(timeoutMilliseconds: Int.max)
        #expect(handler(0))
        #expect(!SQLiteStore.evenBusyHandler(timeoutMilliseconds: Int.min)(0))
        let folder = TemporaryFolders.make("sc-lock")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = try #require(OpeningLock(folder: folder.path))
        #expect(lock.lock(exclusive: true, timeoutMilliseconds: Int.max))
        lock.unlock()
    }

    @Test("The environment's value: digits within 0–600000, the default when unset or empty, else refused")
    func setting() throws {
        #expect(try BusyTimeoutSetting.milliseconds(nil).get() == SQLiteStore.defaultBusyTimeoutMilliseconds)
        #expect(try BusyTimeoutSetting.milliseconds("").get() == SQLiteStore.defaultBusyTimeoutMilliseconds)
        #expect(try BusyTimeoutSetting.milliseconds("0").get() == 0)
        #expect(try BusyTimeoutSetting.milliseconds("600000").get() == 600_000)
        for bad in ["600001", "2147483648", "99999999999999999999", "inf", "-1", "abc", "1e3", "+5", " 5", "5 ", "٥"] {
            #expect(BusyTimeoutSetting.milliseconds(bad) == .failure(.init(value: bad, range: 0...600_000)), "\(bad)")
        }
    }
}
