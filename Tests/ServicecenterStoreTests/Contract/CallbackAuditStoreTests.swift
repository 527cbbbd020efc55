import Foundation
import ServicecenterCore
import Testing

/// The audit log is never purged, so it must never hold a call-back number or address: a
/// correction is recorded by field name only, the matter by its length.
@Suite("Store: call-back details in the audit log")
struct CallbackAuditStoreTests {
    let now = Timestamp.parse("2026-11-23T10:05:00+01:00")!

    @Test("A corrected number, address and time are logged as changed, by name; the matter by length; neither value appears", arguments: Backends.all)
    func correctedByName(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        var forwarded = contact("2026-11-23T10:00:00+01:00", resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))
        forwarded.matter = "Kärlet ej tömt"
        forwarded.callback = Callback(phone: "070-174 06 77", email: "ett@example.com", preferredTime: "förmiddag")
        forwarded.id = try store.save(forwarded, now: now).id
        forwarded.matter = "Kärlet ej tömt på tre veckor"
        forwarded.callback = Callback(phone: "070-174 06 78", email: "tva@example.com", preferredTime: "eftermiddag")
        try store.update(forwarded, by: "anna", now: now)
        let details = try #require(try store.auditLog().last?.details)
        #expect(details == "matter length 14 → 28; callback_phone changed; callback_email changed; callback_time changed", "\(details)")
        for value in ["174 06 7", "example.com", "förmiddag", "eftermiddag", "Kärlet"] { #expect(!details.contains(value)) }

        // An edit that leaves them alone says nothing about them.
        forwarded.note = "ny anteckning"
        try store.update(forwarded, by: "anna", now: now)
        #expect(try store.auditLog().last?.details == "note length 0 → 13")
    }

    @Test("ContactChanges, 500 random pairs of call-back details: a changed field is named, never its value")
    func describeProperty() {
        var random = SeededGenerator(seed: 1_800)
        func maybe(_ text: String) -> String? { Double.random(in: 0..<1, using: &random) < 0.3 ? nil : text }
        var named = 0
        for index in 0..<500 {
            let base = contact(resolution: .forwarded(to: "teknik", reason: .needsCaseOfficer))
            var old = base, new = base
            old.callback = Callback(phone: maybe("070-174 06 \(10 + index % 90)"), email: maybe("a\(index)@example.com"), preferredTime: maybe("tid\(index)"))
            new.callback = Callback(phone: maybe("070-174 07 \(10 + index % 90)"), email: maybe("b\(index)@example.com"), preferredTime: maybe("tid\(index)"))
            let text = ContactChanges.describe(from: old, to: new)
            for value in [old.callback?.phone, old.callback?.email, new.callback?.phone, new.callback?.email].compactMap({ $0 }) {
                #expect(!text.contains(value), "\(text)")
            }
            #expect(text.contains("callback_phone changed") == (old.callback?.phone != new.callback?.phone))
            #expect(text.contains("callback_email changed") == (old.callback?.email != new.callback?.email))
            if text.contains("changed") { named += 1 }
        }
        #expect(named > 400)
    }
}
