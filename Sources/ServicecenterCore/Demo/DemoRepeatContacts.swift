import Foundation

extension DemoGenerator {
    /// Follow-ups to stored demo contacts: a few citizens come back about the same matter within
    /// two weeks, more often when the first contact was forwarded (chasing the hand-over) than
    /// when it was resolved (the answer did not hold). Each is a contact of its own, linked by
    /// `repeatOf`, with an external id derived from the first, so running the demo again adds none twice.
    public func repeatContacts(after earlier: [Contact], now: Date) -> [Contact] {
        var result: [Contact] = []
        for first in earlier {
            guard let id = first.id, let external = first.externalID, external.hasPrefix(Self.externalIDPrefix(seed: seed)),
                  first.repeatOf == nil
            else { continue }
            var random = SeededGenerator(seed: seed ^ UInt64(bitPattern: id) &* 0xD6E8_FEB8_6659_FD93)
            let chance: Double = switch first.resolution {
            case .resolved: 0.08
            case .forwarded: 0.12
            case .referred: 0.02
            }
            guard random.unit() < chance else { continue }
            // A day within two weeks, at a time the site is open: once an hour-and-days offset
            // from the first contact's end, which put repeats at 17–23 h (visits at 23:01).
            let firstDay = LocalDay(first.endedAt, in: configuration.timeZone)
            let day = firstDay.adding(days: 1 + Int(random.unit() * 10))
            let handling = 120 + random.unit() * 300
            guard let open = openInterval(on: day), open.end.timeIntervalSince(open.start) > handling else { continue }
            let startedAt = open.start.addingTimeInterval(
                (random.unit() * (open.end.timeIntervalSince(open.start) - handling)).rounded(.down))
            let endedAt = startedAt.addingTimeInterval(handling.rounded(.down))
            guard endedAt <= now else { continue }
            var again = first
            again.id = nil
            again.externalID = external + "-repeat"
            again.startedAt = startedAt
            again.endedAt = endedAt
            again.operatorUser = pickOperator(for: first.channel, using: &random)
            again.queueWaitSeconds = first.queueWaitSeconds.map { min($0, Int(startedAt.timeIntervalSince(open.start))) }
            // A chase is mostly answered from the hand-over's status; a failed answer often goes on.
            again.resolution = random.unit() < 0.7 ? .resolved : first.resolution
            again.note = nil
            again.repeatOf = id
            again.countsAsRepeat = false
            result.append(again)
        }
        return result
    }
}
