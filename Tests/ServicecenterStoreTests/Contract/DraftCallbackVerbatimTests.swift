import Foundation
import ServicecenterCore
import Testing

/// The desk's draft keeps a hand-over's call-back number and address as typed: they are the
/// data the hand-over keeps (never masked there), and masked in the draft a crash would lose
/// them. Every other text in the same draft is still masked.
@Suite("Store: a draft keeps the call-back details")
struct DraftCallbackVerbatimTests {
    let now = Timestamp.parse("2026-11-23T10:00:00+01:00")!

    @Test("Verbatim keys are kept as typed; the note, the matter and a set-aside draft's note beside them are masked", arguments: Backends.all)
    func verbatim(backend: Backend) throws {
        let store = try backend.makeDatabase().open(planner: HandoverStoreTests.planner)
        let payload = #"{"note":"ring 070-123 45 67","matter":"pnr 811218-9876 undrar","callbackPhone":"070-123 45 67","#
            + #""callbackEmail":"asa@example.se","setAside":[{"note":"asa@example.se","callbackPhone":"+46 19 21 10 00"}]}"#
        try store.saveDraft(of: "anna", payload: payload, freeText: ["note", "matter"], verbatim: ["callbackPhone", "callbackEmail"], now: now)
        let kept = try #require(try store.draft(of: "anna"))
        #expect(kept.contains(#""callbackPhone":"070-123 45 67""#))
        #expect(kept.contains(#""callbackEmail":"asa@example.se""#))
        #expect(kept.contains(#""callbackPhone":"+46 19 21 10 00""#))
        #expect(!kept.contains("ring 070-123 45 67"), "the note's number is masked: \(kept)")
        #expect(!kept.contains("9876"), "the personnummer in the matter is masked: \(kept)")
        #expect(!kept.contains(#""note":"asa@example.se""#), "the set-aside draft's note is masked: \(kept)")
        // Without verbatim keys (as before), the same draft loses the number: what the option is for.
        try store.saveDraft(of: "erik", payload: payload, now: now)
        #expect(try store.draft(of: "erik")?.contains(#""callbackPhone":"070-123 45 67""#) == false)
    }
}
