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
            let startedAt = first.endedAt.addingTimeInterval(3600 + random.unit() * 10 * 86_400)
            let endedAt = startedAt.addingTimeInterval(120 + random.unit() * 300)
            guard endedAt <= now, localHour(of: startedAt, in: configuration.timeZone) >= Self.openingHour,
                  configuration.workingDays.isWorkingDay(LocalDay(startedAt, in: configuration.timeZone))
            else { continue }
            var again = first
            again.id = nil
            again.externalID = external + "-repeat"
            again.startedAt = startedAt
            again.endedAt = endedAt
            again.operatorUser = pickOperator(for: first.channel, using: &random)
            again.queueWaitSeconds = first.queueWaitSeconds
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
