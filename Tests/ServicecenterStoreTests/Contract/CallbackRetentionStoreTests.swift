import Foundation
import ServicecenterCore
import Testing

/// The end of a hand-over's personal data: `purge` erases the call-back details once the
/// hand-over has been closed `callback_days`, the matter with the notes, and leaves no byte
/// of either in the database or its side files.
@Suite("Store: call-back retention")
struct CallbackRetentionStoreTests {
    let today = LocalDay("2026-11-26")!
    var retention: CallbackRetention { CallbackRetention(callbackDays: 30, noteDays: 365) }

    func moment(_ text: String) -> Date { Timestamp.parse(text)! }

    /// A forwarded contact about refuse with a matter and call-back details whose number ends in `last`.
    func forwarded(_ start: String, last: Int) -> Contact {
        var contact = contact(start, resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))
        contact.matter = "Kärlet har inte tömts på tre veckor, ärende \(last)"
        contact.callback = Callback(phone: "070-174 06 \(last)", email: "medborgare\(last)@example.com", preferredTime: "förmiddag")
        return contact
    }

    /// The forms a number or address could sit in the files: as stored, its digits alone, and the address's local part.
    static func needles(last: Int) -> [String] { ["070-174 06 \(last)", "0701740\(last)", "174 06 \(last)", "medborgare\(last)@", "medborgare\(last)"] }

    func expectGone(last: Int, from database: any ContractDatabase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (file, bytes) in database.fileBytes() {
            for needle in Self.needles(last: last) {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(file) still holds \(needle)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("Closed 30 days: erased by purge, field by field, with the counts audited; closed 29 days, open or reopened: kept", arguments: Backends.all)
    func closedForCallbackDays(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        for (index, start) in ["2026-09-01T10:00:00+02:00", "2026-09-02T10:00:00+02:00", "2026-09-03T10:00:00+02:00", "2026-09-04T10:00:00+02:00"]
            .enumerated()
        {
            _ = try store.save(forwarded(start, last: 11 + index), now: moment(start)).id
        }
        let ids = try store.handovers(.init(includeClosed: true)).map(\.id).sorted()
        try #require(ids.count == 4)
        try store.record(.closed, on: ids[0], by: "anna", now: moment("2026-10-27T15:00:00+01:00")) // 30 days before today
        try store.record(.closed, on: ids[1], by: "anna", now: moment("2026-10-28T09:00:00+01:00")) // 29 days
        try store.record(.closed, on: ids[3], by: "anna", now: moment("2026-10-01T09:00:00+02:00"))
        try store.record(.reopened, on: ids[3], by: "anna", now: moment("2026-10-05T09:00:00+02:00"))
        let cutoffs = retention.cutoffs(today: today)

        let dry = try store.purgeFreeText(before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: true, by: "admin")
        #expect(dry.callbacks == 1 && dry.matters == 0)
        #expect(try store.handover(ids[0])?.callback?.phone == "070-174 06 11")

        let done = try store.purgeFreeText(before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: false, by: "admin")
        #expect(done == dry)
        let erased = try #require(try store.handover(ids[0]))
        #expect(erased.callback == nil || erased.callback?.isEmpty == true)
        // The case itself stays: its matter (until note_days), status and history.
        #expect(erased.matter == "Kärlet har inte tömts på tre veckor, ärende 11" && erased.status == .closed)
        for (index, id) in ids.enumerated().dropFirst() {
            #expect(try store.handover(id)?.callback?.phone == "070-174 06 \(11 + index)")
        }
        expectGone(last: 11, from: database)
        let audit = try #require(try store.auditLog().last)
        #expect(audit.action == .purge && audit.details.hasSuffix("call-backs 1, matters 0"), "\(audit.details)")
        #expect(!Self.needles(last: 11).contains { audit.details.contains($0) })

        #expect(try store.purgeFreeText(before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: false, by: "admin").total == 0)
        // A day later the one closed 29 days ago has had its 30 too.
        let tomorrow = retention.cutoffs(today: today.adding(days: 1))
        #expect(try store.purgeFreeText(before: tomorrow.madeBefore, callbacksClosedOnOrBefore: tomorrow.closedOnOrBefore, dryRun: false, by: "admin").callbacks == 1)
        expectGone(last: 12, from: database)
    }

    @Test("Past note_days, an open hand-over loses its call-back details and its matter; the counts the statistics read stay", arguments: Backends.all)
    func withTheNotes(backend: Backend) throws {
        let database = try backend.makeDatabase()
        let store = try database.open(planner: HandoverStoreTests.planner)
        _ = try store.save(forwarded("2025-10-01T10:00:00+02:00", last: 21), now: moment("2025-10-01T10:05:00+02:00")).id
        _ = try store.save(forwarded("2026-11-02T10:00:00+01:00", last: 22), now: moment("2026-11-02T10:05:00+01:00")).id
        let figuresBefore = try store.handoverFigures(from: LocalDay("2025-01-01")!, through: today, asOf: today)
        let cutoffs = retention.cutoffs(today: today)
        let outcome = try store.purgeFreeText(before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: false, by: "admin")
        #expect(outcome.callbacks == 1 && outcome.matters == 1)
        let handovers = try store.handovers(.init(includeClosed: true)).sorted { $0.id < $1.id }
        #expect(handovers.map(\.matter) == [nil, "Kärlet har inte tömts på tre veckor, ärende 22"])
        #expect(handovers.first?.callback == nil || handovers.first?.callback?.isEmpty == true)
        #expect(handovers.last?.callback?.email == "medborgare22@example.com")
        #expect(try store.handoverFigures(from: LocalDay("2025-01-01")!, through: today, asOf: today) == figuresBefore)
        expectGone(last: 21, from: database)
        for needle in ["Kärlet har inte tömts på tre veckor, ärende 21"] {
            #expect(database.fileBytes().allSatisfy { $0.1.range(of: Data(needle.utf8)) == nil }, "\(needle)")
        }
    }

    @Test("A desk draft untouched since before the call-back cutoff goes with the call-back details; a newer one stays", arguments: Backends.all)
    func drafts(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        // The desk keeps the call-back fields as typed in its draft (part of the form it restores).
        let payload = #"{"callbackEmail":"medborgare31@example.com","matter":"Kärl"}"#
        try store.saveDraft(of: "erik", payload: payload, now: moment("2026-10-26T16:00:00+01:00"))
        try store.saveDraft(of: "anna", payload: payload, now: moment("2026-10-27T09:00:00+01:00"))
        #expect(try store.draft(of: "erik") != nil)
        let cutoffs = retention.cutoffs(today: today)
        let outcome = try store.purgeFreeText(before: cutoffs.madeBefore, callbacksClosedOnOrBefore: cutoffs.closedOnOrBefore, dryRun: false, by: "admin")
        #expect(outcome.drafts == 1)
        #expect(try store.draft(of: "erik") == nil)
        #expect(try store.draft(of: "anna") != nil)
    }

}
