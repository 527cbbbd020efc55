import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Issue 18's fix round: at the outcome step a number typed (a phone number the citizen reads
/// out) is never dropped. Digits other than 1 2 3, and any sign, start the note with a hint;
/// the outcome, reason and sector stay as they were.
@Suite("Desk: a digit string typed at the outcome step is never dropped")
struct DeskTypedDigitsPropertyTests {
    /// The outcome steps a guide types at: a plain one, and a forwarded one with its matter typed.
    static func outcomes() -> [(String, DeskModel)] {
        var plain = DeskFixtures.model()
        plain.type("sopor")
        plain.press(.enter)
        var forwarded = DeskForwardingTests.atMatter()
        forwarded.type("Fråga om altan")
        forwarded.press(.escape)
        return [("outcome", plain), ("outcome (forwarded, matter typed)", forwarded)]
    }

    @Test("2,000 random number-like strings per outcome step (first key not 1 2 3): all of it lands in the note, the record unchanged")
    func neverDropped() {
        var random = SystemRandomNumberGenerator()
        var checked = 0
        for (name, start) in Self.outcomes() {
            #expect(start.focus == .outcome, "\(name)")
            for _ in 0..<2_000 {
                let first = "0456789+(-./#".randomElement(using: &random)!
                let rest = (0..<Int.random(in: 0...20, using: &random)).map { _ in "0123456789 -".randomElement(using: &random)! }
                let typed = String(first) + String(rest)
                var model = start
                model.type(typed)
                #expect(model.form?.note == typed, "\(name): \(typed) → \(model.form?.note ?? "nil")")
                #expect(model.form?.resolution == start.form?.resolution && model.form?.reason == start.form?.reason
                        && model.form?.forwardTo == start.form?.forwardTo, "\(name): \(typed)")
                checked += 1
            }
        }
        #expect(checked == 4_000)
    }

    @Test("The tester's keys: forward, a matter, Esc, then 070-999 88 77: the number is in the note, and the hint says why")
    func testersNumber() {
        var model = DeskForwardingTests.atMatter()
        model.type("Fråga om altan")
        model.press(.escape)
        model.type("070-999 88 77")
        #expect(model.form?.note == "070-999 88 77")
        #expect(model.form?.resolution == .forwarded && model.form?.reason == .needsCaseOfficer)
        #expect(model.focus == .note)
        #expect(model.notice?.text == SwedishDeskSafetyStrings().textNotCommand("0", keys: "1 2 3"))
    }
}
