import Foundation
import Testing
@testable import ServicecenterApp
import ServicecenterCore
import ServicecenterStore
import TerminalUI

@Suite("Desk: on the program loop, against a store")
struct DeskProgramTests {
    func program(store: ScriptedStore, keys: [Key] = [], size: Size = Size(width: 80, height: 24), stop: @escaping () -> Int32 = { 0 }) -> (Program<DeskScreen>, TestBackend) {
        let backend = TestBackend(size: size)
        backend.keys = keys
        return (ProgramFixtures.desk(store: store, backend: backend, signals: ProgramSignals(stop: stop)), backend)
    }

    /// A desk started on a store that kept the guide's station from the last shift.
    func startedAtPhone() throws -> (Program<DeskScreen>, TestBackend, ScriptedStore) {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let (program, backend) = program(store: store)
        program.start()
        return (program, backend, store)
    }

    @Test("Keys in, a contact stored, the draft gone, the screen showing it; F10 ends with 0")
    func fullFlow() throws {
        let store = try ScriptedStore()
        let keys: [Key] = [.character("1")] + "sopor".map { .character($0) } + [.enter, .enter, .function(10)]
        let (program, backend) = program(store: store, keys: keys)
        #expect(program.run() == 0)
        let stored = try store.contacts(of: "anna", on: LocalDay(DeskFixtures.now, in: DeskFixtures.zone))
        #expect(stored.map(\.category) == ["avfall"])
        #expect(try store.draft(of: "anna") == nil)
        #expect(try store.station(of: "anna") == "phone")
        #expect(backend.drawn?.lines().contains { $0.contains("Kontakt 1 sparad.") } == true)
    }

    @Test("A locked database: the save fails, the form and the draft stay, the guide is told")
    func lockedSave() throws {
        let (program, backend, store) = try startedAtPhone()
        program.type("bygglov")
        program.press(.enter)
        store.fail(.save, with: store.locked)
        program.press(.enter)
        store.recover(.save)
        program.draw()
        #expect(program.model.form?.categoryID == "bygglov")
        #expect(backend.drawn?.lines().contains { $0.contains("Sparades inte – formuläret finns kvar.") } == true)
        #expect(try store.contactCount() == 0)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.categoryID == "bygglov")
        // The lock is gone: Enter again saves it.
        program.press(.enter)
        #expect(try store.contactCount() == 1)
    }

    @Test("A stop signal ends the loop with 128 + the signal, leaving the draft for next time")
    func stopSignal() throws {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        var calls = 0
        let (program, _) = program(store: store, keys: "förs".map { .character($0) }, stop: {
            calls += 1
            return calls > 5 ? SIGTERM : 0
        })
        #expect(program.run() == 128 + SIGTERM)
        #expect(try store.draft(of: "anna").flatMap(ContactForm.decoded)?.search == "förs")
        // The next start offers it.
        let (next, _) = self.program(store: store)
        next.start()
        #expect(next.model.focus == .resumeOffer)
    }

    @Test("A save is one write of the contact and no re-read of the day's list; the list shows it as stored, masked")
    func saveWritesOnceAndReadsNothing() throws {
        let (program, _, store) = try startedAtPhone()
        program.type("sop")
        program.press(.enter, .function(6))
        program.type("Ringer för 811218-9876 om kärlbyte")
        store.resetCounts()
        program.press(.function(9))
        #expect(store.count(.save) == 1)
        #expect(store.count(.update) == 0)
        #expect(store.count(.saveDraft) == 0, "the save clears the draft in its own transaction")
        #expect(store.count(.contactsOfGuide) == 0, "no re-read of up to 500 contacts over the one just inserted")
        #expect(program.model.recent.first?.note == "Ringer för 811218-**** om kärlbyte")
        #expect(program.model.recent.first?.id == 1)
        // Another process writes: the list is read again (a contact logged elsewhere shows).
        let other = try SQLiteStore(path: store.path, zone: DeskFixtures.zone)
        var logged = DeskFixtures.contact(id: 0, minutesAgo: 1)
        logged.id = nil
        _ = try other.save(logged)
        store.resetCounts()
        program.pollStore()
        #expect(store.count(.contactsOfGuide) == 1)
        #expect(program.model.recent.count == 2)
    }
}

/// An idle desk must not cost CPU: it draws on keys, on changes elsewhere and when the minute
/// on its clock turns; every second only while a contact's talk time runs.
@Suite("Desk: redraws")
struct DeskRedrawTests {
    func run(keys: [Key]) throws -> (Program<DeskScreen>, TestBackend) {
        let store = try ScriptedStore()
        try store.setStation(of: "anna", to: "phone")
        let clock = SimulatedClock(from: DeskFixtures.now, for: 120.5)
        let backend = clock.backend(size: Size(width: 100, height: 30))
        backend.keys = keys
        let program = ProgramFixtures.desk(store: store, backend: backend, clock: { clock.now }, signals: ProgramSignals(stop: { clock.stopWhenDone }))
        #expect(program.run() == 128 + SIGTERM)
        return (program, backend)
    }

    @Test("No contact open: one draw per minute, and the clock still turns")
    func idleDesk() throws {
        let (_, backend) = try run(keys: [])
        #expect(backend.drawCount == 3, "the first picture, then 09:42 and 09:43")
        #expect(backend.drawn?.lines().first?.contains("09:43") == true)
    }

    @Test("A contact open: its talk time counts on screen every second")
    func openContact() throws {
        let (program, backend) = try run(keys: [.function(2)])
        #expect(program.model.form != nil)
        #expect(backend.drawCount >= 120)
        #expect(backend.drawn?.lines().contains { $0.contains("2:00") } == true, "two minutes of talk time")
    }
}
