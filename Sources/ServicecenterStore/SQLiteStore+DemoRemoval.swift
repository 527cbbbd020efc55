import Foundation
import GRDB
import ServicecenterCore

/// What `demo --remove` took out.
extension SQLiteStore {
    /// Removes everything the demo made, in one transaction: its contacts (external id
    /// `demo-…`), their hand-overs with their history, and the queue events and calls of their
    /// calls (`demo-…-call`, `demo-…-abandoned`). Nothing else is touched: a real contact, a
    /// real hand-over or a real call stays, and the audit log keeps both the demo's run and this.
    ///
    /// Hand-over history is append-only by trigger, so that no one rewrites what a sector did.
    /// Demo history is not anyone's: the trigger is lifted for this one statement and put back,
    /// as it was, in the same transaction, so no other writer ever sees the table without it.
    public func removeDemo() throws(StoreError) -> DemoRemoval {
        try write { db in
            let mark = DemoGenerator.externalIDMark
            let isDemo = "substr(external_id, 1, \(mark.count)) = '\(mark)'"
            let demoContacts = "SELECT id FROM contact WHERE \(isDemo)"
            let demoHandovers = "SELECT id FROM handover WHERE contact_id IN (\(demoContacts))"
            // A real contact a guide linked to a demo one (a demo database used for practice)
            // keeps everything but the link, which would point at nothing.
            try db.execute(sql: "UPDATE contact SET repeat_of = NULL WHERE repeat_of IN (\(demoContacts)) AND NOT (\(isDemo))")
            let guardSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'handover_event_no_delete'")
            if guardSQL != nil { try db.execute(sql: "DROP TRIGGER handover_event_no_delete") }
            try db.execute(sql: "DELETE FROM handover_event WHERE handover_id IN (\(demoHandovers))")
            if let guardSQL { try db.execute(sql: guardSQL) }
            try db.execute(sql: "DELETE FROM handover WHERE contact_id IN (\(demoContacts))")
            let handovers = db.changesCount
            // The articles they opened point at them too.
            try db.execute(sql: "DELETE FROM contact_article WHERE contact_id IN (\(demoContacts))")
            // Repeats first: they point at the first contacts.
            try db.execute(sql: "DELETE FROM contact WHERE \(isDemo) AND repeat_of IS NOT NULL")
            var contacts = db.changesCount
            try db.execute(sql: "DELETE FROM contact WHERE \(isDemo)")
            contacts += db.changesCount
            let isDemoCall = "substr(call_id, 1, \(mark.count)) = '\(mark)'"
            try db.execute(sql: "DELETE FROM queue_event WHERE \(isDemoCall)")
            try db.execute(sql: "DELETE FROM queue_call WHERE \(isDemoCall)")
            let calls = db.changesCount
            return DemoRemoval(contacts: contacts, handovers: handovers, queueCalls: calls)
        }
    }
}
