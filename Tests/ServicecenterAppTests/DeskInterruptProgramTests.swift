import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import TerminalUI

/// Ctrl-C reaches the desk as SIGINT (the terminal is in cbreak mode): the program loop hands
/// each one to the desk as a message, which asks first while a contact is open; the draft
/// survives either way.
@Suite("Desk: Ctrl-C as a signal, against a store")
struct DeskInterruptProgramTests {
    /// A desk whose backend types `keys`, with Ctrl-C (SIGINT) "arriving" after the keys
    /// listed in `interruptAfter` were read.
    func runner(store: any Store, keys: [Key], interruptAfter: [Int]) throws -> (Program<DeskScreen>, TestBackend) {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        backend.keys = keys
        let total = keys.count
        let program = ProgramFixtures.desk(
            store: store, backend: backend, signals: ProgramSignals(interrupts: { Int32(interruptAfter.filter { total - backend.keys.count >= $0 }.count) }),
            theme: .monochrome)
        return (program, backend)
    }

    @Test("One Ctrl-C with a contact open asks and the desk runs on; typing answers nothing; the next ends it with 130, the draft stored and the guide told")
    func twice() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let keys: [Key] = "sopor".map { .character($0) } + [.enter, .character("x")]
        let (runner, backend) = try runner(store: store, keys: keys, interruptAfter: [6, 7, 7])
        #expect(runner.run() == 128 + SIGINT)
        let draft = try #require(try store.draft(of: "anna").flatMap(ContactForm.decoded))
        #expect(draft.categoryID == "avfall")
        #expect(draft.note == "", "the key typed at the question only hinted: it went into no field behind it")
        #expect(try store.contactCount() == 0)
        #expect(runner.screen.exitNotice == "Disken avslutad. Utkastet från 09:41 (Avfall och sophämtning) är sparat och erbjuds när disken startar nästa gång.")
        #expect(backend.drawn != nil)
    }

    @Test("The first Ctrl-C shows the question on the screen")
    func questionShown() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let (runner, backend) = try runner(store: store, keys: "sop".map { .character($0) } + [.function(10)], interruptAfter: [3])
        // F10 after the question answers it: the desk quits with 0.
        #expect(runner.run() == 0)
        #expect(backend.drawn?.lines().contains { $0.contains("Kontakt öppen: F10 eller Ctrl-C igen") } == true)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.search == "sop")
    }

    @Test("With nothing open Ctrl-C ends the desk at once with 130 and nothing to say")
    func idle() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let (runner, _) = try runner(store: store, keys: [.down], interruptAfter: [1])
        #expect(runner.run() == 128 + SIGINT)
        #expect(runner.screen.exitNotice == nil)
        #expect(try store.draft(of: "anna") == nil)
    }
}
