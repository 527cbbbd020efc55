import Foundation
import ServicecenterCore
import Testing

@Suite("Store: audit log and purge")
struct AuditAndPurgeStoreTests {
    @Test("An edit is logged with who did it and each changed field, the note by its length only", arguments: Backends.all)
    func editLogged(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let id = try store.save(contact(note: "Ringde om kärl")).id
        var edited = contact(resolution: .forwarded(to: "teknik", reason: .couldNotAnswer), note: "Ringde om kärl, vill ha besök")
        edited.id = id
        edited.category = "bygglov"
        try store.update(edited, by: "anna", now: Timestamp.parse("2026-11-23T10:00:00+01:00")!)
        let log = try store.auditLog()
        #expect(log.count == 1)
        let entry = try #require(log.first)
        #expect(entry.actor == "anna" && entry.action == .contactEdited && entry.contactID == id)
        #expect(entry.details == """
            category avfall → bygglov; resolution resolved → forwarded; forward_reason – → could_not_answer; \
            forward_to – → teknik; note length 14 → 29
            """)
        #expect(!entry.details.contains("kärl"))
    }

    @Test("Incidents started and ended are logged, by the length of their texts", arguments: Backends.all)
    func incidentsLogged(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let incident = try store.startIncident(title: "Vattenläcka", message: "Koka vattnet", by: "maria")
        _ = try store.endIncident(incident.id, by: "maria")
        try store.recordAudit(.refused, by: "anna", details: "purge: needs admin, has guide")
        #expect(try store.auditLog().map(\.action) == [.incidentStarted, .incidentEnded, .refused])
        // The title is free text; the log, which is never purged, keeps its length only.
        #expect(try store.auditLog().map(\.details) == [
            "incident \(incident.id): title length 11, message length 12", "incident \(incident.id)", "purge: needs admin, has guide",
        ])
    }

    @Test("Purge clears old free text only, keeps every figure, logs the counts, and finds nothing the second time", arguments: Backends.all)
    func purge(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let old = try store.save(contact("2025-01-10T10:00:00+01:00", note: "gammal anteckning")).id
        _ = try store.save(contact("2025-01-10T11:00:00+01:00", resolution: .referred(to: Referral(destination: "annan", text: "Hyresnämnden")))).id
        _ = try store.save(contact("2025-01-10T12:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))).id
        let handover = try #require(try store.handovers().first)
        _ = try store.record(.acknowledged, on: handover.id, by: "erik", note: "ringer medborgaren", now: Timestamp.parse("2025-01-11T09:00:00+01:00")!)
        let recent = try store.save(contact("2026-11-20T10:00:00+01:00", note: "ny anteckning")).id
        try store.saveDraft(of: "johan", payload: "{}", now: Timestamp.parse("2025-02-01T10:00:00+01:00")!)
        try store.saveDraft(of: "anna", payload: "{}", now: Timestamp.parse("2026-11-23T10:00:00+01:00")!)
        let day = LocalDay("2025-01-10")!
        let figuresBefore = try store.contacts(from: day, through: day).map { var c = $0; c.note = nil; return c }

        let cutoff = LocalDay("2025-11-23")!
        let dry = try store.purgeFreeText(before: cutoff, dryRun: true, by: "admin")
        #expect(dry == PurgeOutcome(before: cutoff, notes: 1, referrals: 1, handoverNotes: 1, drafts: 1))
        #expect(try store.auditLog().isEmpty)
        #expect(try store.contacts(from: day, through: day).first?.note == "gammal anteckning")

        let done = try store.purgeFreeText(before: cutoff, dryRun: false, by: "admin")
        #expect(done == dry)
        let after = try store.contacts(from: day, through: day)
        #expect(after.first { $0.id == old }?.note == nil)
        // The "annan" text is personal data and goes; where to (the destination id) is a figure and stays.
        #expect(after.contains { $0.resolution == .referred(to: Referral(destination: "annan")) })
        #expect(after.map { var c = $0; if case .referred = c.resolution { c.resolution = .referred(to: Referral(destination: "annan", text: "Hyresnämnden")) }; return c } == figuresBefore)
        #expect(try store.contacts(from: LocalDay("2026-11-20")!, through: LocalDay("2026-11-20")!).first { $0.id == recent }?.note == "ny anteckning")
        let history = try store.history(of: handover.id)
        #expect(history.count == 2 && history.allSatisfy { $0.note == nil })
        #expect(try store.draft(of: "johan") == nil)
        #expect(try store.draft(of: "anna") == "{}")
        #expect(try store.auditLog().map(\.details) == ["before 2025-11-23: notes 1, referrals 1, hand-over notes 1, drafts 1, subjects 0, gap texts 0, call-backs 0, matters 0"])

        #expect(try store.purgeFreeText(before: cutoff, dryRun: false, by: "admin").total == 0)
    }

}
