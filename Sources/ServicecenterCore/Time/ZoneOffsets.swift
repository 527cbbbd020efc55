import Foundation
import Synchronization

/// A time zone's offsets from UTC as a table of transitions, so that finding the local day or
/// hour of an instant is a binary search instead of a call into ICU.
///
/// Foundation answers `secondsFromGMT(for:)` through ICU under a lock: about a microsecond a
/// call, and two threads building a year's statistics side by side queued on that lock for
/// over a million calls. The table covers 1970–2100; other instants ask the zone itself. A
/// class, so that handing the table out (once per local day or hour asked for) is one
/// reference count, not one per array.
final class ZoneOffsets: Sendable {
    let identifier: String
    /// The instants (seconds since 1970) at which the offset changes, ascending, and the offset
    /// from each one on; `offsets[0]` holds before the first.
    private let changes: [Int]
    private let offsets: [Int]
    private let zone: TimeZone

    /// 1970-01-01 up to 2100-01-01.
    static let coveredSeconds = 0..<4_102_444_800

    init(_ zone: TimeZone) {
        self.zone = zone
        identifier = zone.identifier
        var changes: [Int] = []
        var offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0))]
        var instant = Date(timeIntervalSince1970: 0)
        while let next = zone.nextDaylightSavingTimeTransition(after: instant), next.timeIntervalSince1970 < Double(Self.coveredSeconds.upperBound) {
            let offset = zone.secondsFromGMT(for: next)
            if offset != offsets.last {
                changes.append(Int(next.timeIntervalSince1970))
                offsets.append(offset)
            }
            instant = next
        }
        self.changes = changes
        self.offsets = offsets
    }

    /// The zone's offset from UTC, in seconds, at `seconds` since 1970.
    func offset(at seconds: Int, date: Date) -> Int {
        guard Self.coveredSeconds.contains(seconds) else { return zone.secondsFromGMT(for: date) }
        var low = 0, high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return offsets[low]
    }

    /// The table for `zone`, made once per process. Nearly every call names the site's zone,
    /// whose table is read without a lock; any other zone's goes through a locked dictionary.
    static func of(_ zone: TimeZone) -> ZoneOffsets {
        if let first = first.load(), first.identifier == zone.identifier { return first }
        let offsets = others.withLock { tables in
            if let known = tables[zone.identifier] { return known }
            let made = ZoneOffsets(zone)
            tables[zone.identifier] = made
            return made
        }
        _ = first.storeIfNil(offsets)
        return offsets
    }

    private static let first = AtomicLazyReference<ZoneOffsets>()
    private static let others = Mutex<[String: ZoneOffsets]>([:])
}
