import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// After the save the call-back line is read back to the citizen: wrapped like the sentence,
/// never cut with ▼ (it cannot be scrolled there).
@Suite("Desk: the read-aloud call-back line wraps, whole")
struct DeskReadAloudCallbackWrapTests {
    @Test("At 70×18, 80×24 and 120×40 the call-back line with a long time is on screen whole, without ▼",
          arguments: [Size(width: 70, height: 18), Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func wrapsWhole(size: Size) throws {
        var model = DeskForwardingTests.atMatter(size: size)
        model.type("Bygglov för altan?")
        let contact = try #require(model.press(.function(9)).savedContact)
        model.update(.saved(id: 41, contact: contact))
        var made = DeskHandoverTests.handover(1015, due: "2026-11-25", sector: "stadsbyggnad")
        made.callback = Callback(phone: "019-21 10 00", email: "åsa.öberg@exempel.se", preferredTime: "eftermiddag efter 14, helst inte fredag")
        model.update(.handoverMade(contactID: 41, made))
        let line = model.text.forwarding.callbackLine(phone: "019-21 10 00", email: "åsa.öberg@exempel.se", time: "eftermiddag efter 14, helst inte fredag")
        let shown = DeskCallbackFieldsWholeTests.formText(model)
        let screen = model.view(theme: .monochrome).lines().joined(separator: "\n")
        #expect(shown.contains(line.filter { !$0.isWhitespace }), "\(size):\n\(screen)")
        #expect(!shown.contains("▼"), "\(size):\n\(screen)")
    }
}
