import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// A field at its limit says so at the key that is not taken, the matter and the note alike.
@Suite("Desk: a full field says so")
struct DeskFieldFullTests {
    @Test("The matter at 500 characters: the next character is refused with a notice naming the field and the limit")
    func matterFull() {
        var model = DeskForwardingTests.atMatter()
        let limit = HandoverEntry.matterLimit
        #expect(limit == 500)
        model.type(String(repeating: "a", count: limit))
        #expect(model.notice?.text != SwedishDeskSafetyStrings().fieldFull("Ärende", limit: limit), "not yet full")
        model.type("b")
        #expect(model.form?.matter?.count == limit)
        #expect(model.notice?.kind == .warning && model.notice?.text == SwedishDeskSafetyStrings().fieldFull("Ärende", limit: limit))
    }

    @Test("The note at its limit: the same notice, naming the note")
    func noteFull() {
        var model = DeskFixtures.model()
        model.type("sopor")
        model.press(.enter, .function(6))
        #expect(model.focus == .note)
        let limit = ContactValidator.noteLimit
        model.type(String(repeating: "a", count: limit))
        model.type("b")
        #expect(model.form?.note.count == limit)
        #expect(model.notice?.text == SwedishDeskSafetyStrings().fieldFull("Anteckning", limit: limit))
    }
}
