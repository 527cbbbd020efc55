import Foundation
import GRDB
import ServicecenterCore

/// The demo's data, written as the real sources would write it.
extension SQLiteStore {
    /// Adds the generator's contacts for `days`, the citizens who come back, the queue events
    /// the switchboard, mailbox and ticket machine would have sent, and the sectors' handling
    /// of the hand-overs; returns how many contacts were new (the same seed adds nothing twice).
    public func addDemo(_ generator: DemoGenerator, days: [LocalDay], perDay: Int, now: Date) throws(StoreError) -> Int {
        guard let first = days.first, let last = days.last else { return 0 }
        let contacts = generator.contacts(days: days, perDay: perDay, now: now)
        var inserted = try importContacts(contacts).inserted
        let stored = try self.contacts(from: first, through: last)
        inserted += try importContacts(generator.repeatContacts(after: stored, now: now)).inserted
        _ = try recordQueueEvents(generator.queueEvents(for: contacts, now: now))
        let open = try handovers(.init(status: .open, externalIDPrefix: DemoGenerator.externalIDPrefix(seed: generator.seed)))
        try apply(generator.handoverProgress(for: open, now: now))
        return inserted
    }

    /// How many contacts the demo did not make (every demo contact's external id starts with
    /// `DemoGenerator.externalIDMark`): demo data belongs in an empty or demo-only database,
    /// never among real contacts, where it would be credited to real guides in the figures.
    public func realContactCount() throws(StoreError) -> Int {
        try read { db in
            let mark = DemoGenerator.externalIDMark
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM contact WHERE external_id IS NULL OR substr(external_id, 1, ?) != ?",
                arguments: [mark.count, mark]) ?? 0
        }
    }
}
