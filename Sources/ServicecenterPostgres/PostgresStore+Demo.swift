import Foundation
import PostgresNIO
import ServicecenterCore

/// The demo's data, written as the real sources would write it, and taken out again whole.
extension PostgresStore {
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
        _ = try apply(generator.handoverProgress(for: open, now: now))
        return inserted
    }

    /// How many contacts the demo did not make (every demo contact's external id starts with
    /// `DemoGenerator.externalIDMark`): demo data belongs in an empty or demo-only database,
    /// never among real contacts, where it would be credited to real guides in the figures.
    public func realContactCount() throws(StoreError) -> Int {
        try read { db in
            let mark = DemoGenerator.externalIDMark
            return try db.value(
                "SELECT COUNT(*) FROM contact WHERE external_id IS NULL OR NOT starts_with(external_id, \(mark))", as: Int.self) ?? 0
        }
    }

    /// Removes everything the demo made, in one transaction: its contacts (external id
    /// `demo-…`), their hand-overs with their history, and the queue events and calls of their
    /// calls (`demo-…-call`, `demo-…-abandoned`). Nothing else is touched: a real contact, a
    /// real hand-over or a real call stays, and the audit log keeps both the demo's run and this.
    ///
    /// Hand-over history is append-only by trigger, so that no one rewrites what a sector did.
    /// Demo history is not anyone's: this transaction says it is the owner's maintenance
    /// (`SET LOCAL`, gone at its end), which the trigger lets through; the grants keep every
    /// other role from deleting history whatever it sets.
    public func removeDemo() throws(StoreError) -> DemoRemoval {
        try write { db in
            let mark = DemoGenerator.externalIDMark
            // A real contact a guide linked to a demo one (a demo database used for practice)
            // keeps everything but the link, which would point at nothing.
            try db.execute("""
                UPDATE contact SET repeat_of = NULL
                WHERE repeat_of IN (SELECT id FROM contact WHERE starts_with(external_id, \(mark)))
                  AND NOT COALESCE(starts_with(external_id, \(mark)), false)
                """)
            try db.execute("SET LOCAL servicecenter.maintenance = 'on'")
            try db.execute("""
                DELETE FROM handover_event WHERE handover_id IN (
                    SELECT h.id FROM handover h JOIN contact c ON c.id = h.contact_id WHERE starts_with(c.external_id, \(mark)))
                """)
            try db.execute("SET LOCAL servicecenter.maintenance = 'off'")
            let handovers = try db.execute("""
                DELETE FROM handover WHERE contact_id IN (SELECT id FROM contact WHERE starts_with(external_id, \(mark)))
                """)
            // The articles they opened point at them too.
            _ = try db.execute("""
                DELETE FROM contact_article WHERE contact_id IN (SELECT id FROM contact WHERE starts_with(external_id, \(mark)))
                """)
            // Repeats first: they point at the first contacts.
            var contacts = try db.execute("DELETE FROM contact WHERE starts_with(external_id, \(mark)) AND repeat_of IS NOT NULL")
            contacts += try db.execute("DELETE FROM contact WHERE starts_with(external_id, \(mark))")
            try db.execute("DELETE FROM queue_event WHERE starts_with(call_id, \(mark))")
            let calls = try db.execute("DELETE FROM queue_call WHERE starts_with(call_id, \(mark))")
            return DemoRemoval(contacts: contacts, handovers: handovers, queueCalls: calls)
        }
    }
}
