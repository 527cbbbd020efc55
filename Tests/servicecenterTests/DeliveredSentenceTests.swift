import Foundation
import ServicecenterCore
import Testing
@testable import servicecenter

/// A desk claimed a delivery and was killed (kill -9) before recording the outcome, and
/// `handovers deliver` printed "Skickade 0, misslyckades 0." with no word of the held row.
/// The store's `DeliveryHeldElsewhereTests` prove the round returns this report; the sentence
/// `handovers deliver` makes of it is the command line's and is held here (moved with it; issue 19).
@Suite("handovers deliver: a row held by another process is said, with until when")
struct DeliveredSentenceTests {
    @Test("Sent 2 and 1 held elsewhere, in Swedish and English")
    func heldElsewhere() {
        let until = "2026-11-23 10:05"
        let report = DeliveryReport(sent: 2, heldElsewhere: 1, heldUntil: Date(timeIntervalSince1970: 0))
        let swedish = SwedishCommandStrings().delivered(report, stillFailing: 0, heldUntil: until)
        #expect(swedish == "Skickade 2, misslyckades 0, 1 skickas av en annan process (försöks igen efter \(until) om den inte blir klar).")
        let english = EnglishCommandStrings().delivered(report, stillFailing: 0, heldUntil: until)
        #expect(english == "Sent 2, failed 0, 1 being sent by another process (tried again after \(until) if it does not finish).")
    }
}
