import Foundation

extension DemoGenerator {
    /// What the telephony platform, the video relay, the mailbox and the ticket machine would
    /// have sent for the demo's contacts: each contact's call offered its wait before it started
    /// and answered when it started, plus the citizens who gave up, more of them when the wait
    /// was long. Ids derive from the contacts', so running the demo again adds nothing twice.
    public func queueEvents(for contacts: [Contact], now: Date) -> [QueueEvent] {
        var events: [QueueEvent] = []
        for contact in contacts {
            guard let callID = contact.callID, let wait = contact.queueWaitSeconds else { continue }
            let offeredAt = contact.startedAt.addingTimeInterval(-Double(wait))
            events.append(QueueEvent(at: offeredAt, channel: contact.channel, kind: .offered, callID: callID))
            events.append(QueueEvent(at: contact.startedAt, channel: contact.channel, kind: .answered, callID: callID,
                                     operatorUser: contact.operatorUser))
            // Visitors with a ticket rarely leave; callers do, the more the longer the queue.
            // Seeded by the start time: String.hashValue differs between runs.
            var random = SeededGenerator(seed: seed ^ UInt64(contact.startedAt.timeIntervalSince1970) &* 0x9E37_79B9_7F4A_7C15)
            let patience = Self.meanWait[contact.channel]! * (contact.channel == .visit ? 20 : 6)
            let chance = min(0.3, Double(wait) / patience) * (contact.channel == .digital ? 0.1 : 1)
            guard random.unit() < chance else { continue }
            let gaveUpAfter = max(5, (Double(wait) * (0.3 + random.unit())).rounded())
            // Before the answered call's start, so inside the hours that call lies in.
            let gaveUpAt = min(offeredAt.addingTimeInterval(gaveUpAfter), contact.startedAt)
            guard gaveUpAt <= now else { continue }
            let abandonedID = callID + "-abandoned"
            events.append(QueueEvent(at: offeredAt, channel: contact.channel, kind: .offered, callID: abandonedID))
            events.append(QueueEvent(at: gaveUpAt, channel: contact.channel, kind: .abandoned, callID: abandonedID))
        }
        return events
    }
}
